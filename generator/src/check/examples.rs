//! Runnable examples found in a page's code blocks, with what each one
//! needs (stdin, virtual files) and the output it documents.
//!
//! The authoring format:
//! - every ```js / ```javascript / ```mjs / ```cjs fence runs unless its
//!   info string says `norun` (or it is a file, `js file=lib.js`);
//! - ` ```text file=NAME ` (any fence with `file=`) seeds the virtual file
//!   system of every later example on the page; a `files` table in the
//!   front matter seeds every example of the page;
//! - `stdin="..."` presets standard input (`\n` for line breaks);
//! - documented output: an `// Output:` comment block ending the example
//!   (each following line one printed line, optional leading `// `), or a
//!   ` ```text output ` fence right after it.

use super::CheckedPage;
use crate::markdown::CodeBlock;

/// One runnable example.
#[derive(Debug, Clone)]
pub struct Example {
    /// `content/guide/loop.md`.
    pub file: String,
    /// 1-based line of the opening fence.
    pub line: usize,
    /// What the run reads: the program (the `// Output:` block removed),
    /// its file name, stdin and files; the same as a build runs.
    pub run: crate::examples::Example,
    pub expected: Option<Expected>,
    /// The info string allows a non-zero exit (`throws` / `exit=N`).
    pub allow_failure: bool,
}

/// Documented output and where it is written.
#[derive(Debug, Clone)]
pub struct Expected {
    pub lines: Vec<String>,
    /// 1-based line of the `// Output:` marker (or of the output fence).
    pub line: usize,
}

const JS_LANGS: [&str; 4] = ["js", "javascript", "mjs", "cjs"];

/// Whether a block is a runnable example.
pub fn is_runnable(block: &CodeBlock) -> bool {
    JS_LANGS.contains(&block.lang.as_str()) && !block.has("norun") && !block.has("file")
}

/// The runnable examples of a page, in order.
pub fn extract(page: &CheckedPage) -> Vec<Example> {
    let blocks = &page.code_blocks;
    let file = page.page.display_path();
    let mut files: Vec<(String, String)> = page.page.meta.files.iter().map(|(n, t)| (n.clone(), t.clone())).collect();
    let mut out = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        if let Some(name) = block.attr("file") {
            files.retain(|(n, _)| n != name);
            files.push((name.to_string(), block.code.clone()));
            continue;
        }
        if !is_runnable(block) {
            continue;
        }
        let (source, comment) = split_output_comment(&block.code, block.line);
        let fence = blocks.get(i + 1).filter(|next| is_output_fence(next)).map(|next| Expected {
            lines: trim_lines(next.code.lines().map(str::to_string).collect()),
            line: next.line,
        });
        let filename = match block.lang.as_str() {
            "mjs" => "main.mjs",
            "cjs" => "main.cjs",
            _ => "main.js",
        };
        out.push(Example {
            file: file.clone(),
            line: block.line,
            run: crate::examples::Example {
                source,
                filename: filename.to_string(),
                stdin: block.attr("stdin").map(unescape_stdin),
                files: files.clone(),
            },
            expected: comment.or(fence),
            allow_failure: block.has("throws") || block.has("exit") || block.has("error"),
        });
    }
    out
}

fn is_output_fence(block: &CodeBlock) -> bool {
    block.has("output") || block.lang == "output"
}

/// Splits `// Output:` (case-insensitive, optional colon, text after it
/// counts as the first line) off the end of an example.
pub fn split_output_comment(code: &str, fence_line: usize) -> (String, Option<Expected>) {
    let lines: Vec<&str> = code.lines().collect();
    let marker = lines.iter().rposition(|l| {
        let t = l.trim_start();
        t.strip_prefix("//").is_some_and(|rest| rest.trim_start().to_ascii_lowercase().starts_with("output"))
            && output_marker_rest(t).is_some()
    });
    let Some(at) = marker else { return (code.to_string(), None) };
    let mut documented = Vec::new();
    if let Some(rest) = output_marker_rest(lines[at].trim_start()).filter(|r| !r.is_empty()) {
        documented.push(rest.to_string());
    }
    for line in &lines[at + 1..] {
        let t = line.trim_start();
        let Some(rest) = t.strip_prefix("//") else {
            // Code after the block: this was not the output block.
            return (code.to_string(), None);
        };
        documented.push(rest.strip_prefix(' ').unwrap_or(rest).to_string());
    }
    let source: String = lines[..at].iter().map(|l| format!("{l}\n")).collect();
    // Line 1 of the code is the line after the fence.
    let marker_line = fence_line + 1 + at;
    (source, Some(Expected { lines: trim_lines(documented), line: marker_line }))
}

/// `// Output:` -> `Some("")`, `// Output: 42` -> `Some("42")`, `// outputs` -> None.
fn output_marker_rest(trimmed: &str) -> Option<&str> {
    let rest = trimmed.strip_prefix("//")?.trim_start();
    let word = rest.get(..6)?;
    if !word.eq_ignore_ascii_case("output") {
        return None;
    }
    let after = &rest[6..];
    let after = after.strip_prefix(':').or_else(|| if after.trim().is_empty() { Some(after) } else { None })?;
    Some(after.trim())
}

/// Trailing whitespace of each line and trailing empty lines do not count.
pub fn trim_lines(lines: Vec<String>) -> Vec<String> {
    let mut lines: Vec<String> = lines.into_iter().map(|l| l.trim_end().to_string()).collect();
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// `stdin="a\nb"` in an info string means two lines.
fn unescape_stdin(value: &str) -> String {
    let mut s = value.replace("\\n", "\n");
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_comment_block() {
        let code = "console.log(1);\n// Output:\n// 1\n//\n// two\n";
        let (src, exp) = split_output_comment(code, 10);
        assert_eq!(src, "console.log(1);\n");
        let exp = exp.unwrap();
        assert_eq!(exp.lines, vec!["1", "", "two"]);
        assert_eq!(exp.line, 12);
    }

    #[test]
    fn output_inline_and_not_a_marker() {
        let (_, exp) = split_output_comment("f();\n// Output: 42\n", 1);
        assert_eq!(exp.unwrap().lines, vec!["42"]);
        let (_, exp) = split_output_comment("// outputs are printed\nf();\n", 1);
        assert!(exp.is_none());
        let (_, exp) = split_output_comment("// Output:\n// 1\ng();\n", 1);
        assert!(exp.is_none());
    }
}
