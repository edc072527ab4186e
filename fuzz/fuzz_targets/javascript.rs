//! Any text as a program for the runtime: parsed, run on the simulated
//! event loop under tight limits; it must end (output, exit code or limit).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|source: &str| {
    let mut options = playground::RunOptions { source: source.to_string(), ..Default::default() };
    options.limits.loop_iterations = 10_000;
    let _ = playground::run(&options);
});
