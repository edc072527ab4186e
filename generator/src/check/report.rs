//! What `crib check` found, and how it is shown: for people (one block per
//! finding: `file:line:col`, message, diff or detail, help) or as JSON.

use crate::diagnostics::Diagnostic;
use serde::Serialize;
use std::fmt::Write as _;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    /// Documented output differs from the real one.
    Output,
    /// The example throws or exits non-zero.
    Throws,
    /// A runtime limit stopped the example.
    Limit,
    /// The example needs a module the playground lacks.
    CannotRun,
    /// Real Node can print this example's lines in another order.
    Nondeterministic,
    /// A link to a page or file that does not exist.
    BrokenLink,
    /// A `#fragment` no element of the target page has.
    BrokenAnchor,
    /// A Mermaid diagram that does not parse.
    Diagram,
    /// Anything the build itself reports (front matter, UTF-8...).
    Build,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Kind {
    pub fn severity(self) -> Severity {
        match self {
            Kind::Nondeterministic => Severity::Info,
            Kind::CannotRun => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub kind: Kind,
    pub severity: Severity,
    /// Relative to the site root: `content/a.md`.
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// A diff or the program's error output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Finding {
    pub fn new(kind: Kind, file: &str, line: usize, message: String) -> Self {
        Finding {
            kind,
            severity: kind.severity(),
            file: file.to_string(),
            line,
            column: 1,
            message,
            detail: None,
            help: None,
        }
    }

    pub fn with_column(mut self, column: usize) -> Self {
        self.column = column;
        self
    }

    pub fn with_detail(mut self, detail: String) -> Self {
        self.detail = Some(detail);
        self
    }

    pub fn with_help(mut self, help: &str) -> Self {
        self.help = Some(help.to_string());
        self
    }

    pub fn from_diagnostic(diag: &Diagnostic) -> Self {
        let (line, column) = diag.line_col();
        let kind = if diag.message.starts_with("diagram error") { Kind::Diagram } else { Kind::Build };
        let mut f = Finding::new(kind, &diag.file, line, diag.message.clone()).with_column(column);
        if !diag.is_error() {
            f.severity = Severity::Warning;
        }
        f.help = diag.help.clone();
        f
    }

    pub fn location(&self) -> String {
        format!("{}:{}:{}", self.file, self.line, self.column)
    }
}

/// Everything one check found, with counts.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub pages: usize,
    pub examples: usize,
    /// Examples with a documented output.
    pub documented: usize,
    pub links: usize,
    pub diagrams: usize,
    #[serde(serialize_with = "millis")]
    pub elapsed: Duration,
    pub findings: Vec<Finding>,
}

fn millis<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u64(d.as_millis() as u64)
}

impl Report {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == severity).count()
    }

    pub fn passed(&self) -> bool {
        self.count(Severity::Error) == 0
    }

    pub fn to_json(&self) -> String {
        let mut value = serde_json::to_value(self).unwrap_or_default();
        value["passed"] = self.passed().into();
        serde_json::to_string_pretty(&value).unwrap_or_default()
    }

    /// The report for a terminal: findings grouped by severity, then a summary.
    pub fn to_human(&self) -> String {
        let mut out = String::new();
        for severity in [Severity::Error, Severity::Warning, Severity::Info] {
            for f in self.findings.iter().filter(|f| f.severity == severity) {
                let label = match severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                    Severity::Info => "note",
                };
                let _ = writeln!(out, "{label}: {}: {}", f.location(), f.message);
                if let Some(detail) = &f.detail {
                    for line in detail.lines() {
                        let _ = writeln!(out, "    {line}");
                    }
                }
                if let Some(help) = &f.help {
                    let _ = writeln!(out, "  help: {help}");
                }
                out.push('\n');
            }
        }
        let (errors, warnings, notes) =
            (self.count(Severity::Error), self.count(Severity::Warning), self.count(Severity::Info));
        let cannot_run = self.findings.iter().filter(|f| f.kind == Kind::CannotRun).count();
        let _ = writeln!(
            out,
            "checked {} pages: {} examples ({} with documented output, {} cannot run), {} links, {} diagrams in {} ms",
            self.pages,
            self.examples,
            self.documented,
            cannot_run,
            self.links,
            self.diagrams,
            self.elapsed.as_millis()
        );
        let verdict = if errors == 0 { "check passed" } else { "check failed" };
        let _ = writeln!(
            out,
            "{verdict}: {errors} error{}, {warnings} warning{}, {notes} note{}",
            s(errors),
            s(warnings),
            s(notes)
        );
        out
    }
}

fn s(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
