//! The diagram benchmark (`benches/diagrams.rs`) as an ignored test, so the
//! numbers can be printed from the test profile (dependencies are optimised
//! there too) without a release build:
//! `cargo test -p crib --test diagrams_timing -- --ignored --nocapture`.

#[allow(dead_code)]
#[path = "../benches/diagrams.rs"]
mod bench;

#[test]
#[ignore]
fn print_diagram_timings() {
    bench::main();
}
