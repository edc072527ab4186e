//! `crib run` (and every native run, see src/runner.rs) survives programs
//! that exhaust memory inside the engine: the run is stopped with a clear
//! message naming the limit, and crib itself never aborts.

use std::process::Command;
use std::time::{Duration, Instant};

fn crib_run(source: &str) -> (std::process::Output, Duration) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("hostile.js");
    std::fs::write(&file, source).expect("write program");
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_crib")).arg("run").arg(&file).output().expect("crib runs");
    (out, start.elapsed())
}

#[test]
fn string_doubling_until_memory_runs_out_is_stopped_cleanly() {
    let (out, took) = crib_run("let s = 'x'; while (true) s += s;");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    // The heap budget (1 GiB of growth) usually stops it first; the
    // worker's address-space cap is the last resort.
    let by_heap = stderr.contains("crib: run stopped: the program's memory grew past the heap budget")
        && stderr.contains("[limit: heap]");
    let by_allocation = stderr.contains("crib: run stopped: it needed more memory than the playground allows")
        && stderr.contains("[limit: allocation]");
    assert!(by_heap || by_allocation, "stderr: {stderr}");
    assert!(took < Duration::from_secs(60), "took {took:?}");
}

#[test]
fn the_next_run_after_a_crash_works() {
    let (out, _) = crib_run("let a = 'ab'; for (;;) a = a.concat(a);");
    assert_eq!(out.status.code(), Some(1));
    let (out, _) = crib_run("setTimeout(() => console.log('timer'), 1); console.log('sync');");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "sync\ntimer\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn output_printed_before_a_crash_is_kept() {
    let (out, _) = crib_run("console.log('before'); console.error('warned'); let s = 'x'; while (true) s += s;");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before\n");
    assert!(stderr.starts_with("warned\ncrib: run stopped:"), "stderr: {stderr}");
    assert_eq!(out.status.code(), Some(1));
}
