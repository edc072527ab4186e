//! The typed page model: what the markdown stage learns of a page while it
//! renders it, so that later stages read it instead of parsing the page or
//! its HTML again. Examples take their virtual files from it, `crib check`
//! its code blocks and element ids, the theme its table of contents.

use super::CodeBlock;
use crate::diagnostics::Diagnostic;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One rendered page body and what it is made of.
#[derive(Debug, Default)]
pub struct PageModel {
    pub html: String,
    /// h2-h4, nested.
    pub toc: Vec<TocEntry>,
    /// Every heading, in order.
    pub headings: Vec<Heading>,
    /// Whether the body has its own `#` heading (the theme then omits one).
    pub has_h1: bool,
    /// Every code block with its parsed info string, in order.
    pub code_blocks: Vec<CodeBlock>,
    /// The files every example of the page starts with (see [`page_files`]).
    pub files: Vec<(String, String)>,
    /// Every element id the page's Markdown writes: headings, footnote
    /// definitions and the page's own raw HTML. (The fences' HTML, such as
    /// a diagram's, carries ids of its own that nothing links to.)
    pub ids: BTreeSet<String>,
    pub diagnostics: Vec<Diagnostic>,
}

/// A heading of the page: its level (1-6), unique id and text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// A heading in the table of contents, with the ones nested under it.
#[derive(Debug, Clone, Serialize)]
pub struct TocEntry {
    pub level: u8,
    pub id: String,
    /// `#` and the id, percent-encoded: the link to the heading.
    pub href: String,
    pub title: String,
    pub children: Vec<TocEntry>,
}

/// The files every example of a page starts with: the front matter's
/// `files` table (by name), then every `file=NAME` fence of the body,
/// before or after the example (a fence replaces a front matter file of the
/// same name, a later fence an earlier one).
pub fn page_files(front_matter: &BTreeMap<String, String>, blocks: &[CodeBlock]) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = front_matter.iter().map(|(n, t)| (n.clone(), t.clone())).collect();
    for block in blocks {
        if let Some(name) = block.attr("file").filter(|n| !n.is_empty()) {
            files.retain(|(n, _)| n != name);
            files.push((name.to_string(), block.code.clone()));
        }
    }
    files
}

/// Adds every `id="..."` of a piece of the page's raw HTML to `ids`.
pub fn html_ids(html: &str, ids: &mut BTreeSet<String>) {
    let mut rest = html;
    while let Some(i) = rest.find(" id=\"") {
        rest = &rest[i + 5..];
        if let Some(end) = rest.find('"') {
            ids.insert(unescape(&rest[..end]));
            rest = &rest[end..];
        }
    }
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&amp;", "&")
}

pub(super) fn nest_toc(headings: &[Heading]) -> Vec<TocEntry> {
    let mut root: Vec<TocEntry> = Vec::new();
    for h in headings.iter().filter(|h| (2..=4).contains(&h.level)) {
        let href = format!("#{}", super::links::encode_fragment(&h.id));
        let entry = TocEntry { level: h.level, id: h.id.clone(), href, title: h.text.clone(), children: Vec::new() };
        insert(&mut root, entry);
    }
    root
}

fn insert(list: &mut Vec<TocEntry>, entry: TocEntry) {
    match list.last_mut() {
        Some(last) if last.level < entry.level => insert(&mut last.children, entry),
        _ => list.push(entry),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::{FenceRenderer, Input, LinkMap, render};
    use std::sync::{Arc, Mutex};

    /// Records the files each block was rendered with, and reports one
    /// diagnostic per block.
    #[derive(Default)]
    struct Recorder(Mutex<Vec<Vec<(String, String)>>>);

    impl FenceRenderer for Recorder {
        fn render(&self, block: &CodeBlock, page: &Input, files: &[(String, String)]) -> (String, Vec<Diagnostic>) {
            self.0.lock().unwrap().push(files.to_vec());
            (
                String::new(),
                vec![Diagnostic::warning(page.file, page.text.clone(), 0..0, format!("block {}", block.index))],
            )
        }
    }

    fn model(text: &str, fences: &Recorder) -> PageModel {
        let text: Arc<str> = text.into();
        let (meta, body_start) = crate::content::front_matter::split(&text).unwrap();
        let mut links = LinkMap::default();
        links.insert("a.md", "a.html");
        let input = Input {
            file: "content/a.md",
            text: &text,
            body_start,
            rel_path: "a.md",
            output_path: "a.html",
            links: &links,
            meta: &meta,
        };
        render(&input, fences)
    }

    fn pair(name: &str, text: &str) -> (String, String) {
        (name.to_string(), text.to_string())
    }

    #[test]
    fn files_are_the_front_matter_then_every_file_fence_also_later_ones() {
        let md = "+++\n[files]\n\"config.json\" = '{\"port\": 1}'\n\"a.txt\" = \"A\"\n+++\n# T\n\n```js\nx\n```\n\n\
                  ```json file=config.json\n{\"port\": 2}\n```\n\n```text file=notes.txt\nhi\n```\n\n```text file=notes.txt\nagain\n```\n";
        let fences = Recorder::default();
        let page = model(md, &fences);
        let want = vec![pair("a.txt", "A"), pair("config.json", "{\"port\": 2}\n"), pair("notes.txt", "again\n")];
        assert_eq!(page.files, want, "front matter first, a fence of the same name wins, a later fence an earlier one");
        assert_eq!(fences.0.lock().unwrap()[0], want, "the first block already sees the fences after it");
        let yaml = "---\nfiles:\n  data/x.txt: |\n    hi\n---\nbody\n";
        assert_eq!(model(yaml, &Recorder::default()).files, vec![pair("data/x.txt", "hi\n")]);
        assert_eq!(model("no front matter\n\n    indented\n", &Recorder::default()).files, vec![]);
    }

    #[test]
    fn ids_are_every_id_the_markdown_writes() {
        let md = "# Title\n\n## Title {#own}\n\nText[^note] <span id=\"inline\">x</span>\n\n<div\n  id=\"block &amp; more\">\n</div>\n\n\
                  ## With <a id=\"in-heading\"></a> html\n\n[^note]: The note.\n\n\
                  Prose that says id=\"prose\" and `<b id=\"inline-code\">` name no element.\n\n    <i id=\"code\">\n";
        let page = model(md, &Recorder::default());
        let ids: Vec<&str> = page.ids.iter().map(String::as_str).collect();
        assert_eq!(ids, ["block & more", "in-heading", "inline", "note", "own", "title", "with--html"]);
        let headings: Vec<(u8, &str, &str)> =
            page.headings.iter().map(|h| (h.level, h.id.as_str(), h.text.as_str())).collect();
        assert_eq!(headings, [(1, "title", "Title"), (2, "own", "Title"), (2, "with--html", "With  html")]);
    }

    #[test]
    fn diagnostics_stay_in_page_order() {
        let md = "[a](missing.md)\n\n```js\nx\n```\n\n[b](gone.md)\n\n```js\ny\n```\n";
        let page = model(md, &Recorder::default());
        let messages: Vec<&str> = page.diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "link to a page that does not exist: content/missing.md",
                "block 0",
                "link to a page that does not exist: content/gone.md",
                "block 1"
            ]
        );
    }
}
