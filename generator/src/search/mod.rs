//! Full-text search, built at build time: every rendered page is cut into
//! sections at its headings ([`extract`]), the sections are tokenized and
//! scored ([`shards`]), and the index is written as small classic scripts
//! (JSONP style, so `<script>` tags load them from `file://` with no server):
//! `search-index.js` holds the page list and the term dictionary, and
//! `search/t<j>.js` / `search/d<g>.js` hold postings by term prefix and
//! section texts by page. The browser side (`themes/default/static/search.js`)
//! loads the dictionary on first use, then only the shards a query's terms
//! and its shown results need, and matches titles, headings, body and code
//! with prefix and typo tolerance.
//!
//! The stage keeps each page's index between builds of `crib serve`
//! (pages are matched by their rows), so an edit re-indexes one page and
//! rewrites only the shard files whose bytes it changes.

pub mod extract;
pub mod shards;
pub mod vocab;

use crate::diagnostics::Diagnostic;
use crate::site::extension::{Assets, Extension, RenderedPage, write_error};
use crate::site::output::Sink;
use std::collections::HashMap;
use std::io;
use std::sync::{Arc, Mutex};

/// The browser side: theme files this stage writes (a site may override them).
pub const THEME_FILES: &[&str] = &["static/search.js", "static/search.css"];

/// Where the index goes, from the output root.
pub const INDEX_FILE: &str = "search-index.js";

/// Where the shards go, from the output root.
pub const SHARD_DIR: &str = "search";

/// Where [`Search::write_index`] puts a file: `Some(bytes)` to write it, `None`
/// to keep the last build's copy (an error when there is none).
type Put<'a> = dyn FnMut(&str, Option<&[u8]>) -> io::Result<()> + 'a;

/// The build stage: an [`Extension`] of the site that collects every page.
/// Each page's sections are kept as ready-made index rows ([`section_rows`]),
/// which are also the page's record for incremental builds: a reused page
/// hands its rows back. The rows are shared (one copy in memory with the
/// build records). A `Search` kept from one build to the next (as `crib
/// serve` does, calling [`reset`](Self::reset) before each build) re-indexes
/// only pages whose rows changed and keeps untouched shard files as they are.
#[derive(Default)]
pub struct Search {
    /// (url, title, rows) per page of the current build.
    pages: Mutex<Vec<(String, String, Arc<str>)>>,
    memo: Mutex<Memo>,
    stats: Mutex<WriteStats>,
}

/// What the last build indexed, for the next one.
#[derive(Default)]
struct Memo {
    /// url -> (title, rows, index).
    pages: HashMap<String, (String, Arc<str>, Arc<shards::PageIndex>)>,
    /// The files of the last build whose output was committed
    /// ([`Extension::committed`]): what is on disk.
    last: Option<Written>,
    /// The files of the build in progress, until it is committed.
    pending: Option<Written>,
}

/// The index files the last build wrote, by page.
struct Written {
    pages: Vec<(String, String)>,
    index: Vec<Arc<shards::PageIndex>>,
    chunks: Vec<Arc<Vec<String>>>,
    n: usize,
    split: shards::Split,
    /// The dictionary of `index`, patched by the next build that lines up
    /// with this one (taken out for it: a build that is not committed
    /// leaves `None`, and the next one builds the dictionary afresh).
    vocab: Option<vocab::Vocab>,
}

/// What [`Extension::write_files`] did in the last build.
#[derive(Debug, Clone, Default)]
pub struct WriteStats {
    /// Index files written (output paths), sorted.
    pub written: Vec<String>,
    /// Index files kept as the previous build left them.
    pub kept: usize,
    /// Pages indexed again (not matched from the previous build).
    pub indexed: usize,
    /// Time spent on the index files, indexing included.
    pub elapsed: std::time::Duration,
}

impl Search {
    pub fn new() -> Self {
        Self::default()
    }

    /// Forgets the pages collected for the last build (its index is kept
    /// for matching); call before building again with the same `Search`.
    pub fn reset(&self) {
        self.pages.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    /// What the last [`Extension::write_files`] did.
    pub fn stats(&self) -> WriteStats {
        self.stats.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Every index file for the pages collected so far (sorted by URL, so
    /// the same site gives the same bytes): output path and bytes.
    pub fn index_files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files = Vec::new();
        self.write_index(
            &mut |rel, bytes| {
                files.push((rel.to_string(), bytes.map(<[u8]>::to_vec).unwrap_or_default()));
                Ok(())
            },
            false,
        );
        files
    }

    /// Writes the index files through `put(rel, Some(bytes))`, or, when
    /// `keep` allows it, `put(rel, None)` for a file whose bytes the last
    /// build already wrote. Returns what was done.
    fn write_index(&self, put: &mut Put<'_>, keep: bool) -> (WriteStats, Vec<(String, io::Error)>) {
        use rayon::prelude::*;
        let started = std::time::Instant::now();
        let mut pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        pages.sort_by(|a, b| a.0.cmp(&b.0));
        let mut memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
        let known = &memo.pages;
        let index: Vec<(Arc<shards::PageIndex>, bool)> = pages
            .par_iter()
            .map(|(url, title, rows)| match known.get(url) {
                Some((t, r, ix)) if t == title && (Arc::ptr_eq(r, rows) || **r == **rows) => (ix.clone(), false),
                _ => (Arc::new(shards::index_page(title, rows)), true),
            })
            .collect();
        let indexed = index.iter().filter(|(_, new)| *new).count();
        let index: Vec<Arc<shards::PageIndex>> = index.into_iter().map(|(ix, _)| ix).collect();
        memo.pages = pages
            .iter()
            .zip(&index)
            .map(|((url, title, rows), ix)| (url.clone(), (title.clone(), rows.clone(), ix.clone())))
            .collect();

        let n = shards::term_shard_count(index.iter().map(|p| p.posting_bytes).sum());
        let list: Vec<(String, String)> = pages.iter().map(|(u, t, _)| (u.clone(), t.clone())).collect();
        // The last build, if its files line up page for page with this one's.
        memo.pending = None;
        let lined_up = keep && memo.last.as_ref().is_some_and(|l| l.n == n && l.pages == list);
        // The dictionary: the last one patched with the changed pages' terms, or built afresh.
        let vocab = match (lined_up, memo.last.as_mut().and_then(|l| l.vocab.take())) {
            (true, Some(mut vocab)) => {
                let l = memo.last.as_ref().expect("lined up");
                let changed: Vec<usize> = (0..index.len()).filter(|&i| !Arc::ptr_eq(&l.index[i], &index[i])).collect();
                vocab.update(&changed, &l.index, &index);
                vocab
            }
            _ => vocab::Vocab::build(&index),
        };
        let split = shards::Split::new(vocab.split_prefixes(shards::SPLIT_BYTES, shards::MAX_KEY_UNITS));
        // A changed split set moves terms between shards: everything is written again.
        let last = memo.last.as_ref().filter(|l| lined_up && l.split == split);
        let changed: Vec<usize> = match &last {
            Some(l) => (0..index.len()).filter(|&i| !Arc::ptr_eq(&l.index[i], &index[i])).collect(),
            None => Vec::new(),
        };
        let chunks: Vec<Arc<Vec<String>>> = index
            .par_iter()
            .enumerate()
            .map(|(i, page)| match &last {
                Some(l) if Arc::ptr_eq(&l.index[i], page) => l.chunks[i].clone(),
                _ => Arc::new(shards::page_chunks(page, n, &split)),
            })
            .collect();

        let mut stats = WriteStats { indexed, ..WriteStats::default() };
        let mut errors = Vec::new();
        let mut emit = |rel: String, unchanged: bool, bytes: &mut dyn FnMut() -> Vec<u8>| {
            let result = if unchanged {
                put(&rel, None).or_else(|_| put(&rel, Some(&bytes())))
            } else {
                put(&rel, Some(&bytes()))
            };
            match result {
                Ok(()) if unchanged => stats.kept += 1,
                Ok(()) => stats.written.push(rel),
                Err(err) => errors.push((rel, err)),
            }
        };

        // The dictionary: changes with the page list or any page's terms.
        let dict_same = last.as_ref().is_some_and(|l| changed.iter().all(|&i| same_terms(&l.index[i], &index[i])));
        emit(INDEX_FILE.to_string(), dict_same, &mut || {
            let (terms, order, groups) = vocab.dictionary();
            let mut json = String::with_capacity(terms.len() + order.len() * 7 + list.len() * 64);
            json.push_str(&format!("{{\"v\":3,\"n\":{n},\"g\":{},\"s\":", shards::DOC_PAGES));
            json.push_str(&serde_json::to_string(&split.list).expect("strings"));
            json.push_str(",\"p\":[");
            for (i, (url, title)) in list.iter().enumerate() {
                if i > 0 {
                    json.push(',');
                }
                json.push_str(&serde_json::json!([url, title]).to_string().replace("</", "<\\/"));
            }
            json.push_str("],\"t\":");
            json.push_str(&serde_json::to_string(&terms).expect("a string"));
            json.push_str(",\"o\":");
            json.push_str(&serde_json::to_string(&order).expect("numbers"));
            json.push_str(",\"l\":");
            json.push_str(&serde_json::to_string(&groups).expect("numbers"));
            json.push('}');
            let mut out = Vec::with_capacity(json.len() + 200);
            out.extend_from_slice(
                b"/* crib search index (generated): pages and terms; postings and texts are in search/. */\n",
            );
            // JSON.parse of a string loads faster than the same object literal.
            out.extend_from_slice(b"window.__cribSearchIndex = JSON.parse('");
            out.extend_from_slice(json.replace('\\', "\\\\").replace('\'', "\\'").as_bytes());
            out.extend_from_slice(b"');\n");
            out
        });

        // Term shards: one pass per shard over the pages' ready-made chunks.
        for j in 0..n {
            if chunks.iter().all(|c| c[j].is_empty()) {
                continue;
            }
            let same = last.as_ref().is_some_and(|l| changed.iter().all(|&i| l.chunks[i][j] == chunks[i][j]));
            emit(format!("{SHARD_DIR}/t{j}.js"), same, &mut || {
                let mut out = shard_head(&format!("t{j}"));
                out.extend_from_slice(
                    shards::term_shard_js(chunks.iter().enumerate().map(|(i, c)| (i, c[j].as_str()))).as_bytes(),
                );
                out.extend_from_slice(b";\n");
                out
            });
        }

        // Document shards: the section texts of DOC_PAGES pages each.
        for (g, group) in index.chunks(shards::DOC_PAGES).enumerate() {
            let base = g * shards::DOC_PAGES;
            let same = last.as_ref().is_some_and(|l| {
                changed.iter().filter(|&&i| i / shards::DOC_PAGES == g).all(|&i| l.index[i].doc == index[i].doc)
            });
            emit(format!("{SHARD_DIR}/d{g}.js"), same, &mut || {
                let mut out = shard_head(&format!("d{g}"));
                out.push(b'[');
                for (k, page) in group.iter().enumerate() {
                    if k > 0 {
                        out.push(b',');
                    }
                    out.extend_from_slice(format!("[{},", base + k).as_bytes());
                    out.extend_from_slice(page.doc.as_bytes());
                    out.push(b']');
                }
                out.extend_from_slice(b"];\n");
                out
            });
        }
        memo.pending = Some(Written { pages: list, index, chunks, n, split, vocab: Some(vocab) });
        stats.written.sort();
        stats.elapsed = started.elapsed();
        (stats, errors)
    }

    /// The files of the last write are on disk now.
    fn committed(&self) {
        let mut memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(done) = memo.pending.take() {
            memo.last = Some(done);
        }
    }

    /// Adds the page at output path `path` (its URL in the index is encoded).
    fn add(&self, path: &str, title: &str, rows: Arc<str>) {
        let url = crate::markdown::links::encode_path(path);
        self.pages.lock().unwrap_or_else(|e| e.into_inner()).push((url, title.to_string(), rows));
    }
}

/// Whether two indexes of a page have the same terms in the same order.
fn same_terms(a: &shards::PageIndex, b: &shards::PageIndex) -> bool {
    a.terms.len() == b.terms.len() && a.terms.iter().zip(&b.terms).all(|(x, y)| x.0 == y.0)
}

/// The start of shard `name`'s script, up to its value.
fn shard_head(name: &str) -> Vec<u8> {
    format!("/* crib search shard (generated). */\n(window.__cribSearchShards = window.__cribSearchShards || {{}})[\"{name}\"] = ").into_bytes()
}

/// A page's sections as index rows without their page number: one line per
/// section, the JSON array `[id, heading, body, code]` without its `[`,
/// every `</` already written `<\/` (safe to inline in HTML). (JSON text
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

impl Extension for Search {
    fn name(&self) -> &'static str {
        "search"
    }

    fn page_rendered(&self, page: &RenderedPage) -> Option<Arc<str>> {
        let rows: Arc<str> = section_rows(&extract::sections(&page.model.html)).into();
        self.add(&page.page.output_path, &page.page.title, rows.clone());
        Some(rows)
    }

    fn page_reused(&self, page: &crate::content::Page, record: Option<&Arc<str>>) {
        self.add(&page.output_path, &page.title, record.cloned().unwrap_or_else(|| Arc::from("")));
    }

    fn write_files(&self, sink: &dyn Sink, theme: &crate::theme::Theme) -> Vec<Diagnostic> {
        let mut diags = Vec::new();
        let (stats, errors) = self.write_index(
            &mut |rel, bytes| match bytes {
                Some(bytes) => sink.write(rel, bytes),
                None => sink.keep(rel),
            },
            true,
        );
        *self.stats.lock().unwrap_or_else(|e| e.into_inner()) = stats;
        for (rel, err) in errors {
            diags.push(write_error(&rel, &err));
        }
        for path in THEME_FILES {
            if let Err(err) = sink.write(path, theme.asset(path)) {
                diags.push(write_error(path, &err));
            }
        }
        diags
    }

    /// The build's output was committed: its files are now the ones to keep.
    fn committed(&self) {
        Search::committed(self);
    }

    fn assets(&self) -> Assets {
        Assets {
            styles: vec!["static/search.css".into()],
            scripts: vec!["static/search.js".into()],
            head_html: String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use extract::Section;

    #[test]
    fn files_are_scripts_and_an_edit_changes_only_its_shards() {
        let sec = |id: &str, body: &str| Section {
            id: id.into(),
            heading: id.to_uppercase(),
            body: body.into(),
            code: "let x = 1;\n</script>".into(),
        };
        let search = Search::new();
        let add = |body: &str| {
            search.reset();
            search.add("a.html", "A \"quoted\"", section_rows(&[sec("", "intro"), sec("one", body)]).into());
            search.add("b/c.html", "C", Arc::from(""));
            search.add("d.html", "D", section_rows(&[sec("x", "é ✓ </b>")]).into());
        };
        add("line\nbreak");
        let files = search.index_files();
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names[0], INDEX_FILE);
        assert!(names.contains(&"search/t0.js") && names.contains(&"search/d0.js"), "{names:?}");
        for (name, bytes) in &files {
            let text = String::from_utf8(bytes.clone()).unwrap();
            assert!(!text.contains("</"), "{name} is safe to inline: {text}");
        }
        let dict = String::from_utf8(files[0].1.clone()).unwrap();
        // In a JSON.parse('...') string: backslashes doubled.
        assert!(dict.contains(r#"["a.html","A \\"quoted\\""]"#), "{dict}");

        // Kept between builds: the same pages again keep every file.
        let mut written = Vec::new();
        let keep_all = |search: &Search, written: &mut Vec<String>| {
            let (stats, errors) = search.write_index(
                &mut |rel, bytes| {
                    if bytes.is_some() {
                        written.push(rel.to_string());
                    }
                    Ok(())
                },
                true,
            );
            assert!(errors.is_empty());
            search.committed();
            stats
        };
        search.committed();
        add("line\nbreak");
        let stats = keep_all(&search, &mut written);
        assert!(written.is_empty() && stats.indexed == 0, "{written:?}");
        // A new word in one page: the dictionary, its shard and the page's document shard.
        add("line\nbreak zebra");
        let stats = keep_all(&search, &mut written);
        assert_eq!(stats.indexed, 1);
        assert_eq!(written, [INDEX_FILE.to_string(), "search/t0.js".into(), "search/d0.js".into()]);
    }
}
