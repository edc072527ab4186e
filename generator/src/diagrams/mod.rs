//! Mermaid fences rendered to inline SVG at build time (merman).
//!
//! The contract with the markdown stage: [`render_fence`] turns one fence's
//! text into the HTML that replaces it, or an error whose position is
//! relative to the fence body (line 1 = the first line after the opening ```).
//!
//! The pipeline for one fence:
//! 1. `cache`: look the source up by content hash (memory, then disk).
//! 2. On a miss, `engine` draws it twice with merman (light and dark theme)
//!    under a placeholder id, measuring label text with `fonts` (Arial's
//!    advance widths, the font stack every diagram declares), and `theme` merges the two drawings into one
//!    SVG whose differing colours become CSS `light-dark()` pairs, so the
//!    diagram follows the page's `color-scheme` (see `diagrams.css`).
//!    `labels` unclips mind-map labels and centres edge labels on their
//!    backgrounds, `contrast` gives labels on author-coloured nodes a readable colour,
//!    `minify` rounds geometry to hundredths of a pixel (about half the
//!    bytes), and `ids` makes sure every element id starts with the
//!    placeholder.
//! 3. `ids::assign` swaps the placeholder for the caller's id (a string
//!    replace, so cache hits stay cheap) and `figure` adds the accessible
//!    title/description and the "show source" toggle.

mod cache;
mod contrast;
pub mod engine;
mod entities;
mod figure;
mod fonts;
#[rustfmt::skip]
mod font_widths;
mod ids;
mod labels;
mod minify;
mod theme;

use std::path::Path;

/// A diagram that did not parse or lay out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiagramError {
    /// 1-based line inside the fence body.
    pub line: usize,
    /// 1-based column, when the parser gives one.
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for DiagramError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

impl std::error::Error for DiagramError {}

/// Renders one ```mermaid fence. `id` is unique within the site (for
/// example `d-<page-slug>-<n>`); every id inside the SVG is prefixed with it.
/// Results are cached in memory by content hash for the life of the process.
pub fn render_fence(source: &str, id: &str) -> Result<String, DiagramError> {
    render(source, id, None)
}

/// [`render_fence`] with an on-disk cache in `cache_dir` (created when
/// missing), so a rebuild skips every diagram whose source is unchanged.
/// A cache directory that cannot be read or written only costs speed.
pub fn render_fence_cached(source: &str, id: &str, cache_dir: &Path) -> Result<String, DiagramError> {
    render(source, id, Some(cache_dir))
}

fn render(source: &str, id: &str, cache_dir: Option<&Path>) -> Result<String, DiagramError> {
    let id = ids::sanitize(id);
    let svg = if ids::is_safe_source(source) {
        let neutral = cache::get_or_render(source, cache_dir, || draw_themed(source, ids::PLACEHOLDER))?;
        ids::assign(&neutral, &id)
    } else {
        // The author's text contains our placeholder: render directly.
        ids::assign(&draw_themed(source, &id)?, &id)
    };
    Ok(figure::wrap(&svg, source, &id))
}

/// Light and dark drawings merged into one SVG, ids scoped, accessibility
/// attributes in place, under `diagram_id`.
fn draw_themed(source: &str, diagram_id: &str) -> Result<String, DiagramError> {
    let light = contrast::fix_section_labels(&engine::draw(source, diagram_id, engine::Scheme::Light)?);
    let dark = contrast::fix_section_labels(&engine::draw(source, diagram_id, engine::Scheme::Dark)?);
    match theme::merge(&light, &dark) {
        Some(merged) => {
            let merged = labels::fix(&contrast::fix_author_fills(&merged));
            let scoped = ids::scope_all_ids(&minify::round_geometry(&merged), diagram_id);
            Ok(figure::accessible_svg(&scoped, diagram_id))
        }
        None => {
            // The drawings differ beyond colours: ship both, switched by
            // CSS; the dark one draws under its own id so no id repeats.
            let dark_id = format!("{diagram_id}-dark");
            let dark = contrast::fix_section_labels(&engine::draw(source, &dark_id, engine::Scheme::Dark)?);
            let light = minify::round_geometry(&labels::fix(&light));
            let dark = minify::round_geometry(&labels::fix(&dark));
            let light = figure::accessible_svg(&ids::scope_all_ids(&light, diagram_id), diagram_id);
            let dark = figure::accessible_svg(&ids::scope_all_ids(&dark, &dark_id), &dark_id);
            Ok(format!("{}{}", figure::mark_scheme(&light, "light"), figure::mark_scheme(&dark, "dark")))
        }
    }
}

/// Drops every in-memory cache entry (benchmarks measure cold renders).
pub fn clear_memory_cache() {
    cache::clear_memory();
}
