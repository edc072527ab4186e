//! A small, conservative JavaScript minifier for the embedded built-ins:
//! drops comments, indentation, trailing blanks and runs of spaces, and
//! nothing else. Line breaks are kept (a block comment leaves its line
//! breaks), so line numbers in stack traces and automatic semicolon
//! insertion are unchanged. Strings, template literals (with nested
//! `${...}` code) and regular expression literals are copied byte for byte.
//!
//! Whether a `/` starts a regular expression or divides is decided from the
//! token before it, as the grammar does in practice; a regex candidate that
//! does not close on its line is taken as a division. The playground's
//! tests parse every built-in before and after with Boa and compare the
//! syntax trees (`tests/minify.rs`).

/// The token before the current position, for the regex/division decision.
#[derive(Clone, Copy, PartialEq)]
enum Prev {
    /// Start of input.
    None,
    /// An identifier or keyword: `regex_after_word` decides.
    Word { start: usize, end: usize },
    /// A number, string, template or regex literal: a `/` after it divides.
    Operand,
    /// A punctuator; `double` when it repeated the one before (`++`, `--`).
    Punct { ch: u8, double: bool },
}

/// Keywords after which an expression (so a regex) may start.
const REGEX_AFTER: &[&str] =
    &["return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await"];

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b == b'\\' || b >= 0x80
}

/// Minifies one JavaScript source (script or function body).
pub fn minify(src: &str) -> String {
    let s = src.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    let mut i = 0;
    let mut prev = Prev::None;
    // Whitespace seen since the last token, not yet written.
    let mut space = false;
    // One entry per open `${`: the brace depth of the code inside it.
    let mut templates: Vec<u32> = Vec::new();
    // Brace depth of the innermost code (inside the innermost `${`, or top level).
    let mut depth: u32 = 0;

    while i < s.len() {
        let b = s[i];
        match b {
            b'\n' => {
                // Trailing blanks go; the line break stays.
                out.push(b'\n');
                space = false;
                i += 1;
            }
            b' ' | b'\t' | b'\r' | 0x0b | 0x0c => {
                space = true;
                i += 1;
            }
            b'/' if s.get(i + 1) == Some(&b'/') => {
                while i < s.len() && s[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if s.get(i + 1) == Some(&b'*') => {
                let end = find(s, i + 2, b"*/").map_or(s.len(), |e| e + 2);
                let breaks = s[i..end].iter().filter(|&&c| c == b'\n').count();
                if breaks == 0 {
                    space = true;
                } else {
                    out.extend(std::iter::repeat_n(b'\n', breaks));
                    space = false;
                }
                i = end;
            }
            _ => {
                if space && needs_space(&out, b) {
                    out.push(b' ');
                }
                space = false;
                match b {
                    b'\'' | b'"' => {
                        let end = string_end(s, i);
                        out.extend_from_slice(&s[i..end]);
                        i = end;
                        prev = Prev::Operand;
                    }
                    b'`' => {
                        let (end, opened) = template_chunk(s, i + 1);
                        out.extend_from_slice(&s[i..end]);
                        i = end;
                        if opened {
                            templates.push(depth);
                            depth = 0;
                            prev = Prev::Punct { ch: b'{', double: false };
                        } else {
                            prev = Prev::Operand;
                        }
                    }
                    b'}' if depth == 0 && !templates.is_empty() => {
                        // Back into the template literal.
                        let (end, opened) = template_chunk(s, i + 1);
                        out.extend_from_slice(&s[i..end]);
                        i = end;
                        if opened {
                            prev = Prev::Punct { ch: b'{', double: false };
                        } else {
                            depth = templates.pop().unwrap_or(0);
                            prev = Prev::Operand;
                        }
                    }
                    b'/' if regex_allowed(s, prev) => match regex_end(s, i) {
                        Some(end) => {
                            out.extend_from_slice(&s[i..end]);
                            i = end;
                            prev = Prev::Operand;
                        }
                        None => {
                            out.push(b'/');
                            i += 1;
                            prev = Prev::Punct { ch: b'/', double: false };
                        }
                    },
                    _ if is_word(b) => {
                        // Numbers too: `1.5` and `1e-7` are words and
                        // punctuators here, copied as they are.
                        let start = i;
                        let number = b.is_ascii_digit();
                        i += 1;
                        while i < s.len() && is_word(s[i]) {
                            i += 1;
                        }
                        out.extend_from_slice(&s[start..i]);
                        prev = if number { Prev::Operand } else { Prev::Word { start, end: i } };
                    }
                    _ => {
                        match b {
                            b'{' => depth += 1,
                            b'}' => depth = depth.saturating_sub(1),
                            _ => {}
                        }
                        let double = matches!(prev, Prev::Punct { ch, double: false } if ch == b) && out.last() == Some(&b);
                        out.push(b);
                        i += 1;
                        prev = Prev::Punct { ch: b, double };
                    }
                }
            }
        }
    }
    // Only ASCII bytes were dropped or added; everything else was copied.
    String::from_utf8(out).expect("minify keeps UTF-8 intact")
}

/// Whether a space must separate what was written from the next byte `b`.
fn needs_space(out: &[u8], b: u8) -> bool {
    let Some(&last) = out.last() else { return false };
    if last == b'\n' {
        return false;
    }
    (is_word(last) && is_word(b))
        // `a + +b`, `a - -b`, `a / /re/`, and `1 .toString()`.
        || (last == b && matches!(b, b'+' | b'-' | b'/'))
        || (last.is_ascii_digit() && b == b'.')
}

fn regex_allowed(s: &[u8], prev: Prev) -> bool {
    match prev {
        Prev::None => true,
        Prev::Operand => false,
        Prev::Word { start, end } => {
            let word = std::str::from_utf8(&s[start..end]).unwrap_or("");
            REGEX_AFTER.contains(&word)
        }
        // `x++ / y`; `)` and `]` end operands (`(a) / b`, `a[0] / b`).
        Prev::Punct { ch, double } => !(double && matches!(ch, b'+' | b'-')) && !matches!(ch, b')' | b']'),
    }
}

/// End (exclusive) of the string literal opening at `start`.
fn string_end(s: &[u8], start: usize) -> usize {
    let quote = s[start];
    let mut i = start + 1;
    while i < s.len() {
        match s[i] {
            b'\\' => i += 2,
            c if c == quote => return i + 1,
            _ => i += 1,
        }
    }
    s.len()
}

/// From inside a template literal at `i`: the end of this chunk and whether
/// it ended with `${` (true) or the closing backtick (false).
fn template_chunk(s: &[u8], mut i: usize) -> (usize, bool) {
    while i < s.len() {
        match s[i] {
            b'\\' => i += 2,
            b'`' => return (i + 1, false),
            b'$' if s.get(i + 1) == Some(&b'{') => return (i + 2, true),
            _ => i += 1,
        }
    }
    (s.len(), false)
}

/// End (exclusive, flags included) of a regex literal at `start`, if it
/// closes on its line.
fn regex_end(s: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    let mut class = false;
    while i < s.len() {
        match s[i] {
            b'\n' | b'\r' => return None,
            b'\\' => i += 2,
            b'[' => {
                class = true;
                i += 1;
            }
            b']' => {
                class = false;
                i += 1;
            }
            b'/' if !class => {
                i += 1;
                while i < s.len() && is_word(s[i]) {
                    i += 1;
                }
                return Some(i);
            }
            _ => i += 1,
        }
    }
    None
}

fn find(s: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    s.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}
