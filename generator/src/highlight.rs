//! Syntax highlighting with syntect, emitted as short CSS classes so light
//! and dark themes switch with CSS alone. Each token gets the category of
//! its innermost scope that has one ([`CATEGORIES`]): `k` keyword, `s`
//! string, `c` comment, `n` number/constant, `f` function, `t` type,
//! `g` tag, `a` attribute, `p` parameter, `i`/`d` inserted/deleted lines,
//! `h` heading, `e` invalid. Tokens without one are plain text, so pages
//! stay small (a fraction of syntect's one-span-per-scope output). The
//! syntax set (syntect's defaults plus bat's extras such as TypeScript and
//! TOML, via `two-face`) is loaded once per process, on first use.
//! `js` fences use its "JavaScript" grammar ([`JAVASCRIPT`]).
//!
//! Lines are memoised per thread: highlighting a line depends only on the
//! parser state before it and its text, so a line seen before in the same
//! state (`});`, blank lines, shared imports) reuses its HTML. The output
//! is byte-identical to highlighting from scratch (tested below). The
//! memo is bounded in bytes and switches itself off for a while when
//! fewer than a quarter of its lookups hit ([`LineMemo`]): on code whose
//! lines do not repeat it would only cost time and memory.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, Hasher};
use std::sync::OnceLock;
use syntect::parsing::{ParseState, Scope, ScopeStack, ScopeStackOp, SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

/// Scope prefix -> CSS class. Checked from the innermost scope outwards;
/// within one scope, the first matching prefix wins.
pub const CATEGORIES: &[(&str, &str)] = &[
    ("comment", "c"),
    ("constant.character.escape", "n"),
    ("string", "s"),
    ("constant", "n"),
    ("keyword", "k"),
    ("storage", "k"),
    ("entity.name.function", "f"),
    ("support.function", "f"),
    ("variable.function", "f"),
    ("entity.name.type", "t"),
    ("entity.name.class", "t"),
    ("entity.name.struct", "t"),
    ("entity.name.enum", "t"),
    ("entity.other.inherited-class", "t"),
    ("support.class", "t"),
    ("support.type", "t"),
    ("entity.name.tag", "g"),
    ("entity.other.attribute-name", "a"),
    ("variable.parameter", "p"),
    ("markup.inserted", "i"),
    ("markup.deleted", "d"),
    ("markup.heading", "h"),
    ("meta.diff.range", "h"),
    ("meta.diff.header", "h"),
    ("invalid", "e"),
];

fn category_table() -> &'static [(Scope, &'static str)] {
    static TABLE: OnceLock<Vec<(Scope, &'static str)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        CATEGORIES.iter().map(|(prefix, class)| (Scope::new(prefix).expect("valid scope"), *class)).collect()
    })
}

/// The class of the innermost categorised scope on `stack`.
fn category(stack: &ScopeStack) -> Option<&'static str> {
    let table = category_table();
    stack
        .as_slice()
        .iter()
        .rev()
        .find_map(|scope| table.iter().find(|(prefix, _)| prefix.is_prefix_of(*scope)).map(|(_, c)| *c))
}

/// Appends one line's HTML; spans never cross the end of the line.
fn emit_line(line: &str, ops: &[(usize, ScopeStackOp)], stack: &mut ScopeStack, out: &mut String) {
    let mut open: Option<&'static str> = None;
    let mut pos = 0;
    let mut current = category(stack);
    let push = |text: &str, class: Option<&'static str>, open: &mut Option<&'static str>, out: &mut String| {
        if text.is_empty() {
            return;
        }
        if *open != class {
            if open.is_some() {
                out.push_str("</span>");
            }
            if let Some(c) = class {
                out.push_str("<span class=\"");
                out.push_str(c);
                out.push_str("\">");
            }
            *open = class;
        }
        crate::markdown::escape_into(out, text);
    };
    // The newline stays outside any span.
    let end = line.strip_suffix('\n').map_or(line.len(), str::len);
    for (at, op) in ops {
        let at = (*at).min(end);
        if at > pos {
            push(&line[pos..at], current, &mut open, out);
            pos = at;
        }
        if stack.apply(op).is_ok() {
            current = category(stack);
        }
    }
    push(&line[pos..end], current, &mut open, out);
    if open.is_some() {
        out.push_str("</span>");
    }
    out.push_str(&line[end..]);
}

/// Languages that render as plain, escaped text without a warning.
const PLAIN: &[&str] = &["", "text", "txt", "plain", "plaintext", "output", "console-output", "log"];

/// The loaded syntax set, shared by every thread.
pub fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(two_face::syntax::extra_newlines)
}

/// What a fence's language resolves to.
pub enum Language {
    /// Known syntax: highlight with it.
    Syntax(&'static SyntaxReference),
    /// `text`, no language, and the like: plain on purpose.
    Plain,
    /// A language crib has no syntax for.
    Unknown,
}

/// Maps a fence language (`js`, `ts`, `console`...) to a syntax.
pub fn resolve(lang: &str) -> Language {
    if PLAIN.contains(&lang) {
        return Language::Plain;
    }
    let token = match lang {
        "javascript" | "mjs" | "cjs" | "node" => "js",
        "typescript" | "mts" | "cts" => "ts",
        "shell" | "sh" | "console" | "zsh" | "shell-session" | "bash" => "bash",
        "yml" => "yaml",
        "py" | "python3" => "python",
        "golang" => "go",
        "rs" => "rust",
        "patch" => "diff",
        "htm" | "xhtml" => "html",
        "jsonc" | "json5" => "json",
        "psql" | "postgresql" | "mysql" => "sql",
        other => other,
    };
    let set = syntaxes();
    let found = match token {
        // By name: the `js` extension also belongs to "JavaScript (Babel)" (see [`JAVASCRIPT`]).
        "js" => set.find_syntax_by_name(JAVASCRIPT),
        _ => set.find_syntax_by_token(token),
    };
    match found {
        Some(s) => Language::Syntax(s),
        None => Language::Unknown,
    }
}

/// The grammar for `js` fences: Sublime Text's own "JavaScript" (the
/// sublimehq/Packages version bat ships, in `two-face`'s set), not
/// "JavaScript (Babel)", which the `js` token finds first. On modern
/// syntax it is as right or more right (BigInt `10n`, `1_000_000`,
/// `\${` escapes, object keys) and it highlights about twice as many
/// lines per second: `tests/highlight.rs` snapshots its classes on
/// `tests/highlight/modern.js`, and bench/README.md has the comparison.
pub const JAVASCRIPT: &str = "JavaScript";

/// Highlights `code` with `syntax`; the result goes inside `<code>`.
pub fn highlight(syntax: &SyntaxReference, code: &str) -> String {
    static MEMO_OFF: OnceLock<bool> = OnceLock::new();
    // `CRIB_NO_LINE_MEMO=1` measures raw syntect speed (see bench/).
    if *MEMO_OFF.get_or_init(|| std::env::var_os("CRIB_NO_LINE_MEMO").is_some()) {
        return highlight_uncached(syntax, code);
    }
    MEMO.with(|memo| highlight_with(syntax, code, Some(&mut memo.borrow_mut())))
}

/// Highlighting without the line memo (the reference the memo must match).
pub fn highlight_uncached(syntax: &SyntaxReference, code: &str) -> String {
    highlight_with(syntax, code, None)
}

/// This thread's line memo: approximate bytes held, and whether it is on
/// (for tests and measurements).
pub fn memo_status() -> (usize, bool) {
    MEMO.with(|memo| {
        let memo = memo.borrow();
        (memo.bytes, memo.off_for == 0)
    })
}

/// Plain text, escaped, for `<code>`.
pub fn plain(code: &str) -> String {
    crate::markdown::escape(code)
}

thread_local! {
    static MEMO: RefCell<LineMemo> = RefCell::new(LineMemo::default());
}

/// Bound on the memo's bytes, shared by the threads (each gets its part).
const MEMO_BYTES: usize = 64 << 20;
/// Lines longer than this are not remembered.
const MEMO_MAX_LINE: usize = 400;
/// The memo judges its hit rate over windows of this many lookups...
const MEMO_WINDOW: u32 = 4096;
/// ...and switches itself off (emptied) when fewer than 1 in this many hit...
const MEMO_MIN_HIT_RATE: u32 = 4;
/// ...for this many lines, then tries again from empty.
const MEMO_OFF_LINES: u32 = 64 * 1024;

/// Highlighted lines of this thread, bounded in bytes, switched off while
/// it does not pay: a miss costs a hash, two parser-state clones and the
/// stored copy, so on content whose lines do not repeat it is pure cost.
#[derive(Default)]
struct LineMemo {
    /// Line hash -> every (line, state before, html, state after) seen.
    lines: HashMap<u64, Vec<MemoEntry>>,
    /// Approximate heap bytes of `lines` (see [`MemoEntry::bytes`]).
    bytes: usize,
    /// Lookups and hits in the current window.
    lookups: u32,
    hits: u32,
    /// Lines left to highlight without the memo (0: on).
    off_for: u32,
}

struct MemoEntry {
    line: Box<str>,
    before: (ParseState, ScopeStack),
    html: Box<str>,
    after: (ParseState, ScopeStack),
}

impl MemoEntry {
    /// Heap bytes, approximately: the texts, and per parser state a
    /// context level and a scope per level of the scope stack.
    fn bytes(&self) -> usize {
        let state = |s: &(ParseState, ScopeStack)| 96 + 40 * s.1.len();
        64 + self.line.len() + self.html.len() + state(&self.before) + state(&self.after)
    }
}

impl LineMemo {
    /// Whether to use the memo for the next line (counts the lines it is off).
    fn active(&mut self) -> bool {
        if self.off_for == 0 {
            return true;
        }
        self.off_for -= 1;
        false
    }

    /// Counts a lookup; at the end of a window, switches off if hits were rare.
    fn record(&mut self, hit: bool) {
        self.lookups += 1;
        self.hits += u32::from(hit);
        if self.lookups >= MEMO_WINDOW {
            if self.hits * MEMO_MIN_HIT_RATE < self.lookups {
                self.lines = HashMap::new();
                self.bytes = 0;
                self.off_for = MEMO_OFF_LINES;
            }
            self.lookups = 0;
            self.hits = 0;
        }
    }

    fn insert(&mut self, key: u64, entry: MemoEntry) {
        let size = entry.bytes();
        let budget = MEMO_BYTES / rayon::current_num_threads().max(1);
        if self.bytes + size > budget {
            self.lines.clear();
            self.bytes = 0;
        }
        self.bytes += size;
        self.lines.entry(key).or_default().push(entry);
    }
}

fn highlight_with(syntax: &SyntaxReference, code: &str, mut memo: Option<&mut LineMemo>) -> String {
    let set = syntaxes();
    let mut state = (ParseState::new(syntax), ScopeStack::new());
    let mut html = String::with_capacity(code.len() * 2);
    let mut failed = false;
    for line in LinesWithEndings::from(code) {
        if failed {
            // syntect gave up on pathological input: the rest stays plain.
            html.push_str(&plain(line));
            continue;
        }
        let key = match memo.as_deref_mut() {
            Some(memo) if line.len() <= MEMO_MAX_LINE => memo.active().then(|| line_hash(syntax, line)),
            _ => None,
        };
        if let (Some(memo), Some(key)) = (memo.as_deref_mut(), key) {
            let hit = memo.lines.get(&key).and_then(|v| v.iter().find(|e| &*e.line == line && e.before == state));
            if let Some(hit) = hit {
                html.push_str(&hit.html);
                state = hit.after.clone();
                memo.record(true);
                continue;
            }
            memo.record(false);
        }
        let before = key.map(|_| state.clone());
        let start = html.len();
        match state.0.parse_line(line, set) {
            Ok(ops) => emit_line(line, &ops, &mut state.1, &mut html),
            Err(_) => {
                failed = true;
                html.push_str(&plain(line));
                continue;
            }
        }
        if let (Some(memo), Some(key), Some(before)) = (memo.as_deref_mut(), key, before)
            && memo.off_for == 0
        {
            memo.insert(key, MemoEntry { line: line.into(), before, html: html[start..].into(), after: state.clone() });
        }
    }
    html
}

fn line_hash(syntax: &SyntaxReference, line: &str) -> u64 {
    static SEED: OnceLock<std::hash::RandomState> = OnceLock::new();
    let mut h = SEED.get_or_init(std::hash::RandomState::new).build_hasher();
    syntax.name.hash(&mut h);
    line.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syntax(lang: &str) -> &'static SyntaxReference {
        match resolve(lang) {
            Language::Syntax(s) => s,
            _ => panic!("no syntax for {lang}"),
        }
    }

    #[test]
    fn required_languages_resolve() {
        for lang in [
            "js",
            "javascript",
            "mjs",
            "cjs",
            "ts",
            "json",
            "bash",
            "sh",
            "shell",
            "console",
            "rust",
            "html",
            "css",
            "sql",
            "yaml",
            "toml",
            "python",
            "go",
            "diff",
        ] {
            assert!(matches!(resolve(lang), Language::Syntax(_)), "{lang}");
        }
        assert!(matches!(resolve("text"), Language::Plain));
        assert!(matches!(resolve("klingon"), Language::Unknown));
    }

    #[test]
    fn classes_not_colours() {
        let html = highlight(syntax("js"), "const a = \"x\"; // hi\n");
        assert_eq!(
            html,
            "<span class=\"k\">const</span> a <span class=\"k\">=</span> <span class=\"s\">&quot;x&quot;</span>; <span class=\"c\">// hi</span>\n"
        );
    }

    #[test]
    fn memo_matches_uncached() {
        let js = "/* a\n still comment */\nconst x = `t ${1}\n`;\n});\n";
        for _ in 0..3 {
            for (lang, code) in
                [("js", js), ("rust", "fn main() {\n    let s = \"}\";\n}\n"), ("ts", "let a: number = 1;\n})\n")]
            {
                assert_eq!(highlight(syntax(lang), code), highlight_uncached(syntax(lang), code));
            }
        }
        // The same line in two different states renders differently.
        let a = highlight(syntax("js"), "x\n");
        let b = highlight(syntax("js"), "/*\nx\n");
        assert_ne!(a, b);
    }
}
