//! `crib serve` in headless Chromium: an edit reloads the open page and
//! keeps its scroll position; a broken file shows the error overlay
//! (file:line and message) over the last good page; fixing it clears it.

mod serve_support;
mod support;

use serve_support::*;
use std::time::Duration;
use support::browser::{Browser, eval, wait_for};

const WAIT: Duration = Duration::from_secs(30);

fn long_page(marker: &str) -> String {
    let mut page = format!("+++\ntitle = \"Home\"\n+++\n\n# Home\n\n{marker}\n\n");
    for i in 0..120 {
        page.push_str(&format!("Paragraph {i} of a long page that scrolls.\n\n"));
    }
    page
}

#[test]
fn reload_keeps_scroll_and_the_overlay_shows_and_clears() {
    let server = start_with(&long_page("First version."));
    let browser = Browser::launch();
    let tab = browser.open(&format!("http://127.0.0.1:{}/", server.port));
    wait_for(&tab, "document.body.innerText.includes('First version.')", WAIT, "the first page");
    // Wait until the page's event stream is open, then scroll down.
    std::thread::sleep(Duration::from_millis(500));
    eval(&tab, "window.scrollTo({ top: 1200, behavior: 'instant' }); window.scrollY");
    wait_for(&tab, "Math.abs(window.scrollY - 1200) < 5", WAIT, "the page scrolled down");

    write(&server.root, "content/index.md", &long_page("Second version."));
    wait_for(&tab, "document.body.innerText.includes('Second version.')", WAIT, "the reloaded page");
    wait_for(&tab, "Math.abs(window.scrollY - 1200) < 50", WAIT, "the scroll position restored");

    // Break the front matter: an unterminated string.
    write(&server.root, "content/index.md", "+++\ntitle = \"Home\nweight = 1\n+++\n\n# Home\n");
    let text =
        wait_for(&tab, "(document.getElementById('crib-error-overlay') || {}).innerText", WAIT, "the error overlay");
    let text = text.as_str().unwrap().to_string();
    assert!(text.contains("content/index.md:"), "overlay names the file and line: {text}");
    assert!(
        eval(&tab, "document.body.innerText.includes('Second version.')").as_bool().unwrap(),
        "the last good page stays underneath"
    );

    write(&server.root, "content/index.md", &long_page("Third version."));
    wait_for(&tab, "document.body.innerText.includes('Third version.')", WAIT, "the fixed page");
    assert_eq!(eval(&tab, "document.getElementById('crib-error-overlay') === null"), serde_json::json!(true));
}
