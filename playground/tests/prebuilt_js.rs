//! The built-ins are embedded as their minified copies in `prebuilt/js/`
//! (written by `cargo xtask wasm`, see `build.rs`). Each copy must exist,
//! have been made from today's sources, parse with Boa the way the runtime
//! wraps it, and be much smaller; what the code does is checked by every
//! runtime test (the differential cases compare with Node, and
//! `builtin_names.js` checks that function names survive).

#[path = "../build/builtins.rs"]
mod builtins;

use boa_engine::ast::scope::Scope;
use boa_engine::interner::Interner;
use boa_engine::parser::{Parser, Source};
use std::path::Path;

const REBUILD: &str = "run `cargo xtask wasm` and commit playground/prebuilt/";

/// Parses `code` with Boa, as the runtime will.
fn parses(code: &str) -> Result<(), String> {
    let mut interner = Interner::default();
    Parser::new(Source::from_bytes(code.as_bytes()))
        .parse_script(&Scope::new_global(), &mut interner)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_copies_were_made_from_todays_sources() {
    let files = builtins::builtins(crate_dir());
    assert!(files.len() > 20, "found the built-ins");
    let prebuilt = crate_dir().join(builtins::PREBUILT);
    let stamp = std::fs::read_to_string(prebuilt.join(builtins::SOURCES_FILE)).unwrap_or_default();
    assert_eq!(
        stamp.trim(),
        builtins::sources_hash(&files).unwrap(),
        "the built-ins under js/ changed since prebuilt/js/ was written: {REBUILD}"
    );
    let mut copies = std::collections::BTreeSet::new();
    collect(&prebuilt, &prebuilt, &mut copies);
    let sources: std::collections::BTreeSet<String> = files.iter().map(|f| f.rel.clone()).collect();
    assert_eq!(copies, sources, "prebuilt/js/ holds other files than js/: {REBUILD}");
}

fn collect(dir: &Path, root: &Path, out: &mut std::collections::BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            out.insert(path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/"));
        }
    }
}

#[test]
fn every_copy_parses_and_is_much_smaller() {
    let prebuilt = crate_dir().join(builtins::PREBUILT);
    let (mut before, mut after) = (0, 0);
    for file in builtins::builtins(crate_dir()).iter().filter(|f| f.module().is_some()) {
        let source = std::fs::read_to_string(&file.path).unwrap();
        let small = std::fs::read_to_string(prebuilt.join(&file.rel))
            .unwrap_or_else(|e| panic!("{}: {e}; {REBUILD}", file.rel));
        before += source.len();
        after += small.len();
        let wrapped = format!("(function (exports, require, module, host) {{ {small}\n}})");
        if let Err(e) = parses(&wrapped) {
            panic!("prebuilt/js/{}: does not parse with Boa: {e}", file.rel);
        }
    }
    assert!(after * 10 < before * 6, "minified by at least 40%: {before} -> {after}");
}

#[test]
fn the_bootstrap_stays_one_named_function_expression() {
    // Its syntax tree is deep: parse it on a thread with room for that.
    let check = || {
        let source = std::fs::read_to_string(crate_dir().join("js/bootstrap.js")).unwrap();
        let small = std::fs::read_to_string(crate_dir().join(builtins::PREBUILT).join("bootstrap.js")).unwrap();
        assert!(small.starts_with("(function bootstrap("), "{}", &small[..80.min(small.len())]);
        parses(&small).unwrap();
        assert!(small.len() * 10 < source.len() * 7, "minified by at least 30%: {} -> {}", source.len(), small.len());
    };
    std::thread::Builder::new().stack_size(256 << 20).spawn(check).unwrap().join().unwrap();
}
