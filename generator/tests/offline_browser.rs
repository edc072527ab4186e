//! The installable offline site in headless Chromium: served over http, the
//! service worker precaches the whole build; with the server stopped, pages
//! still load and Run still works; after a rebuild with a changed page, the
//! reload shows the new page, the old cache is gone, and offline reads give
//! the new page too. From `file://` nothing is registered.

mod support;

use serde_json::json;
use std::path::Path;
use std::process::Command;
use std::time::Duration;
use support::browser::{Browser, eval, file_url, serve, wait_for};
use support::write;

const WAIT: Duration = Duration::from_secs(60);

fn build(root: &Path) {
    let out = Command::new(env!("CARGO_BIN_EXE_crib")).args(["build", "--root"]).arg(root).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

fn timers_page(version: &str) -> String {
    format!(
        "# Timers\n\nThis is the {version} edition.\n\n## Order\n\n```js\nsetTimeout(() => console.log('timeout'), 0);\nPromise.resolve().then(() => console.log('micro'));\nconsole.log('sync');\n```\n"
    )
}

/// The crib caches of this origin.
fn cache_names(tab: &headless_chrome::Tab) -> Vec<String> {
    let v = eval(tab, "caches.keys().then(k => JSON.stringify(k.filter(n => n.startsWith('crib:'))))");
    serde_json::from_str(v.as_str().unwrap()).unwrap()
}

fn reload(tab: &headless_chrome::Tab) {
    eval(tab, "window.__beforeReload = 1");
    tab.reload(false, None).unwrap();
    wait_for(tab, "!window.__beforeReload && document.readyState === 'complete'", WAIT, "reloaded page");
}

#[test]
fn served_site_works_offline_and_updates_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "crib.toml", "title = \"Offline Site\"\nlanguage = \"en\"\n");
    write(root, "content/index.md", "# Home\n\nSee [timers](timers.md) and [streams](streams.md).\n");
    write(root, "content/timers.md", &timers_page("first"));
    write(root, "content/streams.md", "# Streams\n\nPipes and backpressure.\n");
    build(root);
    let dist = root.join("dist");
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dist.join("manifest.webmanifest")).unwrap()).unwrap();
    assert_eq!(manifest["start_url"], "./index.html");
    assert_eq!(manifest["icons"][0]["src"], "static/icon.svg");

    let browser = Browser::launch();
    // file://: no registration, no manifest link.
    let tab = browser.open(&file_url(&dist.join("timers.html")));
    wait_for(&tab, "document.readyState === 'complete'", WAIT, "file page");
    assert_eq!(eval(&tab, "!!document.querySelector('link[rel=manifest]')"), json!(false));
    tab.close(true).ok();

    let server = serve(&dist);
    let tab = browser.open(&server.url("timers.html"));
    wait_for(&tab, "navigator.serviceWorker.controller !== null", WAIT, "the service worker controls the page");
    assert_eq!(eval(&tab, "!!document.querySelector('link[rel=manifest]')"), json!(true));
    let first = cache_names(&tab);
    assert_eq!(first.len(), 1, "{first:?}");
    let cached = eval(
        &tab,
        &format!(
            "caches.open({:?}).then(c => c.keys()).then(k => k.map(r => new URL(r.url).pathname).sort().join(' '))",
            first[0]
        ),
    );
    for file in [
        "/index.html",
        "/timers.html",
        "/streams.html",
        "/static/style.css",
        "/search-index.js",
        "/search/t0.js",
        "/search/d0.js",
        "/static/playground/playground.wasm",
    ] {
        assert!(cached.as_str().unwrap().split(' ').any(|p| p == file), "{file} not cached: {cached}");
    }

    // A rebuild with a changed page: the reload shows it at once, and the
    // new worker replaces the old cache.
    write(root, "content/timers.md", &timers_page("second"));
    build(root);
    reload(&tab);
    assert!(eval(&tab, "document.querySelector('main').textContent").as_str().unwrap().contains("second edition"));
    wait_for(
        &tab,
        &format!(
            "caches.keys().then(k => {{ const c = k.filter(n => n.startsWith('crib:')); return c.length === 1 && c[0] !== {:?}; }})",
            first[0]
        ),
        WAIT,
        "the new build's cache alone",
    );

    // Offline: the server is gone; pages, search and Run still work, all from the new build.
    drop(server);
    reload(&tab);
    let text = eval(&tab, "document.querySelector('main').textContent");
    assert!(
        text.as_str().unwrap().contains("second edition") && !text.as_str().unwrap().contains("first edition"),
        "{text}"
    );
    eval(&tab, "document.querySelector('.pg-run').click()");
    wait_for(
        &tab,
        "document.querySelector('.pg-source') && document.querySelector('.pg-source').textContent === 'browser run'",
        WAIT,
        "Run offline",
    );
    let lines =
        eval(&tab, "[...document.querySelectorAll('.pg-output .pg-text')].map(l => l.textContent.trim()).join('|')");
    assert_eq!(lines, json!("sync|micro|timeout"));
    eval(&tab, "location.href = 'streams.html'");
    wait_for(
        &tab,
        "document.title.startsWith('Streams') && document.readyState === 'complete'",
        WAIT,
        "another page offline",
    );
    eval(&tab, "window.cribSearch.load()");
    wait_for(&tab, "window.cribSearch.ready()", WAIT, "search index offline");
    // The query loads its term and document shards (search/*.js) from the cache.
    assert_eq!(eval(&tab, "(async () => (await window.cribSearch.query('secnd'))[0].url)()"), json!("timers.html"));
}
