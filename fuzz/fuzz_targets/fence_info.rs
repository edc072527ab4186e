//! Any text as a code fence's info string.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|info: &str| {
    let (lang, attrs) = crib::markdown::fence_info::parse_info(info);
    assert!(!lang.contains(char::is_whitespace));
    assert!(attrs.keys().all(|k| !k.is_empty()));
});
