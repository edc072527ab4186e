//! Odd file names in headless Chromium (issue 20): the `site/odd-names`
//! fixture (`my notes #1.md`, `café.md`, `100%.md`, `sub dir/a b.md`),
//! built, and its percent-encoded links followed from `file://` and over
//! http: content links, the sidebar, an image in a folder with a space,
//! and a search result.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use support::browser::{Browser, click, eval, file_url, serve, wait_for};
use support::copy_dir;

const WAIT: Duration = Duration::from_secs(15);

fn built_site() -> (tempfile::TempDir, PathBuf) {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testsuite/site/odd-names");
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture, dir.path());
    let out = Command::new(env!("CARGO_BIN_EXE_crib")).args(["build", "--root"]).arg(dir.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let dist = dir.path().join("dist");
    (dir, dist)
}

/// Waits for the page titled `title` (the home page's is the site's alone).
fn title_is(tab: &headless_chrome::Tab, title: &str) {
    let full = if title == "Odd names" { title.to_string() } else { format!("{title} · Odd names") };
    wait_for(tab, &format!("document.title === {}", serde_json::json!(full)), WAIT, title);
}

/// Follows encoded links page to page from `home` (a `file://` or http URL).
fn follow_links(browser: &Browser, home: &str) {
    let tab = browser.open(home);
    title_is(&tab, "Odd names");
    click(&tab, "main a[href='my%20notes%20%231.html']");
    title_is(&tab, "My notes #1");
    assert!(eval(&tab, "decodeURIComponent(location.pathname)").as_str().unwrap().ends_with("/my notes #1.html"));
    click(&tab, "main a[href='100%25.html']");
    title_is(&tab, "One hundred percent");
    // `<café.md>`: written raw, with angle brackets.
    click(&tab, "main a[href='caf%C3%A9.html']");
    title_is(&tab, "Café");
    click(&tab, "main a[href='sub%20dir/a%20b.html#title-with-spaces']");
    title_is(&tab, "A b");
    assert_eq!(eval(&tab, "location.hash"), "#title-with-spaces");
    wait_for(
        &tab,
        "document.querySelector('main img').complete && document.querySelector('main img').naturalWidth === 10",
        WAIT,
        "the picture in `sub dir/`",
    );
    // The sidebar, from inside the folder.
    click(&tab, "#sidebar a[href='../caf%C3%A9.html']");
    title_is(&tab, "Café");
    // The fragment, percent-encoded, lands on the heading with accents.
    let tab = browser.open(home);
    title_is(&tab, "Odd names");
    click(&tab, "main a[href='caf%C3%A9.html#cr%C3%A8me-br%C3%BBl%C3%A9e']");
    title_is(&tab, "Café");
    wait_for(
        &tab,
        "document.querySelector(':target') && document.querySelector(':target').id === 'crème-brûlée'",
        WAIT,
        "the heading targeted",
    );
}

#[test]
fn encoded_links_are_followed_from_file_urls() {
    let (_dir, dist) = built_site();
    let browser = Browser::launch();
    follow_links(&browser, &file_url(&dist.join("index.html")));
}

#[test]
fn encoded_links_are_followed_over_http() {
    let (_dir, dist) = built_site();
    let server = serve(&dist);
    let browser = Browser::launch();
    follow_links(&browser, &server.url("index.html"));
    let requests = server.requests.lock().unwrap().clone();
    assert!(requests.iter().any(|r| r == "/sub%20dir/pic%20one.svg"), "{requests:?}");
}

#[test]
fn a_search_result_opens_the_page_with_the_odd_name() {
    let (_dir, dist) = built_site();
    let browser = Browser::launch();
    let tab = browser.open(&file_url(&dist.join("index.html")));
    wait_for(
        &tab,
        "document.querySelector('[data-crib-search]') && !document.querySelector('[data-crib-search]').hidden",
        WAIT,
        "search button",
    );
    tab.press_key("/").unwrap();
    wait_for(
        &tab,
        "document.activeElement && document.activeElement.id === 'crib-search-input'",
        WAIT,
        "input focused",
    );
    tab.type_str("hundred").unwrap();
    wait_for(
        &tab,
        "(() => { const a = document.querySelector('#crib-search-results [role=option] a'); return !!a && a.getAttribute('href').includes('100%25.html'); })()",
        WAIT,
        "the page as a result",
    );
    tab.press_key("Enter").unwrap();
    title_is(&tab, "One hundred percent");
}
