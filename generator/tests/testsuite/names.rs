//! File names from every operating system and links written the way
//! CommonMark and GitHub define them (issue 20): percent-encoded
//! destinations (`my%20notes%20%231.md`, `<sub dir/a b.md>`) resolve to
//! the files they name; pages and folders keep their names; every URL
//! crib writes is percent-encoded; symlinks inside `content/` are
//! followed, loops and links leaving it are warnings.

use crate::common::{Site, urls};
use std::process::Command;

/// The pages of `site/odd-names`, as they are named on disk and as URLs.
const PAGES: [(&str, &str); 5] = [
    ("index.html", "index.html"),
    ("my notes #1.html", "my%20notes%20%231.html"),
    ("café.html", "caf%C3%A9.html"),
    ("100%.html", "100%25.html"),
    ("sub dir/a b.html", "sub%20dir/a%20b.html"),
];

/// stderr with miette's line wrapping undone (long messages are wrapped).
fn flat(stderr: &str) -> String {
    stderr.replace('│', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

fn decode(url: &str) -> String {
    percent_encoding::percent_decode_str(url).decode_utf8().unwrap_or_else(|e| panic!("{url}: {e}")).into_owned()
}

/// A URL as the HTML spec wants it in an attribute: no space, no raw
/// non-ASCII, no `%` that does not start an escape.
fn assert_valid_url(file: &str, url: &str) {
    assert!(url.is_ascii() && !url.contains(' '), "{file}: {url:?} is not percent-encoded");
    let bytes = url.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'%' {
            assert!(
                bytes.len() > i + 2 && bytes[i + 1].is_ascii_hexdigit() && bytes[i + 2].is_ascii_hexdigit(),
                "{file}: {url:?} has a bare %"
            );
        }
    }
}

#[test]
fn pages_and_folders_keep_their_names() {
    let site = Site::fixture("site/odd-names");
    let run = site.build_ok();
    // Five pages and the generated index of `sub dir/`.
    assert!(run.stdout.starts_with("built 6 pages in "), "{}", run.stdout);
    assert!(!run.stdout.contains("warning"), "no warning: {}\n{}", run.stdout, run.stderr);
    let pages: Vec<String> =
        site.files().into_iter().filter(|f| f.ends_with(".html") && !f.starts_with("static/")).collect();
    insta::assert_snapshot!("odd_names_files", pages.join("\n"));
    for (path, _) in PAGES {
        assert!(site.exists(path), "{path}");
    }
    assert!(site.exists("sub dir/index.html"), "the folder's generated index keeps the folder's name");
    assert!(site.exists("sub dir/pic one.svg"));
}

#[test]
fn percent_encoded_links_resolve_and_every_url_is_encoded() {
    let site = Site::fixture("site/odd-names");
    site.build_ok();
    let home = site.read("index.html");
    for (_, url) in &PAGES[1..] {
        assert!(home.contains(&format!("href=\"{url}\"")), "{url} in:\n{home}");
    }
    assert!(home.contains("href=\"sub%20dir/index.html\""), "{home}");
    assert!(home.contains("href=\"caf%C3%A9.html#cr%C3%A8me-br%C3%BBl%C3%A9e\""), "the fragment is kept as written");
    assert!(home.contains("href=\"sub%20dir/pic%20one.svg\""), "{home}");
    let deep = site.read("sub dir/a b.html");
    assert!(deep.contains("src=\"pic%20one.svg\""), "{deep}");
    assert!(deep.contains("href=\"../my%20notes%20%231.html\""), "{deep}");
    assert!(deep.contains("href=\"../100%25.html\""), "root-absolute link: {deep}");
    assert!(deep.contains("href=\"../caf%C3%A9.html\""), "sidebar and pager links are encoded too: {deep}");

    // Every URL of every page is valid and leads to a file of the site.
    for file in site.files().iter().filter(|f| f.ends_with(".html")) {
        let html = site.read(file);
        for url in urls(&html) {
            if url.contains("://") {
                continue;
            }
            assert_valid_url(file, &url);
            let path = url.split(['#', '?']).next().unwrap();
            if path.is_empty() {
                continue;
            }
            let dir = std::path::Path::new(file).parent().unwrap();
            assert!(site.root().join("dist").join(dir).join(decode(path)).exists(), "{file}: {url} points at nothing");
        }
    }
}

#[test]
fn sitemap_search_index_and_service_worker_list_urls() {
    let site = Site::fixture("site/odd-names");
    site.build_ok();
    let sitemap = site.read("sitemap.xml");
    for (_, url) in PAGES {
        assert!(sitemap.contains(&format!("<loc>https://example.org/notes/{url}</loc>")), "{url}:\n{sitemap}");
    }
    assert!(sitemap.contains("<loc>https://example.org/notes/sub%20dir/index.html</loc>"), "{sitemap}");
    let search = site.read("search-index.js");
    let sw = site.read("sw.js");
    for (path, url) in &PAGES[1..] {
        assert!(search.contains(&format!("[\"{url}\",")), "{url} in the search index:\n{search}");
        assert!(sw.contains(&format!("\"{url}\"")), "{url} in sw.js");
        assert!(!search.contains(path) && !sw.contains(path), "{path} unencoded");
    }
}

#[test]
fn crib_check_is_clean() {
    let site = Site::fixture("site/odd-names");
    let out = Command::new(env!("CARGO_BIN_EXE_crib"))
        .args(["check", "--format", "json", "--root"])
        .arg(site.root())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let report: serde_json::Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{stdout}"));
    assert_eq!(report["passed"], true, "{report:#}");
    assert!(report["links"].as_u64().unwrap_or(0) >= 15, "every link was checked: {report:#}");
    assert_eq!(out.status.code(), Some(0), "{report:#}");
}

#[test]
fn crib_check_reports_an_encoded_link_to_nothing() {
    let site = Site::fixture("site/odd-names");
    site.write("content/index.md", "# x\n\n[gone](my%20notes%20%232.md) [anchor](caf%C3%A9.md#nope)\n");
    let out = Command::new(env!("CARGO_BIN_EXE_crib"))
        .args(["check", "--format", "json", "--root"])
        .arg(site.root())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("content/my notes #2.md does not exist"), "{stdout}");
    assert!(stdout.contains("caf\u{e9}.html has no heading or element with id `nope`"), "{stdout}");
}

#[test]
fn single_file_routes_encoded_links() {
    let site = Site::fixture("site/odd-names");
    let out = site.root().join("book.html");
    let run = site.build_args(&["--single-file", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = std::fs::read_to_string(&out).unwrap();
    for url in urls(&html) {
        let path = url.split('#').next().unwrap();
        assert!(!path.ends_with(".html"), "a link to a page left unrouted: {url}");
    }
    assert!(!html.contains("src=\"pic%20one.svg\""), "the picture in `sub dir/` is inlined");
    assert!(html.contains("data-path=\"caf%C3%A9.html\""), "search routes by the index's URLs");
    assert!(html.contains("data:image/svg+xml;base64,"), "the picture in `sub dir/` is inlined");
}

#[test]
fn names_differing_only_in_case_are_duplicate_slugs() {
    let site = Site::empty();
    site.write("content/index.md", "# Home\n");
    site.write("content/Notes.md", "# Upper\n");
    site.write("content/notes.md", "# Lower\n");
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    let stderr = flat(&run.stderr);
    assert!(
        stderr.contains("duplicate slug: content/Notes.md and content/notes.md become Notes.html and notes.html"),
        "{stderr}"
    );
}

#[cfg(unix)]
mod symlinks {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn links_inside_the_site_are_followed() {
        let site = Site::fixture("site/odd-names");
        symlink("sub dir", site.root().join("content/alias")).unwrap();
        symlink("café.md", site.root().join("content/coffee.md")).unwrap();
        let run = site.build_ok();
        // Six, plus `alias/a b.html`, `alias/index.html` and `coffee.html`.
        assert!(run.stdout.starts_with("built 9 pages in "), "{}\n{}", run.stdout, run.stderr);
        assert!(!run.stdout.contains("warning"), "{}", run.stderr);
        assert!(site.read("alias/a b.html").contains("Title with spaces"));
        assert!(site.exists("alias/pic one.svg"));
        assert!(site.read("coffee.html").contains("Crème brûlée"));
    }

    #[test]
    fn a_loop_is_a_warning_and_the_build_goes_on() {
        let site = Site::fixture("site/odd-names");
        symlink("../content", site.root().join("content/loop")).unwrap();
        symlink("..", site.root().join("content/sub dir/up")).unwrap();
        let run = site.build_ok();
        assert!(run.stdout.starts_with("built 6 pages in "), "{}\n{}", run.stdout, run.stderr);
        assert!(run.stdout.contains("(2 warnings)"), "{}\n{}", run.stdout, run.stderr);
        let stderr = flat(&run.stderr);
        assert!(stderr.contains("content/loop is a symlink loop"), "{stderr}");
        assert!(stderr.contains("content/sub dir/up is a symlink loop"), "{stderr}");
        assert!(!site.exists("loop"));
    }

    #[test]
    fn links_leaving_the_site_and_broken_links_are_skipped_with_a_warning() {
        let site = Site::fixture("site/odd-names");
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.md"), "# Secret\n").unwrap();
        symlink(outside.path(), site.root().join("content/elsewhere")).unwrap();
        symlink(outside.path().join("secret.md"), site.root().join("content/secret.md")).unwrap();
        symlink("../crib.toml", site.root().join("content/config.toml")).unwrap();
        symlink("nothing-here.md", site.root().join("content/dangling.md")).unwrap();
        let run = site.build_ok();
        assert!(run.stdout.starts_with("built 6 pages in "), "{}\n{}", run.stdout, run.stderr);
        assert!(run.stdout.contains("(4 warnings)"), "{}\n{}", run.stdout, run.stderr);
        let stderr = flat(&run.stderr);
        for link in ["content/elsewhere", "content/secret.md", "content/config.toml"] {
            assert!(stderr.contains(&format!("{link} is a symlink that leads outside content/")), "{link}: {stderr}");
        }
        assert!(stderr.contains("content/dangling.md is a broken symlink"), "{stderr}");
        assert!(!site.exists("secret.html") && !site.exists("elsewhere") && !site.exists("config.toml"));
    }
}
