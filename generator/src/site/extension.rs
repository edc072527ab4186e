//! The seam for stages added on top of the core build (runnable examples,
//! search...): an [`Extension`] can append HTML after each code block, see
//! every rendered page, add files to the output, and add stylesheets and
//! scripts to every page (the theme's `assets` variable).

use crate::config::Config;
use crate::content::Page;
use crate::diagnostics::Diagnostic;
use crate::markdown::{CodeBlock, Input};

/// Stylesheets and scripts (paths from the output root) and raw head HTML.
#[derive(Debug, Default, Clone)]
pub struct Assets {
    pub styles: Vec<String>,
    pub scripts: Vec<String>,
    pub head_html: String,
}

/// A page after rendering, as extensions see it.
pub struct RenderedPage<'a> {
    pub page: &'a Page,
    /// (level, id, text) of every heading.
    pub headings: &'a [(u8, String, String)],
    /// Every code block with its parsed info string.
    pub code_blocks: &'a [CodeBlock],
    /// The page body's HTML (without the theme around it).
    pub body_html: &'a str,
}

/// A later build stage. Every method has a do-nothing default. Methods are
/// called from several threads at once.
pub trait Extension: Sync {
    /// HTML placed inside the code block's wrapper, after the `<pre>`.
    fn after_code_block(&self, _page: &Input, _block: &CodeBlock) -> Option<String> {
        None
    }

    /// Called once per page after it was rendered and written.
    fn page_rendered(&self, _page: &RenderedPage) {}

    /// Files to add to the output, called after every page was rendered.
    fn files(&self) -> Vec<(String, Vec<u8>)> {
        Vec::new()
    }

    /// Called once with the complete staging folder, just before it is
    /// swapped in: may add files that depend on every other file (the
    /// offline service worker lists and hashes them all).
    fn finish_output(&self, _dir: &std::path::Path, _config: &Config) -> Vec<Diagnostic> {
        Vec::new()
    }

    /// Assets every page should load.
    fn assets(&self) -> Assets {
        Assets::default()
    }
}
