//! The default theme and overriding it per file from the site's themes/.

use crate::common::Site;

#[test]
fn default_theme_page_snapshot() {
    let site = Site::fixture("site/basic");
    site.build_ok();
    insta::assert_snapshot!("theme_full_page_events", site.read("guide/events.html"));
}

#[test]
fn theme_has_no_remote_resources() {
    let site = Site::fixture("site/basic");
    site.build_ok();
    for asset in ["static/style.css", "static/print.css", "static/crib.js"] {
        let text = site.read(asset);
        assert!(!text.contains("http://") && !text.contains("https://") && !text.contains("@import"), "{asset}");
    }
    let html = site.read("index.html");
    // The theme is chosen before first paint, in <head>, before the stylesheet.
    let script = html.find("localStorage.getItem(\"crib-theme\")").unwrap();
    assert!(script < html.find("static/style.css").unwrap());
    assert!(script < html.find("<body>").unwrap());
    assert!(html.contains("media=\"print\""));
}

#[test]
fn site_overrides_one_template_and_one_asset() {
    let site = Site::fixture("theme/override");
    site.build_ok();
    let html = site.read("index.html");
    assert!(html.contains("CUSTOM PAGE TEMPLATE Overridden"), "{html}");
    assert!(html.contains("class=\"sidebar\""), "base.html still the built-in one");
    assert!(site.read("static/style.css").contains("papayawhip"));
    assert!(site.read("static/crib.js").contains("crib-theme"), "other assets stay built-in");
}

#[test]
fn unknown_theme_is_an_error() {
    let site = Site::fixture("site/no-index");
    site.write("crib.toml", "title = \"x\"\ntheme = \"fancy\"\n");
    let run = site.build();
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("theme `fancy` not found"), "{}", run.stderr);
    assert!(run.stderr.contains("crib.toml:2:10"), "{}", run.stderr);
}
