//! Stack-frame positions as V8 reports them, from the positions Boa gives.
//!
//! Two differences matter for what a reader sees in an error report:
//! - A call site: Boa points at the `(` of the call, V8 at the callee's
//!   name (`f` in `f()`, `method` in `obj.method()`).
//! - A failed lookup of an undeclared name (`foo is not defined`): Boa
//!   has no position for it and reports the start of the function body,
//!   or a nearby instruction; V8 reports the name itself, or the start of
//!   the statement when the name is the first thing it evaluates
//!   (`return foo`, `x = foo`, `if (foo)`, `throw foo`, `new foo`). The
//!   name is declared nowhere the code can see, so the use next to Boa's
//!   position is the one that failed in every ordinary program.
//!
//! The source is read with a small tokenizer that skips comments, strings,
//! template text and regular expressions.

/// A token of the source: its kind and the char offset where it starts.
#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Word(String),
    /// Operators and punctuation, longest run of operator characters.
    Punct(String),
    /// String, template or regular-expression literal.
    Literal,
}

struct Token {
    kind: Kind,
    start: usize,
}

/// Where V8 would put a frame that Boa puts at `line`:`column` (1-based,
/// in characters). `undefined_name` is the name of a `ReferenceError`
/// thrown in this frame (the innermost one), if that is the error.
pub(crate) fn v8_position(source: &str, line: u32, column: u32, undefined_name: Option<&str>) -> Option<(u32, u32)> {
    let chars: Vec<char> = source.chars().collect();
    let at = offset_of(&chars, line, column)?;
    let tokens = tokenize(&chars);
    let found = match undefined_name {
        Some(name) => failed_lookup(&chars, &tokens, at, name),
        None => call_site(&tokens, at),
    };
    found.map(|offset| position_of(&chars, offset))
}

/// The callee's name when `at` is the `(` of a call.
fn call_site(tokens: &[Token], at: usize) -> Option<usize> {
    let i = tokens.iter().position(|t| t.start == at)?;
    if tokens[i].kind != Kind::Punct("(".into()) || i == 0 {
        return None;
    }
    match &tokens[i - 1].kind {
        Kind::Word(w) if !is_keyword(w) => Some(tokens[i - 1].start),
        _ => None,
    }
}

fn failed_lookup(chars: &[char], tokens: &[Token], at: usize, name: &str) -> Option<usize> {
    let uses: Vec<usize> = (0..tokens.len()).filter(|&i| is_variable_use(tokens, i, name)).collect();
    let line_start = chars[..at].iter().rposition(|&c| c == '\n').map_or(0, |p| p + 1);
    // The last use on Boa's line up to its position, else the first after
    // it, else the first in the file.
    let chosen = uses
        .iter()
        .rev()
        .find(|&&i| tokens[i].start >= line_start && tokens[i].start <= at)
        .or_else(|| uses.iter().find(|&&i| tokens[i].start >= at))
        .or_else(|| uses.first())?;
    Some(statement_start(tokens, *chosen).unwrap_or(tokens[*chosen].start))
}

fn is_variable_use(tokens: &[Token], i: usize, name: &str) -> bool {
    if tokens[i].kind != Kind::Word(name.into()) {
        return false;
    }
    let prev = i.checked_sub(1).map(|p| &tokens[p].kind);
    let next = tokens.get(i + 1).map(|t| &t.kind);
    let punct = |k: Option<&Kind>, s: &str| matches!(k, Some(Kind::Punct(p)) if p == s);
    let member = punct(prev, ".") || punct(prev, "?.");
    // `typeof name` is the one use of an undeclared name that does not throw.
    let typeof_ = matches!(prev, Some(Kind::Word(w)) if w == "typeof");
    let key = punct(next, ":") && (punct(prev, "{") || punct(prev, ","));
    !member && !key && !typeof_
}

/// When the name at token `i` is the first thing its statement evaluates,
/// the token V8 reports instead: the keyword of `return`, `throw`, `new`,
/// `if (`, `while (`, `switch (`, or the target of a plain assignment.
fn statement_start(tokens: &[Token], i: usize) -> Option<usize> {
    let kind = |j: usize| &tokens[j].kind;
    let prev = i.checked_sub(1)?;
    match kind(prev) {
        Kind::Word(w) if matches!(w.as_str(), "return" | "throw" | "new") => Some(tokens[prev].start),
        Kind::Punct(p) if p == "(" => match prev.checked_sub(1).map(kind) {
            Some(Kind::Word(w)) if matches!(w.as_str(), "if" | "while" | "switch") => Some(tokens[prev - 1].start),
            _ => None,
        },
        Kind::Punct(p) if p == "=" => {
            // `a = name` or `a.b.c = name`, at the start of a statement.
            let mut j = prev.checked_sub(1)?;
            loop {
                if !matches!(kind(j), Kind::Word(w) if !is_keyword(w)) {
                    return None;
                }
                match j.checked_sub(1).map(|k| (k, kind(k))) {
                    Some((k, Kind::Punct(p))) if p == "." => j = k.checked_sub(1)?,
                    Some((_, Kind::Punct(p))) if matches!(p.as_str(), ";" | "{" | "}") => return Some(tokens[j].start),
                    Some((_, Kind::Word(w))) if matches!(w.as_str(), "const" | "let" | "var") => return None,
                    Some(_) => return None,
                    None => return Some(tokens[j].start),
                }
            }
        }
        _ => None,
    }
}

fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "if" | "while"
            | "for"
            | "switch"
            | "return"
            | "throw"
            | "new"
            | "typeof"
            | "void"
            | "delete"
            | "in"
            | "of"
            | "instanceof"
            | "case"
            | "do"
            | "else"
            | "const"
            | "let"
            | "var"
            | "function"
            | "class"
            | "await"
            | "yield"
    )
}

fn tokenize(chars: &[char]) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let start = i;
        if c.is_whitespace() {
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                i += 1;
            }
            i += 2;
        } else if c == '\'' || c == '"' || c == '`' {
            i = skip_quoted(chars, i);
            tokens.push(Token { kind: Kind::Literal, start });
        } else if c == '/' && regex_allowed(tokens.last()) {
            i = skip_regex(chars, i);
            tokens.push(Token { kind: Kind::Literal, start });
        } else if is_ident_char(c) {
            while i < chars.len() && is_ident_char(chars[i]) {
                i += 1;
            }
            tokens.push(Token { kind: Kind::Word(chars[start..i].iter().collect()), start });
        } else if "=<>!+-*/%&|^~?:".contains(c) {
            while i < chars.len()
                && "=<>!+-*/%&|^~?:".contains(chars[i])
                && !(chars[i] == '/' && matches!(chars.get(i + 1), Some('/' | '*')))
            {
                i += 1;
            }
            // `?.` is one token, as in `a?.b`.
            if c == '?' && i == start + 1 && chars.get(i) == Some(&'.') {
                i += 1;
            }
            tokens.push(Token { kind: Kind::Punct(chars[start..i].iter().collect()), start });
        } else {
            i += 1;
            tokens.push(Token { kind: Kind::Punct(c.to_string()), start });
        }
    }
    tokens
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// After this token, `/` begins a regular expression rather than a division.
fn regex_allowed(prev: Option<&Token>) -> bool {
    match prev.map(|t| &t.kind) {
        None => true,
        Some(Kind::Word(w)) => is_keyword(w),
        Some(Kind::Literal) => false,
        Some(Kind::Punct(p)) => !matches!(p.as_str(), ")" | "]" | "}"),
    }
}

/// Index just past the string or template literal starting at `i`.
fn skip_quoted(chars: &[char], mut i: usize) -> usize {
    let quote = chars[i];
    i += 1;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 2,
            c if c == quote => return i + 1,
            '\n' if quote != '`' => return i,
            _ => i += 1,
        }
    }
    i
}

/// Index just past the regular expression literal starting at `i`.
fn skip_regex(chars: &[char], mut i: usize) -> usize {
    i += 1;
    let mut in_class = false;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 2,
            '[' => {
                in_class = true;
                i += 1;
            }
            ']' => {
                in_class = false;
                i += 1;
            }
            '/' if !in_class => {
                i += 1;
                while i < chars.len() && is_ident_char(chars[i]) {
                    i += 1;
                }
                return i;
            }
            '\n' => return i,
            _ => i += 1,
        }
    }
    i
}

fn offset_of(chars: &[char], line: u32, column: u32) -> Option<usize> {
    let mut current = 1;
    let mut i = 0;
    while current < line {
        i += chars[i..].iter().position(|&c| c == '\n')? + 1;
        current += 1;
    }
    Some((i + column.saturating_sub(1) as usize).min(chars.len()))
}

fn position_of(chars: &[char], offset: usize) -> (u32, u32) {
    let before = &chars[..offset];
    let line = before.iter().filter(|&&c| c == '\n').count() as u32 + 1;
    let line_start = before.iter().rposition(|&c| c == '\n').map_or(0, |p| p + 1);
    (line, (offset - line_start) as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::v8_position;

    fn lookup(src: &str, line: u32, col: u32, name: &str) -> Option<(u32, u32)> {
        v8_position(src, line, col, Some(name))
    }

    #[test]
    fn skips_comments_strings_members_and_keys() {
        let src = "// foo in a comment\nconst s = 'foo';\nconst t = `foo ${1}`;\nobj.foo;\n/* foo */ x = /foo/g;\no = { a: 1, foo: 2 };\nconsole.log(foo);\n";
        assert_eq!(lookup(src, 1, 1, "foo"), Some((7, 13)));
    }

    #[test]
    fn the_use_next_to_boas_position() {
        let src = "bar();\nfunction g() { bar(); }\nfunction h() { let x; x = 1 + bar.y; }\n";
        assert_eq!(lookup(src, 2, 14, "bar"), Some((2, 16)));
        assert_eq!(lookup(src, 1, 1, "bar"), Some((1, 1)));
        // Boa past the name, on its line.
        assert_eq!(lookup(src, 3, 34, "bar"), Some((3, 31)));
    }

    #[test]
    fn statement_start_where_v8_reports_it() {
        let src = "function a() { return app; }\nfunction b() { return 1 + app; }\nfunction c() { let x; x = app.y; }\nfunction d() { const a = app; }\nfunction e() { if (app) {} }\nfunction f() { new app(); }\nfunction g() { foo(app); }\nfunction h() { return typeof app === 'x' ? 1 : app; }\n";
        assert_eq!(lookup(src, 1, 14, "app"), Some((1, 16)));
        assert_eq!(lookup(src, 2, 14, "app"), Some((2, 27)));
        assert_eq!(lookup(src, 3, 14, "app"), Some((3, 23)));
        assert_eq!(lookup(src, 4, 14, "app"), Some((4, 26)));
        assert_eq!(lookup(src, 5, 14, "app"), Some((5, 16)));
        assert_eq!(lookup(src, 6, 14, "app"), Some((6, 16)));
        assert_eq!(lookup(src, 7, 14, "app"), Some((7, 20)));
        assert_eq!(lookup(src, 8, 14, "app"), Some((8, 48)));
    }

    #[test]
    fn call_sites_point_at_the_callee() {
        let src = "f();\nobj.method (1);\nnew F();\nx = 4 / (2);\n";
        assert_eq!(v8_position(src, 1, 2, None), Some((1, 1)));
        assert_eq!(v8_position(src, 2, 12, None), Some((2, 5)));
        assert_eq!(v8_position(src, 3, 1, None), None);
        assert_eq!(v8_position(src, 4, 9, None), None);
    }
}
