//! `crib build --single-file OUT.html` in headless Chromium: the file alone
//! in an empty temp folder opens from `file://`; links between former pages
//! route by hash, search finds a heading (with a typo) and jumps to it, a
//! diagram is inline, and an example runs with the inline wasm.

mod support;

use serde_json::json;
use std::process::Command;
use std::time::Duration;
use support::browser::{Browser, eval, file_url, wait_for};
use support::write;

const WAIT: Duration = Duration::from_secs(60);

#[test]
fn single_file_opens_alone_searches_and_runs() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "crib.toml", "title = \"One File\"\nlanguage = \"en\"\n");
    write(
        root,
        "content/index.md",
        "# Home\n\nRead about [the order](loop/timers.md#order) or [streams](loop/streams.md).\n",
    );
    write(
        root,
        "content/loop/timers.md",
        "# Timers\n\n## Order\n\nMicrotasks run before timers.\n\n```js\nsetTimeout(() => console.log('timeout'), 0);\nPromise.resolve().then(() => console.log('micro'));\nconsole.log('sync');\n```\n\n```mermaid\nflowchart LR\n  A[timers] --> B[poll]\n```\n",
    );
    write(
        root,
        "content/loop/streams.md",
        "# Streams\n\n## Backpressure\n\nA writable buffers until highWaterMark.\n\nBack to [home](../index.html).\n",
    );
    let built = root.join("book.html");
    let out = Command::new(env!("CARGO_BIN_EXE_crib"))
        .args(["build", "--root"])
        .arg(root)
        .arg("--single-file")
        .arg(&built)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!root.join("dist").exists(), "no site folder is written");

    let alone = tempfile::tempdir().unwrap();
    let file = alone.path().join("book.html");
    std::fs::copy(&built, &file).unwrap();
    let html = std::fs::read_to_string(&file).unwrap();
    for local in ["src=\"static/", "href=\"static/", "src=\"search-index.js", "href=\"loop/"] {
        assert!(!html.contains(local), "a reference to a neighbour file is left: {local}");
    }
    println!("single file: {} KiB", html.len() / 1024);

    let browser = Browser::launch();
    let tab = browser.open(&file_url(&file));
    wait_for(&tab, "document.readyState === 'complete'", WAIT, "load");
    // index, the generated loop/index, streams, timers.
    assert_eq!(eval(&tab, "document.querySelectorAll('section.sf-page').length"), json!(4));
    assert_eq!(eval(&tab, "document.querySelectorAll('section.sf-page:not([hidden])').length"), json!(1));
    assert_eq!(eval(&tab, "document.title"), json!("Home · One File"));

    // An in-page link to a heading of another former page.
    eval(
        &tab,
        "[...document.querySelectorAll('section.sf-page:not([hidden]) a')].find(a => a.textContent === 'the order').click()",
    );
    wait_for(&tab, "document.title.startsWith('Timers')", WAIT, "timers page shown");
    let hash = eval(&tab, "location.hash");
    assert!(hash.as_str().unwrap().starts_with("#p") && hash.as_str().unwrap().ends_with("-order"), "{hash}");
    // The diagram is inline in its page's section (its SVG, once the diagrams stage renders one).
    assert_eq!(eval(&tab, "document.querySelectorAll('section.sf-page:not([hidden]) .diagram').length"), json!(1));

    // Run, with the wasm inline.
    eval(&tab, "document.querySelector('section.sf-page:not([hidden]) .pg-run').click()");
    wait_for(
        &tab,
        "document.querySelector('section.sf-page:not([hidden]) .pg-source').textContent === 'browser run'",
        WAIT,
        "browser run",
    );
    assert_eq!(
        eval(
            &tab,
            "[...document.querySelectorAll('section.sf-page:not([hidden]) .pg-output .pg-text')].map(l => l.textContent.trim()).join('|')"
        ),
        json!("sync|micro|timeout")
    );

    // Search, keyboard only: a typo finds the heading; Enter shows its page.
    tab.press_key("/").unwrap();
    wait_for(&tab, "document.activeElement.id === 'crib-search-input'", WAIT, "search open");
    tab.type_str("backpresure").unwrap();
    wait_for(&tab, "document.querySelectorAll('#crib-search-results [role=option]').length > 0", WAIT, "results");
    assert!(
        eval(&tab, "document.querySelector('#crib-search-results mark').textContent")
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("backpressure")
    );
    tab.press_key("Enter").unwrap();
    wait_for(&tab, "document.title.startsWith('Streams')", WAIT, "streams page shown by search");
    assert_eq!(eval(&tab, "location.hash"), json!("#p2-backpressure"));
    assert_eq!(eval(&tab, "document.getElementById('p2-backpressure').getBoundingClientRect().top < 300"), json!(true));
    // Back home through a rewritten relative link.
    eval(
        &tab,
        "[...document.querySelectorAll('section.sf-page:not([hidden]) a')].find(a => a.textContent === 'home').click()",
    );
    wait_for(&tab, "document.title === 'Home · One File'", WAIT, "home again");
}
