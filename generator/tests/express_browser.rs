//! The Express page of this repository's own `content/` in headless
//! Chromium: every example runs the real Express 4 in the page, from
//! `file://`, over http and in the single file, and prints what the build
//! printed. The package is not part of the first download: nothing under
//! `packages/` is requested before the first Run of an example that needs
//! it. The step-through shows a request's life: the connection, the
//! request, each middleware in turn on the call stack. Prints the Express
//! chunk's click-to-output times, cold and warm (`--nocapture` to see them).

mod support;

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use support::browser::{Browser, collect_errors, eval, file_url, serve, wait_for};

const T: Duration = Duration::from_secs(60);

/// One test at a time: each builds `content/` (its Express examples run at
/// build time under the 5 s budget and a wall-clock watchdog) and then runs
/// them again in Chromium under the page's 5 s limit. Three of those at
/// once on a 2-core machine starved the Express runs into their limits.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// `content/` built by the real binary (examples run at build time).
fn built_content(extra: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    support::copy_dir(&root.join("content"), &tmp.path().join("site/content"));
    std::fs::copy(root.join("crib.toml"), tmp.path().join("site/crib.toml")).unwrap();
    let out = tmp.path().join("dist");
    let status = Command::new(env!("CARGO_BIN_EXE_crib"))
        .args(["build", "--root"])
        .arg(tmp.path().join("site"))
        .arg("--out")
        .arg(&out)
        .args(extra)
        .status()
        .expect("run crib build");
    assert!(status.success(), "crib build failed on content/");
    (tmp, out)
}

fn lines(tab: &headless_chrome::Tab, scope: &str, n: usize) -> Value {
    let v = eval(
        tab,
        &format!(
            "JSON.stringify([...{scope}.querySelectorAll('div.pg')[{n}].querySelectorAll('.pg-output .pg-line')].map(l => [l.querySelector('.pg-badge') ? l.querySelector('.pg-badge').textContent : '', l.querySelector('.pg-text').textContent]))"
        ),
    );
    serde_json::from_str(v.as_str().unwrap_or("null")).unwrap()
}

/// Loads the page has made whose URL contains `part`: script elements (the
/// playground loads packages as scripts) or, over http, resource entries
/// (file:// loads have none).
fn requested(tab: &headless_chrome::Tab, part: &str) -> i64 {
    let part = json!(part);
    eval(
        tab,
        &format!(
            "Math.max([...document.scripts].filter(s => s.src.includes({part})).length, performance.getEntriesByType('resource').filter(e => e.name.includes({part})).length)"
        ),
    )
    .as_i64()
    .unwrap()
}

/// Runs every example of the Express page in `scope` (a JS expression for
/// the element holding the page) and checks each against its build-time
/// output. Returns the click-to-output times in ms.
fn exercise(tab: &std::sync::Arc<headless_chrome::Tab>, scope: &str, inline: bool) -> Vec<f64> {
    let errors = collect_errors(tab);
    let count = eval(tab, &format!("{scope}.querySelectorAll('div.pg .pg-run').length")).as_u64().unwrap() as usize;
    assert!(count >= 5, "the Express page has runnable examples ({count})");
    if !inline {
        assert_eq!(requested(tab, "packages/"), 0, "Express is not loaded with the page");
    }
    let mut times = Vec::new();
    for n in 0..count {
        let built = lines(tab, scope, n);
        assert!(built.as_array().is_some_and(|a| !a.is_empty()), "example {n} has build-time output");
        let pg = format!("{scope}.querySelectorAll('div.pg')[{n}]");
        eval(tab, &format!("{pg}.querySelector('.pg-run').click()"));
        wait_for(tab, &format!("+({pg}.getAttribute('data-runs') || 0) > 0"), T, "the run to finish");
        assert_eq!(eval(tab, &format!("{pg}.querySelector('.pg-source').textContent")), json!("browser run"));
        assert_eq!(lines(tab, scope, n), built, "example {n}: the browser prints what the build printed");
        assert_eq!(eval(tab, &format!("{pg}.querySelector('.pg-exit').textContent")), json!("exit 0"), "example {n}");
        times.push(eval(tab, &format!("+{pg}.getAttribute('data-run-ms')")).as_f64().unwrap());
        if n == 0 && !inline {
            assert_eq!(requested(tab, "packages/express.js"), 1, "the first Run loads Express once");
        }
    }
    if !inline {
        assert_eq!(requested(tab, "packages/express.js"), 1, "later runs reuse the loaded package");
    }
    let errors = errors.lock().unwrap();
    assert!(errors.is_empty(), "page errors: {errors:?}");
    times
}

fn report(how: &str, times: &[f64]) {
    let mut warm = times[1..].to_vec();
    warm.sort_by(|a, b| a.partial_cmp(b).unwrap());
    eprintln!(
        "express page ({how}): first run (cold, loads Express) {:.0} ms; warm runs median {:.0} ms",
        times[0],
        warm[warm.len() / 2]
    );
}

#[test]
fn express_examples_run_in_the_page_from_file_urls() {
    let _serial = one_at_a_time();
    let (_tmp, dist) = built_content(&[]);
    let browser = Browser::launch();
    let tab = browser.open(&file_url(&dist.join("express.html")));
    let times = exercise(&tab, "document", false);
    report("file://", &times);
    request_life(&tab);
}

/// Steps through the first example to the end, collecting every call-stack
/// frame shown: the request's steps and the middleware must be among them,
/// in the order Express runs them.
fn request_life(tab: &std::sync::Arc<headless_chrome::Tab>) {
    let pg = "document.querySelectorAll('div.pg')[0]";
    eval(tab, &format!("{pg}.querySelector('.pg-step').click()"));
    wait_for(
        tab,
        &format!("{pg}.querySelector('.pg-vis') && !{pg}.querySelector('.pg-vis').hidden"),
        T,
        "the visualiser",
    );
    let seen = eval(
        tab,
        &format!(
            "(() => {{ const seen = []; const next = {pg}.querySelector('.pg-next'); let guard = 0;
                while (!next.disabled && guard++ < 20000) {{
                  next.click();
                  for (const li of {pg}.querySelectorAll('.pg-q-stack li')) if (!seen.includes(li.textContent)) seen.push(li.textContent);
                }}
                return JSON.stringify(seen); }})()"
        ),
    );
    let seen: Vec<String> = serde_json::from_str(seen.as_str().unwrap()).unwrap();
    let at = |want: &str| {
        seen.iter().position(|s| s.starts_with(want)).unwrap_or_else(|| panic!("no step {want:?} in {seen:?}"))
    };
    assert!(at("connection from 127.0.0.1") < at("request GET /users/1"), "{seen:?}");
    assert!(at("request GET /users/1") < at("middleware query"), "{seen:?}");
    assert!(at("middleware query") < at("middleware expressInit"), "{seen:?}");
    assert!(at("middleware jsonParser") < at("route GET /users/:id"), "{seen:?}");
    at("request POST /users");
    at("error middleware (anonymous)");
}

#[test]
fn express_examples_run_over_http() {
    let _serial = one_at_a_time();
    let (_tmp, dist) = built_content(&[]);
    let server = serve(&dist);
    let browser = Browser::launch();
    let tab = browser.open(&server.url("express.html"));
    let times = exercise(&tab, "document", false);
    report("http", &times);
}

#[test]
fn express_examples_run_in_the_single_file() {
    let _serial = one_at_a_time();
    let (tmp, _dist) = built_content(&[]);
    let single = tmp.path().join("one.html");
    let status = Command::new(env!("CARGO_BIN_EXE_crib"))
        .args(["build", "--root"])
        .arg(tmp.path().join("site"))
        .arg("--single-file")
        .arg(&single)
        .status()
        .unwrap();
    assert!(status.success());
    let browser = Browser::launch();
    let tab = browser.open(&file_url(&single));
    let id = eval(
        &tab,
        "[...document.querySelectorAll('section.sf-page')].find(s => s.getAttribute('data-path') === 'express.html').id",
    );
    let id = id.as_str().unwrap().to_string();
    eval(&tab, &format!("location.hash = '#{id}'"));
    wait_for(&tab, &format!("!document.getElementById('{id}').hidden"), T, "the Express section");
    let times = exercise(&tab, &format!("document.getElementById('{id}')"), true);
    report("single file", &times);
}
