//! Label characters merman would lose, written as entities before parsing.
//!
//! Mermaid splits an SVG text label into words with
//! `/<[^>]+>|[^\s<>]+/g`, and merman copies that faithfully: a `>` that does
//! not close a tag is no word, so `status >= 400?` is drawn as
//! `status = 400?` in flowchart node and edge labels and ER relationship
//! labels (and a `<` that opens no tag, in ER labels). An entity is a word
//! and is drawn as its character, so every `<` and `>` inside label text
//! that is not part of a tag (`<br/>`, `<b>`) is written as `&lt;`/`&gt;`
//! before merman parses the source.
//! Label text means: quoted strings, a flowchart node's bracketed text
//! (`[...]`, `(...)`, `{...}`, `>...]`), an edge's `|...|` text, and an ER
//! relationship's text after ` : `. Arrows (`-->`, `==>`, `-.->`) and
//! everything outside labels stay as they are; Markdown strings
//! (`` "`...`" ``) are left alone (merman renders those correctly).

use std::borrow::Cow;

const GT: &str = "&gt;";

/// `source` with `<`/`>` in label text written as entities (flowchart, graph and
/// erDiagram sources; others are returned unchanged).
pub(super) fn protect_labels(source: &str) -> Cow<'_, str> {
    if !source.contains(['<', '>']) {
        return Cow::Borrowed(source);
    }
    let kind = source
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("%%") && !l.starts_with("---"))
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or("");
    let line_fn: fn(&str, &mut String) = match kind {
        "flowchart" | "flowchart-v2" | "flowchart-elk" | "graph" => flowchart_line,
        "erDiagram" => er_line,
        _ => return Cow::Borrowed(source),
    };
    let mut out = String::with_capacity(source.len() + 16);
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let directive = ["%%", "classDef ", "style ", "linkStyle ", "click ", "class ", "accTitle", "accDescr"]
            .iter()
            .any(|p| trimmed.starts_with(p));
        if directive || !line.contains(['<', '>']) {
            out.push_str(line);
        } else {
            line_fn(line, &mut out);
        }
    }
    if out == source { Cow::Borrowed(source) } else { Cow::Owned(out) }
}

/// Copies one character of label text: a `<` that starts a tag (`<br/>`,
/// `<b>`) and the `>` closing it stay markup; any other `<` or `>` becomes
/// an entity.
fn label_char(c: char, next: Option<char>, in_tag: &mut bool, out: &mut String) {
    match c {
        '<' if next.is_some_and(|n| n.is_ascii_alphabetic() || n == '/') => {
            *in_tag = true;
            out.push(c);
        }
        '<' => out.push_str("&lt;"),
        '>' if *in_tag => {
            *in_tag = false;
            out.push(c);
        }
        '>' => out.push_str(GT),
        _ => out.push(c),
    }
}

/// One flowchart line: `>` inside node text, edge `|text|` and quotes.
fn flowchart_line(line: &str, out: &mut String) {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Outside,
        /// Inside `open ... close` node text, nested `depth` deep.
        Text {
            open: char,
            close: char,
            depth: usize,
        },
        EdgeText,
    }
    let chars: Vec<char> = line.chars().collect();
    let mut state = State::Outside;
    let mut quoted = false;
    let mut markdown = false;
    let mut in_tag = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let prev = if i > 0 { chars[i - 1] } else { ' ' };
        if quoted {
            if c == '"' {
                quoted = false;
                markdown = false;
                out.push(c);
            } else if markdown {
                out.push(c);
            } else {
                label_char(c, chars.get(i + 1).copied(), &mut in_tag, out);
            }
            i += 1;
            continue;
        }
        match state {
            State::Outside => match c {
                '"' => {
                    quoted = true;
                    markdown = chars.get(i + 1) == Some(&'`');
                }
                '|' => state = State::EdgeText,
                '[' => state = State::Text { open: '[', close: ']', depth: 0 },
                '(' => state = State::Text { open: '(', close: ')', depth: 0 },
                '{' => state = State::Text { open: '{', close: '}', depth: 0 },
                // `id>text]`: the asymmetric shape opens right after a node id.
                '>' if prev.is_alphanumeric() || prev == '_' => state = State::Text { open: '>', close: ']', depth: 0 },
                _ => {}
            },
            State::Text { open, close, depth } => {
                if c == '"' {
                    quoted = true;
                    markdown = chars.get(i + 1) == Some(&'`');
                } else if c == close {
                    state = if depth == 0 { State::Outside } else { State::Text { open, close, depth: depth - 1 } };
                } else if c == open && open != '>' {
                    state = State::Text { open, close, depth: depth + 1 };
                } else {
                    label_char(c, chars.get(i + 1).copied(), &mut in_tag, out);
                    i += 1;
                    continue;
                }
            }
            State::EdgeText => {
                if c == '|' {
                    state = State::Outside;
                } else {
                    label_char(c, chars.get(i + 1).copied(), &mut in_tag, out);
                    i += 1;
                    continue;
                }
            }
        }
        out.push(c);
        i += 1;
    }
}

/// One erDiagram line: `>` in quoted strings and in a relationship's text
/// after ` : ` (the cardinality markers before it contain no `>`).
fn er_line(line: &str, out: &mut String) {
    let label_from = line.find(" : ").map(|at| at + 3);
    let mut quoted = false;
    let mut in_tag = false;
    let mut chars = line.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '"' {
            quoted = !quoted;
        }
        if quoted || label_from.is_some_and(|from| at >= from) {
            label_char(c, chars.peek().map(|&(_, n)| n), &mut in_tag, out);
        } else {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flowchart_label_text_is_protected_and_arrows_are_not() {
        let source = "flowchart TD\n    A[\"fetch\"] --> B{\"status >= 400?\"}\n    B -->|a > b| C[x > y] ==> D(p > q) -.-> E>tag > x]\n    E --> F[\"`md > kept`\"]\n    classDef x fill:#fff\n";
        let source = format!("{source}    F --> G[\"json()<br/>a < b\"]\n");
        assert_eq!(
            protect_labels(&source),
            "flowchart TD\n    A[\"fetch\"] --> B{\"status &gt;= 400?\"}\n    B -->|a &gt; b| C[x &gt; y] ==> D(p &gt; q) -.-> E>tag &gt; x]\n    E --> F[\"`md > kept`\"]\n    classDef x fill:#fff\n    F --> G[\"json()<br/>a &lt; b\"]\n"
        );
    }

    #[test]
    fn er_relationship_text_is_protected() {
        let source = "erDiagram\n  A ||--o{ B : \"x > y\"\n  A }|..|{ C : p < q\n";
        assert_eq!(protect_labels(source), "erDiagram\n  A ||--o{ B : \"x &gt; y\"\n  A }|..|{ C : p &lt; q\n");
    }

    #[test]
    fn other_diagrams_and_sources_without_gt_are_untouched() {
        assert!(matches!(protect_labels("sequenceDiagram\n  A->>B: x > y\n"), Cow::Borrowed(_)));
        assert!(matches!(protect_labels("flowchart LR\n  a --- b\n"), Cow::Borrowed(_)));
        assert!(matches!(protect_labels("flowchart LR\n  a --> b\n"), Cow::Borrowed(_)));
    }
}
