//! Accessibility and page errors of this repository's own `content/`: every
//! built page, opened from `file://` in headless Chromium in the light and
//! the dark theme, audited with axe-core (the npm package in `tests/axe/`,
//! injected into the page; `cargo xtask test` runs `npm ci` there). No
//! serious or critical violation, and nothing logged as an error: console
//! errors, uncaught exceptions, and the browser's own reports (an SVG
//! attribute it cannot parse, a resource that fails to load).

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use support::browser::{Browser, collect_errors, eval, file_url, wait_for};

/// axe-core's browser bundle, installed by `npm ci` in `tests/axe/`.
fn axe_source() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/axe/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}\nthe accessibility audit needs axe-core: run `npm ci` in generator/tests/axe \
             (`cargo xtask test` does it)",
            path.display()
        )
    })
}

/// `content/` of this repository, built with its examples run.
fn built_content() -> (tempfile::TempDir, PathBuf) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let out = tempfile::tempdir().unwrap();
    let dist = out.path().join("dist");
    let run = Command::new(env!("CARGO_BIN_EXE_crib"))
        .args(["build", "--root"])
        .arg(&repo)
        .arg("--out")
        .arg(&dist)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    (out, dist)
}

/// Every HTML page of a built site, relative paths, sorted.
fn pages(dist: &Path) -> Vec<String> {
    let mut pages: Vec<String> = support::tree(dist).into_keys().filter(|p| p.ends_with(".html")).collect();
    pages.sort();
    pages
}

/// Serious and critical violations, one line per rule and page element.
const AUDIT: &str = r#"axe.run(document, { resultTypes: ["violations"] }).then(function (r) {
  var lines = [];
  r.violations.forEach(function (v) {
    if (v.impact !== "serious" && v.impact !== "critical") return;
    v.nodes.forEach(function (n) {
      lines.push(v.impact + " " + v.id + ": " + v.help + " at " + n.target.join(" ") + " (" + (n.failureSummary || "").replace(/\s+/g, " ") + ")");
    });
  });
  return lines.join("\n");
})"#;

#[test]
fn every_content_page_passes_axe_in_light_and_dark_without_errors() {
    let axe = axe_source();
    let (_out, dist) = built_content();
    let pages = pages(&dist);
    assert!(pages.len() >= 20, "{pages:?}");

    let browser = Browser::launch();
    let tab = browser.open(&file_url(&dist.join("index.html")));
    let errors = collect_errors(&tab);

    let mut problems = Vec::new();
    let mut views = 0;
    for theme in ["light", "dark"] {
        eval(&tab, &format!("localStorage.setItem('crib-theme', '{theme}')"));
        for page in &pages {
            errors.lock().unwrap().clear();
            tab.navigate_to(&file_url(&dist.join(page))).unwrap();
            tab.wait_until_navigated().unwrap();
            wait_for(
                &tab,
                &format!("document.readyState === 'complete' && document.documentElement.dataset.theme === '{theme}'"),
                Duration::from_secs(10),
                "page loaded in theme",
            );
            tab.evaluate(&axe, false).unwrap();
            let found = tab.evaluate(AUDIT, true).unwrap().value.unwrap_or_default();
            let found = found.as_str().unwrap_or_default();
            views += 1;
            for line in found.lines() {
                problems.push(format!("{page} ({theme}): {line}"));
            }
            for error in errors.lock().unwrap().drain(..) {
                problems.push(format!("{page} ({theme}): page error: {error}"));
            }
        }
    }
    assert!(problems.is_empty(), "{} problems over {views} page views:\n{}", problems.len(), problems.join("\n"));
}
