//! Site structure: navigation order, generated indexes, link rewriting,
//! assets, 404, sitemap, relative URLs, atomic output.

use crate::common::{Site, main_of, nav_of, urls};

#[test]
fn builds_every_page_and_prints_one_summary_line() {
    let site = Site::fixture("site/basic");
    let run = site.build_ok();
    let summary: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(summary.len(), 1, "{}", run.stdout);
    assert!(summary[0].starts_with("built 9 pages in "), "{}", summary[0]);
    assert!(summary[0].ends_with(" ms (1 warning)"), "{}", summary[0]);
    insta::assert_snapshot!("basic_files", site.files().join("\n"));
}

#[test]
fn missing_link_target_is_a_warning_with_location() {
    let site = Site::fixture("site/basic");
    let run = site.build_ok();
    assert!(run.stderr.contains("link to a page that does not exist: content/guide/nope.md"), "{}", run.stderr);
    assert!(run.stderr.contains("content/index.md:7:3"), "{}", run.stderr);
}

#[test]
fn navigation_orders_by_weight_then_file_name() {
    let site = Site::fixture("site/basic");
    site.build_ok();
    insta::assert_snapshot!("basic_nav_on_events", nav_of(&site.read("guide/events.html")));
    // Outside the guide, its children are collapsed.
    let home_nav = nav_of(&site.read("index.html")).to_string();
    assert!(home_nav.contains("guide/index.html"));
    assert!(!home_nav.contains("guide/events.html"), "{home_nav}");
}

#[test]
fn md_links_become_relative_html_links() {
    let site = Site::fixture("site/basic");
    site.build_ok();
    let home = site.read("index.html");
    assert!(home.contains("href=\"guide/index.html\""));
    assert!(home.contains("href=\"guide/events.html#listeners\""));
    assert!(home.contains("src=\"img/logo.svg\""));
    let events = site.read("guide/events.html");
    assert!(events.contains("href=\"index.html\">guide"), "{}", main_of(&events));
    assert!(events.contains("href=\"../index.html\">home page"));
    assert!(events.contains("href=\"advanced/streams.html\">streams"));
    let streams = site.read("guide/advanced/streams.html");
    assert!(streams.contains("href=\"../basics.html\">basics"));
    assert!(streams.contains("href=\"../../static/style.css\""));
}

#[test]
fn every_url_is_relative_and_names_a_file() {
    let site = Site::fixture("site/basic");
    site.build_ok();
    for file in site.files().iter().filter(|f| f.ends_with(".html")) {
        let html = site.read(file);
        for url in urls(&html) {
            if url == "https://nodejs.org/" || url == "guide/nope.md" {
                continue; // written by the author (the broken one warns)
            }
            assert!(!url.starts_with('/') && !url.contains("://"), "{file}: absolute URL {url}");
            let path = url.split('#').next().unwrap();
            if path.is_empty() {
                continue;
            }
            assert!(!path.ends_with('/'), "{file}: {url} does not name a file");
            let dir = std::path::Path::new(file).parent().unwrap();
            assert!(site.root().join("dist").join(dir).join(path).exists(), "{file}: {url} points at nothing");
        }
    }
}

#[test]
fn drafts_generated_indexes_assets_404_and_sitemap() {
    let site = Site::fixture("site/basic");
    site.build_ok();
    assert!(!site.exists("guide/draft.html"));
    let extras = site.read("extras/index.html");
    assert!(extras.contains("href=\"a-page.html\">A page in a folder without index"), "{}", main_of(&extras));
    assert!(site.read("img/logo.svg").contains("<svg"));
    assert!(site.read("404.html").contains("Page not found"));
    insta::assert_snapshot!("basic_sitemap", site.read("sitemap.xml"));
}

#[test]
fn site_without_index_gets_one_listing_pages() {
    let site = Site::fixture("site/no-index");
    site.build_ok();
    let index = site.read("index.html");
    insta::assert_snapshot!("no_index_main", main_of(&index));
    assert!(!site.exists("sitemap.xml"), "no base_url, no sitemap");
    let beta = index.find("beta.html").unwrap();
    let alpha = index.find("alpha.html").unwrap();
    assert!(beta < alpha, "order = 1 puts Beta first");
}

#[test]
fn works_with_only_a_content_folder() {
    let site = Site::empty();
    site.write("content/hello.md", "# Hello\n\nJust content, no crib.toml, no theme.\n");
    site.build_ok();
    let html = site.read("hello.html");
    assert!(html.contains("<title>Hello · Cheat sheet</title>"), "{html}");
    assert!(site.exists("static/style.css"));
    assert!(site.exists("static/crib.js"));
}

#[test]
fn rebuild_replaces_output_and_leaves_no_temp_folders() {
    let site = Site::fixture("site/no-index");
    site.write("dist/stale.html", "from an older build");
    site.build_ok();
    assert!(!site.exists("stale.html"));
    site.build_ok();
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".dist"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn out_flag_and_refusal_to_overwrite_content() {
    let site = Site::fixture("site/no-index");
    let out = site.root().join("public/site");
    let run = site.build_args(&["--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(out.join("index.html").exists());
    let content = site.root().join("content");
    let run = site.build_args(&["--out", content.to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("would replace the site's own files"), "{}", run.stderr);
    assert!(content.join("alpha.md").exists());
}

#[test]
fn output_is_deterministic() {
    let a = Site::fixture("site/basic");
    let b = Site::fixture("site/basic");
    a.build_ok();
    b.build_ok();
    assert_eq!(a.files(), b.files());
    for f in a.files() {
        assert_eq!(
            std::fs::read(a.root().join("dist").join(&f)).unwrap(),
            std::fs::read(b.root().join("dist").join(&f)).unwrap(),
            "{f}"
        );
    }
}

#[test]
fn help_for_every_command() {
    for cmd in [vec!["--help"], vec!["build", "--help"]] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_crib")).args(&cmd).output().unwrap();
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("Usage"), "{text}");
    }
}
