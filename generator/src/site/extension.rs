//! The seam for stages added on top of the core build (runnable examples,
//! search...): an [`Extension`] can append HTML after each code block, see
//! every rendered page, add files to the output, and add stylesheets and
//! scripts to every page (the theme's `assets` variable).
//!
//! Incremental builds reuse a page from the last build when nothing it
//! depends on changed (see `site::incremental`). An extension that changes
//! pages says what its output depends on besides the page and crib itself
//! ([`Extension::fingerprint`]); one that gathers data from pages returns
//! it as a record ([`Extension::page_rendered`]), kept with the page and
//! handed back when the page is reused ([`Extension::page_reused`]).

use crate::config::Config;
use crate::content::Page;
use crate::diagnostics::Diagnostic;
use crate::markdown::{CodeBlock, Input, PageModel};
use crate::site::output::Sink;
use crate::theme::Theme;
use std::sync::Arc;

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
    /// The markdown stage's model of the page (its body's HTML, without
    /// the theme around it, in `model.html`).
    pub model: &'a PageModel,
}

/// A later build stage. Every method has a do-nothing default. Methods are
/// called from several threads at once.
pub trait Extension: Sync {
    /// HTML placed inside the code block's wrapper, after the `<pre>`.
    /// `files` are the page's files ([`PageModel::files`]).
    fn after_code_block(&self, _page: &Input, _block: &CodeBlock, _files: &[(String, String)]) -> Option<String> {
        None
    }

    /// Rewrites a code block's highlighted HTML (the inside of its
    /// `<code>`), or `None` to leave it. Quiz examples wrap their
    /// documented output lines so the page can hide them until answered.
    fn code_html(&self, _page: &Input, _block: &CodeBlock, _files: &[(String, String)], _html: &str) -> Option<String> {
        None
    }

    /// A stable name, under which the page records of this extension are kept.
    fn name(&self) -> &'static str {
        ""
    }

    /// Settings that change this extension's per-page output (HTML after
    /// code blocks, assets), as text: part of every page's cache key.
    fn fingerprint(&self) -> String {
        String::new()
    }

    /// Called once per page after it was rendered and written. What it
    /// returns is kept with the page (under [`name`](Self::name)) for
    /// [`page_reused`](Self::page_reused).
    fn page_rendered(&self, _page: &RenderedPage) -> Option<Arc<str>> {
        None
    }

    /// Called instead of [`page_rendered`](Self::page_rendered) for a page
    /// reused unchanged from the last build, with the record it returned then.
    fn page_reused(&self, _page: &crate::content::Page, _record: Option<&Arc<str>>) {}

    /// Called once, before [`files`](Self::files), when at least one page
    /// was reused (so caches know some entries were not looked up).
    fn pages_reused(&self) {}

    /// Files to add to the output, called after every page was rendered.
    /// Theme files (its entry in [`THEME_FILES`]) come from `theme`
    /// ([`Theme::asset`]), so a site's override of them wins.
    fn files(&self, _theme: &Theme) -> Vec<(String, Vec<u8>)> {
        Vec::new()
    }

    /// Writes this extension's files into the output; by default, those of
    /// [`files`](Self::files). An extension with large files streams them
    /// through [`Sink::stream`] instead of holding them in memory.
    fn write_files(&self, sink: &dyn Sink, theme: &Theme) -> Vec<Diagnostic> {
        self.files(theme)
            .into_iter()
            .filter_map(|(path, bytes)| sink.write(&path, &bytes).err().map(|err| write_error(&path, &err)))
            .collect()
    }

    /// Called once with the complete staging folder, just before it is
    /// swapped in: may add files that depend on every other file (the
    /// offline service worker lists and hashes them all). Only staged
    /// outputs have a complete folder before the commit; an output updated
    /// in place (`crib serve`) never calls it.
    fn finish_output(&self, _dir: &std::path::Path, _config: &Config) -> Vec<Diagnostic> {
        Vec::new()
    }

    /// Called once after the build's output was committed (swapped or
    /// renamed into place): what it wrote is now what is on disk.
    fn committed(&self) {}

    /// Assets every page should load.
    fn assets(&self) -> Assets {
        Assets::default()
    }
}

/// The diagnostic for an output file that could not be written.
pub fn write_error(rel: &str, err: &std::io::Error) -> Diagnostic {
    Diagnostic::error(format!("dist/{rel}"), "", 0..0, format!("cannot write dist/{rel}: {err}"))
}

/// The theme files each extension writes itself (it asks the theme for
/// them by path, [`Theme::asset`]), by extension: the site writes every
/// other static file of the theme ([`Theme::statics`]).
pub const THEME_FILES: &[(&str, &[&str])] = &[
    ("examples", crate::playground_assets::THEME_FILES),
    ("search", crate::search::THEME_FILES),
    ("offline", crate::offline::THEME_FILES),
];

/// Whether an extension writes the theme file at `path` (from the theme's root).
pub fn owns_theme_file(path: &str) -> bool {
    THEME_FILES.iter().any(|(_, files)| files.contains(&path))
}
