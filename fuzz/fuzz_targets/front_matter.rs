//! Any text as a whole page file, front matter (`+++` TOML, `---` YAML) first.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for framed in [text.to_string(), format!("+++\n{text}\n+++\n"), format!("---\n{text}\n---\n")] {
        match crib::content::front_matter::split(&framed) {
            Ok((_, body)) => assert!(framed.is_char_boundary(body)),
            Err(err) => {
                let d = crib::diagnostics::Diagnostic::error("content/x.md", framed.as_str(), err.span, err.message);
                let _ = d.render(false);
            }
        }
    }
});
