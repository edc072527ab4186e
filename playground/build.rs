//! Embeds the built-in JavaScript (`build/builtins.rs` names the files):
//! generates `$OUT_DIR/builtins.rs`, a table of (module name, source)
//! pairs, and `$OUT_DIR/bootstrap.js`.
//!
//! What is embedded is the minified copy in `prebuilt/js/`, written by
//! `cargo xtask wasm` with oxc (`xtask/src/minify.rs`) and committed with
//! the browser artifact, so native and wasm embed the same text and a
//! build-time run and a browser run print the same stack frames; building
//! the runtime needs no minifier.
//!
//! While someone edits a built-in, the copies are older than the sources
//! (their `SOURCES.blake3` differs): then the sources are embedded as
//! written, with a warning naming `cargo xtask wasm`, and the test
//! `runtime_artifact` fails until it is run. `cargo xtask wasm` sets
//! `CRIB_JS_REQUIRE_PREBUILT=1`, which makes that a build error instead.
//! `CRIB_JS_MINIFY=0` embeds the sources as written.

#[path = "build/builtins.rs"]
mod builtins;

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed=js");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed={}", builtins::PREBUILT);
    println!("cargo:rerun-if-env-changed=CRIB_JS_MINIFY");
    println!("cargo:rerun-if-env-changed=CRIB_JS_REQUIRE_PREBUILT");

    let files = builtins::builtins(&manifest);
    let prebuilt = manifest.join(builtins::PREBUILT);
    let use_prebuilt = std::env::var("CRIB_JS_MINIFY").map_or(true, |v| v != "0")
        && {
            let sources =
                builtins::sources_hash(&files).unwrap_or_else(|e| panic!("read the built-ins under js/: {e}"));
            let minified_from = std::fs::read_to_string(prebuilt.join(builtins::SOURCES_FILE)).unwrap_or_default();
            let fresh = minified_from.trim() == sources;
            if !fresh {
                if std::env::var_os("CRIB_JS_REQUIRE_PREBUILT").is_some() {
                    panic!("{} was not minified from today's js/ sources", prebuilt.display());
                }
                println!(
                    "cargo:warning=the built-ins under js/ changed since their minified copies in prebuilt/js/ were made: embedding them as written; run `cargo xtask wasm`"
                );
            }
            fresh
        };

    let mut table = String::from("pub(crate) static BUILTINS: &[(&str, &str)] = &[\n");
    for file in &files {
        let embedded = if use_prebuilt { prebuilt.join(&file.rel) } else { file.path.clone() };
        match file.module() {
            Some(name) => {
                let _ = writeln!(table, "    ({name:?}, include_str!({:?})),", embedded.display().to_string());
            }
            // src/engine.rs includes `$OUT_DIR/bootstrap.js`.
            None => {
                std::fs::copy(&embedded, out_dir.join("bootstrap.js"))
                    .unwrap_or_else(|e| panic!("copy {}: {e}", embedded.display()));
            }
        }
    }
    table.push_str("];\n");
    std::fs::write(out_dir.join("builtins.rs"), table).expect("write the built-ins table");
}
