//! Benchmark: creating a runtime and running the classic ordering example,
//! in process (median of many runs). `cargo bench -p playground`.
//!
//! Runs on one thread share an engine (`src/engine.rs`): the bootstrap and
//! the built-in modules are compiled once, so these are the per-run costs a
//! build with thousands of examples pays. "on a new engine" runs each
//! program on a thread of its own, paying for the engine too (what
//! `crib run` pays once per process). `PARTS=1` times single features.

use playground::{RunOptions, run};
use std::time::{Duration, Instant};

const CLASSIC: &str = "console.log('1. Start');
setTimeout(() => console.log('4. setTimeout'), 0);
Promise.resolve().then(() => console.log('3. Promise'));
process.nextTick(() => console.log('2. nextTick'));
console.log('5. End');
";

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn bench(name: &str, source: &str, runs: usize) {
    let options = RunOptions { source: source.into(), ..RunOptions::default() };
    for _ in 0..5 {
        run(&options);
    }
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let result = run(&options);
        times.push(start.elapsed());
        assert_eq!(result.exit_code, 0, "{name} must succeed");
    }
    let min = *times.iter().min().expect("runs > 0");
    println!(
        "{name:<40} median {:>8.3} ms   min {:>8.3} ms   ({runs} runs)",
        median(times).as_secs_f64() * 1e3,
        min.as_secs_f64() * 1e3
    );
}

fn main() {
    let runs = std::env::args().filter_map(|a| a.parse().ok()).next().unwrap_or(200);
    if std::env::var_os("PARTS").is_some() {
        parts(runs);
        return;
    }
    bench("empty program (runtime creation)", "", runs);
    bench("classic ordering example", CLASSIC, runs);
    fresh("classic ordering example on a new engine", CLASSIC, runs / 10 + 1);
}

fn fresh(name: &str, source: &'static str, runs: usize) {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        std::thread::spawn(move || run(&RunOptions { source: source.into(), ..RunOptions::default() }))
            .join()
            .expect("no panic");
        times.push(start.elapsed());
    }
    let min = *times.iter().min().expect("runs > 0");
    println!(
        "{name:<40} median {:>8.3} ms   min {:>8.3} ms   ({runs} runs)",
        median(times).as_secs_f64() * 1e3,
        min.as_secs_f64() * 1e3
    );
}
fn parts(runs: usize) {
    for (n, s) in [
        ("log", "console.log('x')"),
        ("timeout", "setTimeout(()=>{},0)"),
        ("promise", "Promise.resolve().then(()=>{})"),
        ("tick", "process.nextTick(()=>{})"),
        ("empty", ""),
    ] {
        bench(n, s, runs);
    }
}
