//! Compares the JavaScript grammars on hand, speed and scopes:
//! `cargo run --release -p crib --example grammars -- FILE [time|tokens]`.
//! FILE holds JavaScript; lines starting with three backticks restart the
//! parser (so fences cut out of a corpus can be concatenated). Prints
//! lines/s per grammar on one core and, with `tokens`, every token's scopes
//! (how bench/README.md's grammar comparison was made).
use std::time::Instant;

/// CPU seconds of this thread (the machine may be shared: wall time lies).
fn cpu_seconds() -> f64 {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec through a valid pointer.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    t.tv_sec as f64 + t.tv_nsec as f64 / 1e9
}
use syntect::parsing::{ParseState, ScopeStack, SyntaxSet};
use syntect::util::LinesWithEndings;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let tf = two_face::syntax::extra_newlines();
    let sy = SyntaxSet::load_defaults_newlines();
    for (label, set) in [("two-face", &tf), ("syntect", &sy)] {
        for s in set.syntaxes() {
            if s.name.contains("JavaScript") || s.name.contains("TypeScript") || s.name == "Rust" {
                println!("{label}: {:?} ext={:?}", s.name, s.file_extensions);
            }
        }
        println!("{label}: token js -> {:?}", set.find_syntax_by_token("js").map(|s| &s.name));
    }
    let code = std::fs::read_to_string(&args[1]).unwrap();
    let mode = args.get(2).map(String::as_str).unwrap_or("time");
    for (label, set, name) in
        [("two-face", &tf, "JavaScript (Babel)"), ("two-face", &tf, "JavaScript"), ("syntect", &sy, "JavaScript")]
    {
        let Some(syn) = set.find_syntax_by_name(name) else { continue };
        let t = Instant::now();
        let cpu = cpu_seconds();
        let mut lines = 0;
        let mut state = ParseState::new(syn);
        let mut stack = ScopeStack::new();
        let mut toks: Vec<(String, String)> = Vec::new();
        for line in LinesWithEndings::from(&code) {
            if line.starts_with("```") {
                state = ParseState::new(syn);
                stack = ScopeStack::new();
                continue;
            }
            lines += 1;
            let ops = state.parse_line(line, set).unwrap();
            if mode == "tokens" {
                let mut pos = 0;
                for (at, op) in ops {
                    if at > pos {
                        toks.push((stack.to_string(), line[pos..at].to_string()));
                        pos = at;
                    }
                    stack.apply(&op).unwrap();
                }
                if pos < line.len() {
                    toks.push((stack.to_string(), line[pos..].to_string()));
                }
            }
        }
        let dt = t.elapsed().as_secs_f64();
        let cpu = cpu_seconds() - cpu;
        println!(
            "{label} {name}: {lines} lines in {dt:.2} s wall, {cpu:.2} s CPU = {:.0} lines per CPU-second",
            lines as f64 / cpu
        );
        if mode == "tokens" {
            for (s, t) in toks {
                if !t.trim().is_empty() {
                    println!("  {t:?} {s}");
                }
            }
        }
    }
}
