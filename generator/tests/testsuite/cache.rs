//! The highlight cache: a second build reuses highlighted blocks and gives
//! byte-identical output; a changed block is highlighted afresh.

use crate::common::Site;

#[test]
fn rebuild_uses_the_cache_and_matches() {
    let site = Site::fixture("highlight/languages");
    site.build_ok();
    let first = site.read("index.html");
    let cache = site.root().join(".crib-cache/highlight.bin");
    assert!(cache.exists(), "cache written");
    let size = std::fs::metadata(&cache).unwrap().len();
    assert!(size > 1000);
    site.build_ok();
    assert_eq!(site.read("index.html"), first, "cached output identical");
    // A changed block: new output, and the cache holds only live entries.
    let page = site.root().join("content/index.md");
    let text = std::fs::read_to_string(&page).unwrap().replace("const x = 1;", "const y = 2;");
    std::fs::write(&page, text).unwrap();
    site.build_ok();
    let third = site.read("index.html");
    assert!(third.contains("const</span> y ") && !third.contains("const</span> x "), "changed block re-highlighted");
    assert_ne!(third, first);
}

#[test]
fn corrupt_cache_is_ignored() {
    let site = Site::fixture("highlight/languages");
    site.write(".crib-cache/highlight.bin", "CRIBHL1\ngarbage");
    site.build_ok();
    assert!(site.read("index.html").contains("<span class="));
}
