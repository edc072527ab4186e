//! Any text as a ```mermaid fence.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|source: &str| {
    let _ = crib::diagrams::render_fence(source, "d-0");
});
