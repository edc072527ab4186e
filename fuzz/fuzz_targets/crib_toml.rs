//! Any text as `crib.toml`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Err(d) = crib::config::Config::parse(text) {
        let _ = d.render(false);
    }
});
