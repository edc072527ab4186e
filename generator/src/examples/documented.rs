//! The output an example documents, as authors write it: an `// Output:`
//! comment block ending the example (each following line one printed line,
//! optional leading `// `; text after the marker is the first line), or a
//! ` ```text output ` fence right after it. `crib check` compares runs with
//! it; quiz mode hides it until the reader answers.

use crate::markdown::CodeBlock;

/// Documented output and where it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Expected {
    pub lines: Vec<String>,
    /// 1-based line of the `// Output:` marker (or of the output fence).
    pub line: usize,
}

/// The output documented for the example `blocks[i]`: its `// Output:`
/// block, else an output fence right after it.
pub fn documented(blocks: &[CodeBlock], i: usize) -> Option<Expected> {
    let block = &blocks[i];
    split_output_comment(&block.code, block.line).1.or_else(|| {
        blocks.get(i + 1).filter(|next| is_output_fence(next)).map(|next| Expected {
            lines: trim_lines(next.code.lines().map(str::to_string).collect()),
            line: next.line,
        })
    })
}

fn is_output_fence(block: &CodeBlock) -> bool {
    block.has("output") || block.lang == "output"
}

/// Splits `// Output:` (case-insensitive, optional colon, text after it
/// counts as the first line) off the end of an example: the code before
/// it, and the documented lines. `fence_line` is the opening fence's line.
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
