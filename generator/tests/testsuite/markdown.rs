//! Markdown features: GFM tables, footnotes, strikethrough, task lists,
//! heading attributes and unique ids with anchors, alerts, TOC.

use crate::common::{Site, main_of};

#[test]
fn every_markdown_feature_renders() {
    let site = Site::fixture("markdown/features");
    site.build_ok();
    let html = site.read("index.html");
    insta::assert_snapshot!("markdown_features_main", main_of(&html));
    for needle in [
        "<table>",
        "<del>strikethrough</del>",
        "type=\"checkbox\"",
        "class=\"footnote-definition\"",
        "<div class=\"callout callout-note\"",
        "<div class=\"callout callout-tip\"",
        "<div class=\"callout callout-important\"",
        "<div class=\"callout callout-warning\"",
        "<div class=\"callout callout-caution\"",
        "<blockquote>",
        "id=\"custom-id\" class=\"fancy\"",
        "id=\"repeated\"",
        "id=\"repeated-1\"",
        "id=\"emoji--and-accents-café\"",
        "<a class=\"anchor\" href=\"#repeated-1\"",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
}

#[test]
fn table_of_contents_lists_h2_to_h4_nested() {
    let site = Site::fixture("markdown/features");
    site.build_ok();
    let html = site.read("index.html");
    let start = html.find("<aside class=\"toc\"").expect("toc aside");
    let end = start + html[start..].find("</aside>").unwrap();
    insta::assert_snapshot!("markdown_features_toc", &html[start..end + 8]);
}
