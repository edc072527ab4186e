//! Full-text search, built at build time: every rendered page is cut into
//! sections at its headings ([`extract`]), and the sections are written as
//! `search-index.js`, a script assigning `window.__cribSearchIndex`, so the
//! browser side (`themes/default/static/search.js`) loads it with a
//! `<script>` tag and search works from `file://` with no server.
//!
//! The browser builds its term list from the section texts on first use
//! (tokenizing is cheaper than shipping postings), then matches titles,
//! headings, body and code with prefix and typo tolerance.

pub mod extract;

use crate::site::extension::{Assets, Extension, RenderedPage};
use serde::Serialize;
use std::sync::Mutex;

/// The browser side, from the default theme (carried in the binary like the playground's files).
pub const SCRIPT: &str = include_str!("../../../themes/default/static/search.js");
pub const STYLE: &str = include_str!("../../../themes/default/static/search.css");

/// Where the index goes, from the output root.
pub const INDEX_FILE: &str = "search-index.js";

/// The build stage: an [`Extension`] of the site that collects every page.
#[derive(Default)]
pub struct Search {
    pages: Mutex<Vec<IndexedPage>>,
}

/// One page of the index.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct IndexedPage {
    /// Output path, relative to the site root (`a/b.html`).
    pub url: String,
    pub title: String,
    /// The page's sections, the part before the first heading first.
    pub sections: Vec<extract::Section>,
}

impl Search {
    pub fn new() -> Self {
        Self::default()
    }

    /// The index script for the pages collected so far (sorted by URL, so
    /// the same site gives the same bytes).
    pub fn index_js(&self) -> String {
        let mut pages = self.pages.lock().unwrap_or_else(|e| e.into_inner()).clone();
        pages.sort_by(|a, b| a.url.cmp(&b.url));
        index_js(&pages)
    }
}

/// `window.__cribSearchIndex = {...};` for `pages`. Compact arrays:
/// `p` = [url, title] per page, `s` = [page, heading id, heading, body, code]
/// per section.
pub fn index_js(pages: &[IndexedPage]) -> String {
    let mut p = Vec::with_capacity(pages.len());
    let mut s = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        p.push(serde_json::json!([page.url, page.title]));
        for sec in &page.sections {
            s.push(serde_json::json!([i, sec.id, sec.heading, sec.body, sec.code]));
        }
    }
    let json = serde_json::json!({ "v": 1, "p": p, "s": s }).to_string();
    // `</script>` cannot occur in a .js file's meaning, but keep the text safe to inline.
    let json = json.replace("</", "<\\/");
    format!("/* crib search index (generated). */\nwindow.__cribSearchIndex = {json};\n")
}

impl Extension for Search {
    fn page_rendered(&self, page: &RenderedPage) {
        let entry = IndexedPage {
            url: page.page.output_path.clone(),
            title: page.page.title.clone(),
            sections: extract::sections(page.body_html),
        };
        self.pages.lock().unwrap_or_else(|e| e.into_inner()).push(entry);
    }

    fn files(&self) -> Vec<(String, Vec<u8>)> {
        vec![
            (INDEX_FILE.to_string(), self.index_js().into_bytes()),
            ("static/search.js".to_string(), SCRIPT.as_bytes().to_vec()),
            ("static/search.css".to_string(), STYLE.as_bytes().to_vec()),
        ]
    }

    fn assets(&self) -> Assets {
        Assets { styles: vec!["static/search.css".into()], scripts: vec!["static/search.js".into()], head_html: String::new() }
    }
}
