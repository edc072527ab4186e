//! `crib check` against the fixture sites in `tests/testsuite/check/`:
//! correct documented outputs pass; a wrong one fails with a line diff;
//! broken links, anchors and images fail; a throwing example is reported;
//! an example needing a missing module is listed as unable to run.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testsuite/check").join(case)
}

/// Runs `crib check` in `format`; returns (exit code, stdout).
fn check(case: &str, format: &str) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_crib"))
        .args(["check", "--no-cache", "--format", format, "--root"])
        .arg(fixture(case))
        .output()
        .expect("run crib check");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

fn json(case: &str) -> (i32, Value) {
    let (code, stdout) = check(case, "json");
    (code, serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{stdout}")))
}

fn findings<'a>(report: &'a Value, kind: &str) -> Vec<&'a Value> {
    report["findings"].as_array().unwrap().iter().filter(|f| f["kind"] == kind).collect()
}

#[test]
fn correct_documented_outputs_pass() {
    let (code, report) = json("pass");
    let errors: Vec<&Value> =
        report["findings"].as_array().unwrap().iter().filter(|f| f["severity"] == "error").collect();
    assert!(errors.is_empty(), "unexpected errors: {errors:#?}");
    assert_eq!(code, 0);
    assert_eq!(report["passed"], true);
    assert_eq!(report["pages"], 2);
    // Four runnable examples (the `norun` one is skipped), three documented.
    assert_eq!(report["examples"], 4);
    assert_eq!(report["documented"], 3);
    assert_eq!(report["diagrams"], 1);
    assert!(report["links"].as_u64().unwrap() >= 5);
}

#[test]
fn wrong_output_fails_with_a_diff() {
    let (code, report) = json("wrong-output");
    assert_eq!(code, 1);
    let wrong = findings(&report, "output");
    assert_eq!(wrong.len(), 1, "{report:#}");
    assert_eq!(wrong[0]["file"], "content/index.md");
    assert_eq!(wrong[0]["line"], 7, "points at the // Output: line");
    let diff = wrong[0]["detail"].as_str().unwrap();
    assert_eq!(diff, "  1. Start\n+ 2. Promise\n  3. setTimeout\n- 2. Promise");

    let (code, human) = check("wrong-output", "human");
    assert_eq!(code, 1);
    assert!(human.contains("error: content/index.md:7:1: documented output differs"), "{human}");
    assert!(human.contains("    - 2. Promise"), "{human}");
    assert!(human.contains("check failed: 1 error"), "{human}");
}

#[test]
fn broken_links_and_anchors_fail() {
    let (code, report) = json("broken-links");
    assert_eq!(code, 1);
    let links: Vec<String> =
        findings(&report, "brokenLink").iter().map(|f| f["message"].as_str().unwrap().to_string()).collect();
    let anchors: Vec<String> =
        findings(&report, "brokenAnchor").iter().map(|f| f["message"].as_str().unwrap().to_string()).collect();
    assert_eq!(links.len(), 2, "{links:#?}");
    assert!(links[0].contains("missing.md"), "{links:#?}");
    assert!(links[1].starts_with("image to `images/gone.png`"), "{links:#?}");
    assert_eq!(anchors.len(), 2, "{anchors:#?}");
    assert!(anchors.iter().any(|m| m.contains("no-such-heading")), "{anchors:#?}");
    assert!(anchors.iter().any(|m| m.contains("#nowhere")), "{anchors:#?}");
    let lines: Vec<u64> = report["findings"].as_array().unwrap().iter().map(|f| f["line"].as_u64().unwrap()).collect();
    assert_eq!(lines, vec![3, 5, 7, 7]);
}

#[test]
fn a_throwing_example_is_reported() {
    let (code, report) = json("throws");
    assert_eq!(code, 1);
    let thrown = findings(&report, "throws");
    assert_eq!(thrown.len(), 1, "{report:#}");
    let message = thrown[0]["message"].as_str().unwrap();
    assert!(message.starts_with("example exits with code 1: "), "{message}");
    assert!(message.contains("SyntaxError"), "{message}");
    assert_eq!(thrown[0]["line"], 3);
}

#[test]
fn missing_modules_are_listed_not_failed() {
    let (code, report) = json("cannot-run");
    let listed = findings(&report, "cannotRun");
    assert_eq!(listed.len(), 1, "{report:#}");
    assert_eq!(listed[0]["severity"], "warning");
    assert!(listed[0]["message"].as_str().unwrap().contains("`ws`"));
    assert_eq!(code, 0);
}

#[test]
fn unchanged_examples_reuse_their_runs() {
    let site = tempfile::tempdir().unwrap();
    let content = site.path().join("content");
    std::fs::create_dir(&content).unwrap();
    let page = "# Cached\n\n```js\nconsole.log('hi');\n// Output: hi\n```\n";
    std::fs::write(content.join("index.md"), page).unwrap();
    let run = || {
        let out = Command::new(env!("CARGO_BIN_EXE_crib"))
            .args(["check", "--format", "json", "--root"])
            .arg(site.path())
            .output()
            .unwrap();
        (out.status.code(), serde_json::from_slice::<Value>(&out.stdout).unwrap())
    };
    let (code, first) = run();
    assert_eq!(code, Some(0), "{first:#}");
    let cache = site.path().join(".crib-cache/check-runs.json");
    let stored: Value = serde_json::from_slice(&std::fs::read(&cache).unwrap()).unwrap();
    assert_eq!(stored.as_object().unwrap().len(), 1);
    // A changed documented output is judged against the remembered run...
    std::fs::write(content.join("index.md"), page.replace("// Output: hi", "// Output: bye")).unwrap();
    let (code, second) = run();
    assert_eq!(code, Some(1));
    assert_eq!(second["findings"][0]["detail"], "- bye\n+ hi");
    // ...and a changed program runs again, replacing the old entry.
    std::fs::write(content.join("index.md"), page.replace("'hi'", "'bye'").replace("// Output: hi", "// Output: bye"))
        .unwrap();
    let (code, third) = run();
    assert_eq!(code, Some(0), "{third:#}");
    let stored: Value = serde_json::from_slice(&std::fs::read(&cache).unwrap()).unwrap();
    assert_eq!(stored.as_object().unwrap().len(), 1, "unused runs are dropped");
}
