//! Any text as a page path: its URL is ASCII and decodes back, and a link
//! written with that URL reaches the page.
#![no_main]

use crib::markdown::links::{self, LinkMap, Rewrite};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|name: &str| {
    let parts: Vec<&str> = name.split('/').filter(|p| !p.is_empty() && *p != "." && *p != "..").collect();
    if parts.is_empty() {
        return;
    }
    let rel = format!("{}.md", parts.join("/"));
    let out = format!("{}.html", parts.join("/"));
    let url = links::encode_path(&out);
    assert!(url.is_ascii());
    assert_eq!(links::decode_path(&url).as_deref(), Some(out.as_str()));
    let mut map = LinkMap::default();
    map.insert(&rel, &out);
    match map.rewrite(&links::encode_path(&rel), "index.md", "index.html") {
        Rewrite::To(href) => assert_eq!(href, url),
        other => panic!("{other:?}"),
    }
});
