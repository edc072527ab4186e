//! The native runs' CPU-time and heap budgets (src/runner.rs): the issue's
//! hostile programs end within seconds with the limit's message and what
//! they printed so far, under `crib run`, `crib check` and `crib build`;
//! `crib run --timeout` and `crib.toml`'s `[run]` set the budgets.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const HOSTILE: &[&str] = &[
    "function f(){ Promise.resolve().then(f) } f()",
    "async function f(){ await null; return f() } f()",
    "const k=[]; while(true) k.push(new Array(1e6).fill(1))",
];

fn crib(dir: &Path, args: &[&str]) -> (Output, Duration) {
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_crib")).args(args).current_dir(dir).output().expect("crib runs");
    (out, start.elapsed())
}

fn run_file(source: &str, crib_toml: Option<&str>, args: &[&str]) -> (Output, Duration) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("hostile.js"), source).expect("write program");
    if let Some(toml) = crib_toml {
        std::fs::write(dir.path().join("crib.toml"), toml).expect("write crib.toml");
    }
    let mut all = vec!["run", "hostile.js"];
    all.extend_from_slice(args);
    crib(dir.path(), &all)
}

#[test]
fn the_issues_hostile_programs_stop_within_10_s_under_crib_run() {
    for program in HOSTILE {
        let (out, took) = run_file(&format!("console.log('started'); {program}"), None, &[]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(String::from_utf8_lossy(&out.stdout), "started\n", "{program}: output so far is kept");
        assert!(stderr.starts_with("crib: run stopped after "), "{program}: {stderr}");
        assert!(
            stderr.trim_end().ends_with("[limit: time]") || stderr.trim_end().ends_with("[limit: heap]"),
            "{program}: {stderr}"
        );
        assert_eq!(out.status.code(), Some(1), "{program}");
        assert!(took < Duration::from_secs(10), "{program} took {took:?}");
    }
}

#[test]
fn timeout_flag_sets_the_budget_even_for_a_loop_that_never_yields() {
    // A loop with a heavy body: far below the loop-iteration limit, no
    // callback or output in between, so only the runner's watchdog sees it.
    let (out, took) = run_file(
        "let x = 0; for (let i = 0; i < 9e6; i++) x += JSON.stringify([i, i]).length;",
        None,
        &["--timeout", "0.5"],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("[limit: time]"), "{stderr}");
    assert!(
        stderr.starts_with("crib: run stopped after 0.5 s of CPU time") || stderr.contains("of wall time"),
        "{stderr}"
    );
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn crib_toml_run_timeout_sets_the_budget_of_crib_run() {
    let (out, _) = run_file(HOSTILE[0], Some("[run]\ntimeout = 0.5\n"), &[]);
    // (On a machine too busy to give it that CPU time, the wall-time cap
    // of 1.8 times the budget fires first, and says so.)
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("0.5 s of CPU time") && stderr.contains("[limit: time]"), "{stderr}");
    // The flag wins over the file.
    let (out, _) = run_file(HOSTILE[0], Some("[run]\ntimeout = 30\n"), &["--timeout", "0.4"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("0.4 s of CPU time") && stderr.contains("[limit: time]"), "{stderr}");
}

#[test]
fn a_bad_run_timeout_in_crib_toml_is_a_diagnostic() {
    let (out, _) = run_file("console.log(1)", Some("[run]\ntimeout = -1\n"), &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("crib.toml:2:1") && stderr.contains("[run] timeout must be a number of seconds"),
        "{stderr}"
    );
}

#[test]
fn heap_budget_stops_growth_before_the_hosts_limits() {
    // Megabyte strings kept alive: 100 MB in a few dozen iterations.
    let grow = "const k = []; while (true) k.push('x'.repeat(1e6) + k.length);";
    let (out, took) =
        run_file(&format!("console.log('started'); {grow}"), Some("[run]\nheap_mb = 100\ntimeout = 30\n"), &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "started\n");
    assert!(stderr.contains("heap budget of 100 MB") && stderr.trim_end().ends_with("[limit: heap]"), "{stderr}");
    assert!(took < Duration::from_secs(30), "took {took:?}");
}

/// A site whose one page has the three hostile programs as examples.
fn hostile_site(timeout: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("crib.toml"), format!("title = \"t\"\n[run]\ntimeout = {timeout}\n"))
        .expect("crib.toml");
    std::fs::create_dir(dir.path().join("content")).expect("content");
    let mut page = String::from("# Hostile\n\n");
    for program in HOSTILE {
        page.push_str(&format!("```js\nconsole.log('started');\n{program}\n```\n\n"));
    }
    std::fs::write(dir.path().join("content/index.md"), page).expect("page");
    dir
}

#[test]
fn crib_check_reports_the_time_limit_within_seconds() {
    let site = hostile_site("1");
    let (out, took) = crib(site.path(), &["check", "--no-cache", "--format", "json"]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.matches("[limit: time]").count() + report.matches("[limit: heap]").count() >= 3, "{report}");
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

#[test]
fn crib_build_embeds_the_time_limit_within_seconds() {
    let site = hostile_site("1");
    let (out, took) = crib(site.path(), &["build"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = std::fs::read_to_string(site.path().join("dist/index.html")).expect("page built");
    assert!(html.matches("[limit: time]").count() + html.matches("[limit: heap]").count() >= 3);
    assert!(html.matches("started").count() >= 3, "the output before the limit is kept");
    assert!(took < Duration::from_secs(10), "took {took:?}");
}
