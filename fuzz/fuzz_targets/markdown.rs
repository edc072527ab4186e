//! Any text as a page body: rendered (links rewritten against a few pages
//! with odd names), its diagnostics rendered, its HTML cut for search.
#![no_main]

use crib::diagnostics::Diagnostic;
use crib::markdown::{self, CodeBlock, FenceRenderer, Input, LinkMap};
use libfuzzer_sys::fuzz_target;
use std::sync::Arc;

struct Fences;

impl FenceRenderer for Fences {
    fn render(&self, block: &CodeBlock, _page: &Input) -> (String, Vec<Diagnostic>) {
        (markdown::escape(&block.code), Vec::new())
    }
}

fuzz_target!(|text: &str| {
    let mut links = LinkMap::default();
    for (rel, out) in [("index.md", "index.html"), ("my notes #1.md", "my notes #1.html"), ("sub dir/a b.md", "sub dir/a b.html")] {
        links.insert(rel, out);
    }
    let text: Arc<str> = text.into();
    let input = Input { file: "content/x.md", text: &text, body_start: 0, rel_path: "sub dir/x.md", output_path: "sub dir/x.html", links: &links };
    let rendered = markdown::render(&input, &Fences);
    for d in &rendered.diagnostics {
        assert!(d.span.end <= text.len() && text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
        let _ = d.render(false);
    }
    let _ = crib::search::extract::sections(&rendered.html);
});
