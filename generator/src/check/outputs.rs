//! Judges one example's run (see `examples::ResultCache::run`):
//! documented output compared line by line (a diff on mismatch), uncaught
//! errors, limits, modules the playground lacks, and orders that can vary
//! in real Node.

use super::examples::CheckedExample;
use super::report::{Finding, Kind};
use playground::{RunResult, Stream};
use similar::{ChangeTag, TextDiff};

/// Everything the reader would see in a terminal, in order.
fn terminal_lines(result: &RunResult) -> Vec<String> {
    let text: String = result.output.iter().map(|e| e.text.as_str()).collect();
    crate::examples::trim_lines(text.lines().map(str::to_string).collect())
}

fn stdout_lines(result: &RunResult) -> Vec<String> {
    crate::examples::trim_lines(result.text(Stream::Stdout).lines().map(str::to_string).collect())
}

/// What is worth reporting about a run of `example` (nothing when all is well).
pub fn judge(example: &CheckedExample, result: &RunResult) -> Vec<Finding> {
    let mut findings = Vec::new();
    let at = |kind, line, message: String| Finding::new(kind, &example.file, line, message);
    if !result.missing_modules.is_empty() {
        let names = result.missing_modules.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ");
        findings.push(
            at(Kind::CannotRun, example.line, format!("example cannot run in the playground: it needs {names}"))
                .with_help("mark the fence `norun` and say why it needs a real Node.js, or use a module the playground provides"),
        );
        return findings;
    }
    if let Some(limit) = &result.limit {
        findings.push(at(
            Kind::Limit,
            example.line,
            format!("example stopped by the `{}` limit: {}", limit.limit, limit.message),
        ));
        return findings;
    }
    for note in &result.notes {
        findings.push(at(
            Kind::Nondeterministic,
            example.line,
            format!("order can vary in real Node: {}", note.message),
        ));
    }
    let stderr = result.text(Stream::Stderr);
    let first_error = stderr
        .lines()
        .find(|l| l.contains("Error") || l.starts_with("Uncaught"))
        .or_else(|| stderr.lines().find(|l| !l.trim().is_empty()));
    let failed = result.exit_code != 0;
    match &example.expected {
        Some(expected) => {
            let all = terminal_lines(result);
            let out = stdout_lines(result);
            if expected.lines != all && expected.lines != out {
                let shown = if failed { &all } else { &out };
                findings.push(
                    at(
                        Kind::Output,
                        expected.line,
                        "documented output differs from what the example prints".to_string(),
                    )
                    .with_detail(diff(&expected.lines, shown))
                    .with_help("fix the example or its documented output (- documented, + actual)"),
                );
            } else if failed && !example.allow_failure && !documents_error(&expected.lines, first_error) {
                findings.push(thrown(example, result.exit_code, first_error, &stderr));
            }
        }
        None if failed && !example.allow_failure => {
            findings.push(thrown(example, result.exit_code, first_error, &stderr))
        }
        None => {}
    }
    findings
}

/// A documented output that shows the error line acknowledges the throw.
fn documents_error(lines: &[String], first_error: Option<&str>) -> bool {
    let Some(err) = first_error.map(str::trim) else { return false };
    lines.iter().map(|l| l.trim()).any(|l| l.contains("Error") && (err.contains(l) || l.contains(err)))
}

fn thrown(example: &CheckedExample, code: i32, first_error: Option<&str>, stderr: &str) -> Finding {
    let what = first_error.unwrap_or("no error message");
    Finding::new(Kind::Throws, &example.file, example.line, format!("example exits with code {code}: {what}"))
        .with_detail(stderr.lines().take(12).collect::<Vec<_>>().join("\n"))
        .with_help("fix the example, document the error in its output, or add `throws` to the fence's info string")
}

/// A line diff: `-` documented, `+` actual, ` ` both.
pub fn diff(expected: &[String], actual: &[String]) -> String {
    let old = expected.join("\n") + "\n";
    let new = actual.join("\n") + "\n";
    let mut out = String::new();
    for change in TextDiff::from_lines(&old, &new).iter_all_changes() {
        let sign = match change.tag() {
            ChangeTag::Delete => '-',
            ChangeTag::Insert => '+',
            ChangeTag::Equal => ' ',
        };
        out.push(sign);
        out.push(' ');
        out.push_str(change.value().trim_end_matches('\n'));
        out.push('\n');
    }
    out.pop();
    out
}
