//! Mermaid fences rendered to inline SVG at build time (merman).
//!
//! The contract with the markdown stage: `render_fence` turns one fence's
//! text into the HTML that replaces it, or an error whose position is
//! relative to the fence body (line 1 = the first line after the opening ```).

/// A diagram that did not parse or lay out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiagramError {
    /// 1-based line inside the fence body.
    pub line: usize,
    /// 1-based column, when the parser gives one.
    pub column: usize,
    pub message: String,
}

/// Renders one ```mermaid fence. `id` is unique within the site (for
/// example `d-<page-slug>-<n>`); every id inside the SVG is prefixed with it.
pub fn render_fence(source: &str, id: &str) -> Result<String, DiagramError> {
    // Placeholder until the diagrams stage lands: show the source.
    let _ = id;
    Ok(format!("<pre class=\"mermaid-source\">{}</pre>", source.replace('&', "&amp;").replace('<', "&lt;")))
}
