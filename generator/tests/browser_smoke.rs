//! The browser helper itself: Chromium starts, loads a file:// page and an
//! http page from the loopback server, and runs their scripts.

mod support;

use std::time::Duration;
use support::browser::{Browser, eval, file_url, serve, wait_for};

#[test]
fn chromium_runs_scripts_from_file_and_http() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("index.html"),
        "<!doctype html><title>t</title><p id=p>static</p><script>document.getElementById('p').textContent='scripted'</script>",
    )
    .unwrap();
    let browser = Browser::launch();

    let tab = browser.open(&file_url(&dir.path().join("index.html")));
    wait_for(
        &tab,
        "document.getElementById('p').textContent === 'scripted'",
        Duration::from_secs(10),
        "script on file://",
    );

    let server = serve(dir.path());
    let tab = browser.open(&server.url("/"));
    assert_eq!(eval(&tab, "document.getElementById('p').textContent"), serde_json::json!("scripted"));
    assert!(server.requests.lock().unwrap().iter().any(|p| p == "/"));
}
