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

use crate::diagnostics::Diagnostic;
use crate::site::extension::{Assets, Extension, RenderedPage, write_error};
use crate::site::output::Sink;
use serde::Serialize;
use std::io::{self, Write};
use std::sync::{Arc, Mutex};

/// The browser side, from the default theme (carried in the binary like the playground's files).
pub const SCRIPT: &str = include_str!("../../../themes/default/static/search.js");
pub const STYLE: &str = include_str!("../../../themes/default/static/search.css");

/// Where the index goes, from the output root.
pub const INDEX_FILE: &str = "search-index.js";

/// The build stage: an [`Extension`] of the site that collects every page.
/// Each page's sections are kept as ready-made index rows ([`section_rows`]),
/// which are also the page's record for incremental builds: a reused page
/// hands its rows back and nothing is parsed again. The rows are shared
/// (one copy in memory with the build records), and the index is streamed
/// into its file, never assembled as one string.
#[derive(Default)]
pub struct Search {
    /// (url, title, rows) per page.
    pages: Mutex<Vec<(String, String, Arc<str>)>>,
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
        let mut out = Vec::new();
        self.write_index(&mut out).expect("writing to memory");
        String::from_utf8(out).expect("the index is UTF-8")
    }

    /// Writes the index script for the pages collected so far to `out`.
    pub fn write_index(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        pages.sort_by(|a, b| a.0.cmp(&b.0));
        write_index_from_rows(&pages, out)
    }

    /// Adds the page at output path `path` (its URL in the index is encoded).
    fn add(&self, path: &str, title: &str, rows: Arc<str>) {
        let url = crate::markdown::links::encode_path(path);
        self.pages.lock().unwrap_or_else(|e| e.into_inner()).push((url, title.to_string(), rows));
    }
}

/// A page's sections as index rows without their page number: one line per
/// section, the JSON array `[id, heading, body, code]` without its `[`,
/// every `</` already written `<\/` (see [`write_escaped`]). (JSON text
/// never contains a raw line break, so lines separate rows.)
pub fn section_rows(sections: &[extract::Section]) -> String {
    let mut rows = String::new();
    for sec in sections {
        let row = serde_json::json!([sec.id, sec.heading, sec.body, sec.code]).to_string();
        if !rows.is_empty() {
            rows.push('\n');
        }
        rows.push_str(&row[1..].replace("</", "<\\/"));
    }
    rows
}

/// Writes JSON text with every `</` as `<\/` (same meaning in JSON; keeps
/// the script safe to inline in HTML).
fn write_escaped(out: &mut dyn Write, json: &str) -> io::Result<()> {
    let mut parts = json.split("</");
    if let Some(first) = parts.next() {
        out.write_all(first.as_bytes())?;
    }
    for part in parts {
        out.write_all(b"<\\/")?;
        out.write_all(part.as_bytes())?;
    }
    Ok(())
}

/// The same bytes as [`index_js`], written from each page's rows.
fn write_index_from_rows(pages: &[(String, String, Arc<str>)], out: &mut dyn Write) -> io::Result<()> {
    out.write_all(b"/* crib search index (generated). */\nwindow.__cribSearchIndex = {\"v\":1,\"p\":[")?;
    for (i, (url, title, _)) in pages.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        write_escaped(out, &serde_json::json!([url, title]).to_string())?;
    }
    out.write_all(b"],\"s\":[")?;
    let mut first = true;
    for (i, (_, _, rows)) in pages.iter().enumerate() {
        let start = format!("[{i},");
        for row in rows.split('\n').filter(|r| !r.is_empty()) {
            if !first {
                out.write_all(b",")?;
            }
            first = false;
            out.write_all(start.as_bytes())?;
            out.write_all(row.as_bytes())?;
        }
    }
    out.write_all(b"]};\n")
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
    fn name(&self) -> &'static str {
        "search"
    }

    fn page_rendered(&self, page: &RenderedPage) -> Option<Arc<str>> {
        let rows: Arc<str> = section_rows(&extract::sections(page.body_html)).into();
        self.add(&page.page.output_path, &page.page.title, rows.clone());
        Some(rows)
    }

    fn page_reused(&self, page: &crate::content::Page, record: Option<&Arc<str>>) {
        self.add(&page.output_path, &page.title, record.cloned().unwrap_or_else(|| Arc::from("")));
    }

    fn write_files(&self, sink: &dyn Sink) -> Vec<Diagnostic> {
        let mut diags = Vec::new();
        if let Err(err) = sink.stream(INDEX_FILE, &mut |out| self.write_index(out)) {
            diags.push(write_error(INDEX_FILE, &err));
        }
        for (path, text) in [("static/search.js", SCRIPT), ("static/search.css", STYLE)] {
            if let Err(err) = sink.write(path, text.as_bytes()) {
                diags.push(write_error(path, &err));
            }
        }
        diags
    }

    fn assets(&self) -> Assets {
        Assets { styles: vec!["static/search.css".into()], scripts: vec!["static/search.js".into()], head_html: String::new() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use extract::Section;

    #[test]
    fn rows_assemble_to_the_same_index() {
        let sec = |id: &str, body: &str| Section { id: id.into(), heading: id.to_uppercase(), body: body.into(), code: "let x = 1;\n</script>".into() };
        let pages = vec![
            IndexedPage { url: "a.html".into(), title: "A \"quoted\"".into(), sections: vec![sec("", "intro"), sec("one", "line\nbreak")] },
            IndexedPage { url: "b/c.html".into(), title: "C".into(), sections: Vec::new() },
            IndexedPage { url: "d.html".into(), title: "D".into(), sections: vec![sec("x", "é ✓ </b>")] },
        ];
        let rows: Vec<(String, String, Arc<str>)> = pages.iter().map(|p| (p.url.clone(), p.title.clone(), section_rows(&p.sections).into())).collect();
        let mut written = Vec::new();
        write_index_from_rows(&rows, &mut written).unwrap();
        assert_eq!(String::from_utf8(written).unwrap(), index_js(&pages));
    }
}
