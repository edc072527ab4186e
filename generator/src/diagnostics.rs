//! Build diagnostics: errors and warnings that name `file:line:col`, show
//! the offending source line, and say what to do. Rendered with miette.

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode};
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem found while building, located in a source file.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path shown to the user, relative to the site root (`content/a.md`).
    pub file: String,
    /// The file's text (lossy for invalid UTF-8); empty when unreadable.
    pub source: Arc<str>,
    /// Byte range in `source` the diagnostic points at.
    pub span: Range<usize>,
    pub message: String,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(
        file: impl Into<String>,
        source: impl Into<Arc<str>>,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        let source = source.into();
        let span = clamp(span, &source);
        Diagnostic { severity: Severity::Error, file: file.into(), source, span, message: message.into(), help: None }
    }

    pub fn warning(
        file: impl Into<String>,
        source: impl Into<Arc<str>>,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(file, source, span, message) }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// A file that could not be read at all.
    pub fn io(file: &str, err: &std::io::Error) -> Self {
        Diagnostic::error(file, "", 0..0, format!("cannot read {file}: {err}"))
            .with_help("check that the file exists and is readable")
    }

    /// A file whose bytes are not UTF-8; points at the first bad byte.
    pub fn invalid_utf8(file: &str, bytes: &[u8], err: std::str::Utf8Error) -> Self {
        let good = err.valid_up_to();
        // Lossy text: the valid prefix is byte-identical, so `good` is a valid offset.
        let text = String::from_utf8_lossy(bytes).into_owned();
        Diagnostic::error(file, text, good..good + 1, format!("{file} is not valid UTF-8 (byte {good})"))
            .with_help("save the file as UTF-8")
    }

    /// 1-based line and column (in characters) of the span's start.
    pub fn line_col(&self) -> (usize, usize) {
        line_col(&self.source, self.span.start)
    }

    /// `file:line:col`, the form editors and terminals turn into links.
    pub fn location(&self) -> String {
        let (line, col) = self.line_col();
        format!("{}:{line}:{col}", self.file)
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The full report: headline with location, source excerpt, help.
    pub fn render(&self, color: bool) -> String {
        let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
        let handler = GraphicalReportHandler::new_themed(theme).with_context_lines(1).with_width(100);
        let mut out = String::new();
        let report = Report(self, NamedSource::new(self.file.clone(), self.source.to_string()));
        if handler.render_report(&mut out, &report).is_err() {
            out = format!("{}: {}: {}", self.kind(), self.location(), self.message);
        }
        out
    }

    fn kind(&self) -> &'static str {
        match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// 1-based line and character column of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn clamp(span: Range<usize>, source: &str) -> Range<usize> {
    let start = floor_char_boundary(source, span.start.min(source.len()));
    let end = span.end.clamp(start, source.len());
    start..floor_char_boundary(source, end).max(start)
}

/// Adapter giving miette a headline with the location in it.
struct Report<'a>(&'a Diagnostic, NamedSource<String>);

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.0.location(), self.0.message)
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.0.severity {
            Severity::Warning => miette::Severity::Warning,
            Severity::Error => miette::Severity::Error,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.0.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        if self.0.source.is_empty() { None } else { Some(&self.1 as &dyn SourceCode) }
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.0.source.is_empty() {
            return None;
        }
        let span = self.0.span.clone();
        Some(Box::new(std::iter::once(LabeledSpan::new_primary_with_span(None, span))))
    }
}
