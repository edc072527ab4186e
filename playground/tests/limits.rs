//! One test per resource limit: hostile programs end cleanly, within
//! seconds, with a message on stderr naming the limit, and never take the
//! host down.

use playground::{Limits, RunOptions, RunResult, Stream, run};
use std::time::{Duration, Instant};

fn run_with(source: &str, limits: Limits) -> (RunResult, Duration) {
    let options = RunOptions { source: source.into(), limits, ..RunOptions::default() };
    let start = Instant::now();
    let result = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run(&options))
        .expect("spawn runtime thread")
        .join()
        .expect("the runtime never panics");
    (result, start.elapsed())
}

/// Runs `source` and checks that `limit` stopped it with its message.
fn assert_stopped_by(source: &str, limits: Limits, limit: &str) -> RunResult {
    let (result, took) = run_with(source, limits);
    let stderr = result.text(Stream::Stderr);
    let hit = result.limit.as_ref().unwrap_or_else(|| panic!("no limit hit; stderr: {stderr}"));
    assert_eq!(hit.limit, limit, "stderr: {stderr}");
    assert!(stderr.contains(&format!("[limit: {limit}]")), "stderr names the limit: {stderr}");
    assert!(stderr.contains("run stopped"), "stderr says the run stopped: {stderr}");
    assert_eq!(result.exit_code, 1);
    assert!(took < Duration::from_secs(30), "took {took:?}");
    result
}

#[test]
fn infinite_loop_stops_and_skips_finally() {
    let r = assert_stopped_by(
        "console.log('before'); try { while (true) {} } finally { console.log('finally') }",
        Limits::default(),
        "loopIterations",
    );
    assert_eq!(r.text(Stream::Stdout), "before\n");
}

#[test]
fn runaway_recursion_ends_with_node_s_range_error() {
    // As in Node: an uncaught, catchable `RangeError`, not a limit hit.
    let (r, took) = run_with("function f(n) { return f(n + 1) + 1; } f(0);", Limits::default());
    let stderr = r.text(Stream::Stderr);
    assert!(stderr.contains("RangeError: Maximum call stack size exceeded"), "stderr: {stderr}");
    assert!(r.limit.is_none(), "stderr: {stderr}");
    assert_eq!(r.exit_code, 1);
    assert!(took < Duration::from_secs(30), "took {took:?}");
}

#[test]
fn recursion_through_host_calls_throws_before_the_native_stack_runs_out() {
    // Accessors, `Reflect.apply` and built-ins' callbacks re-enter the
    // engine on the native stack: bounded lower, caught all the same.
    let source = "const o = { get x() { return this.x; } };\n\
        try { o.x } catch (e) { console.log(e.message) }\n\
        function r() { return Reflect.apply(r, null, []); }\n\
        try { r() } catch (e) { console.log(e.message) }\n\
        function m() { return [0].map(m); }\n\
        try { m() } catch (e) { console.log(e.message) }\n\
        function s(n) { return n === 0 ? 0 : 1 + s(n - 1); } console.log(s(8000));";
    let (r, _) = run_with(source, Limits::default());
    let line = "Maximum call stack size exceeded\n";
    assert_eq!(r.text(Stream::Stdout), format!("{line}{line}{line}8000\n"), "stderr: {}", r.text(Stream::Stderr));
    assert!(r.limit.is_none());
}

#[test]
fn recursion_deeper_than_boas_default_works() {
    let (r, _) =
        run_with("function d(n) { return n === 0 ? 0 : 1 + d(n - 1); } console.log(d(1500));", Limits::default());
    assert_eq!(r.text(Stream::Stdout), "1500\n", "stderr: {}", r.text(Stream::Stderr));
    assert!(r.limit.is_none());
}

#[test]
fn endless_interval_stops_at_the_callback_limit() {
    let limits = Limits { callbacks: 10_000, ..Limits::default() };
    assert_stopped_by("let n = 0; setInterval(() => { n++; }, 1);", limits, "callbacks");
}

#[test]
fn endless_promise_chain_stops_at_the_microtask_limit() {
    let limits = Limits { microtasks: 100_000, ..Limits::default() };
    assert_stopped_by("(function f() { Promise.resolve().then(f); })();", limits, "microtasks");
}

#[test]
fn endless_next_tick_recursion_stops_at_the_microtask_limit() {
    let limits = Limits { microtasks: 100_000, ..Limits::default() };
    assert_stopped_by("(function f() { process.nextTick(f); })();", limits, "microtasks");
}

#[test]
fn timer_beyond_the_horizon_stops() {
    let r = assert_stopped_by(
        "setTimeout(() => console.log('never'), 2 ** 31 - 1); console.log('scheduled');",
        Limits::default(),
        "virtualTime",
    );
    assert_eq!(r.text(Stream::Stdout), "scheduled\n");
}

#[test]
fn flood_of_output_stops() {
    let limits = Limits { output_bytes: 100_000, ..Limits::default() };
    let r = assert_stopped_by("for (;;) console.log('x'.repeat(99));", limits, "outputBytes");
    assert!(r.text(Stream::Stdout).len() <= 100_000);
}

#[test]
fn huge_array_fill_stops() {
    assert_stopped_by("new Array(1e9).fill(0);", Limits::default(), "allocation");
}

#[test]
fn huge_array_from_stops() {
    assert_stopped_by("Array.from({ length: 1e9 }, (_, i) => i);", Limits::default(), "allocation");
}

#[test]
fn huge_string_repeat_stops() {
    assert_stopped_by("const s = 'x'.repeat(2 ** 27);", Limits::default(), "allocation");
}

#[test]
fn huge_pad_stops() {
    assert_stopped_by("'ab'.padEnd(2 ** 28, 'c');", Limits::default(), "allocation");
}

#[test]
fn string_over_v8s_limit_throws_a_catchable_range_error_like_v8() {
    let (r, _) =
        run_with("try { 'x'.repeat(2 ** 30); } catch (e) { console.log(e.name, e.message); }", Limits::default());
    assert_eq!(r.text(Stream::Stdout), "RangeError Invalid string length\n");
    assert!(r.limit.is_none());
}

#[test]
fn huge_typed_array_throws_a_range_error() {
    let (r, _) = run_with("try { new Uint8Array(2 ** 31); } catch (e) { console.log(e.name); }", Limits::default());
    assert_eq!(r.text(Stream::Stdout), "RangeError\n");
}

#[test]
fn limit_hit_inside_a_callback_ends_the_run_without_exit_handlers() {
    let r = assert_stopped_by(
        "process.on('exit', () => console.log('exit handler')); setTimeout(() => { for (;;) {} }, 5);",
        Limits::default(),
        "loopIterations",
    );
    assert_eq!(r.text(Stream::Stdout), "");
}

#[test]
fn cpu_time_budget_stops_an_endless_microtask_chain_and_keeps_the_output() {
    let limits = Limits { cpu_time_ms: 300.0, ..Limits::default() };
    let r = assert_stopped_by("console.log('start'); function f() { Promise.resolve().then(f); } f();", limits, "time");
    assert_eq!(r.text(Stream::Stdout), "start\n");
    let stderr = r.text(Stream::Stderr);
    assert_eq!(
        stderr,
        "crib: run stopped after 0.3 s of CPU time: the program did not finish (an endless loop?) [limit: time]\n"
    );
}

#[test]
fn cpu_time_budget_stops_an_endless_async_recursion() {
    let limits = Limits { cpu_time_ms: 300.0, ..Limits::default() };
    assert_stopped_by("async function f() { await null; return f(); } f();", limits, "time");
}

#[test]
fn cpu_time_budget_stops_a_printing_loop_between_writes() {
    let limits = Limits { cpu_time_ms: 300.0, output_bytes: 1 << 30, ..Limits::default() };
    let (r, took) =
        run_with("for (let i = 0; ; i++) { if (i % 1000 === 0) console.log(i); JSON.stringify({ a: [i] }); }", limits);
    assert_eq!(r.limit.as_ref().map(|l| l.limit.as_str()), Some("time"), "stderr: {}", r.text(Stream::Stderr));
    assert!(took < Duration::from_secs(10), "took {took:?}");
}
