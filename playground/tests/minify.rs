//! The built-ins and bootstrap.js are embedded minified (`build/minify.rs`,
//! oxc). Every minified file must still parse with Boa the way the runtime
//! wraps it, be much smaller, and keep its function and class names; what
//! the code does is checked by every runtime test (the differential cases
//! compare with Node, `builtin_names.js` among them).

#[path = "../build/minify.rs"]
mod minify;

use boa_engine::ast::scope::Scope;
use boa_engine::interner::Interner;
use boa_engine::parser::{Parser, Source};
use minify::{Kind, minify};
use std::path::{Path, PathBuf};

/// Parses `code` with Boa, as the runtime will.
fn parses(code: &str) -> Result<(), String> {
    let mut interner = Interner::default();
    Parser::new(Source::from_bytes(code.as_bytes()))
        .parse_script(&Scope::new_global(), &mut interner)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

fn js_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            js_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            out.push(path);
        }
    }
}

#[test]
fn every_builtin_parses_minified_and_shrinks() {
    let mut files = Vec::new();
    js_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("js/lib"), &mut files);
    assert!(files.len() > 20, "found the built-ins");
    let (mut before, mut after) = (0, 0);
    for path in &files {
        let source = std::fs::read_to_string(path).unwrap();
        let small = minify(&source, Kind::Module).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        before += source.len();
        after += small.len();
        let wrapped = format!("(function (exports, require, module, host) {{ {small}\n}})");
        if let Err(e) = parses(&wrapped) {
            panic!("{}: the minified text does not parse with Boa: {e}", path.display());
        }
    }
    assert!(after * 10 < before * 6, "minified by at least 40%: {before} -> {after}");
}

#[test]
fn bootstrap_stays_one_named_function_expression() {
    // Its syntax tree is deep: parse it on a thread with room for that.
    let check = || {
        let source = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("js/bootstrap.js")).unwrap();
        let small = minify(&source, Kind::Bootstrap).unwrap();
        assert!(small.starts_with("(function bootstrap("), "{}", &small[..80.min(small.len())]);
        parses(&small).unwrap();
        assert!(small.len() * 10 < source.len() * 7, "minified by at least 30%: {} -> {}", source.len(), small.len());
    };
    std::thread::Builder::new().stack_size(256 << 20).spawn(check).unwrap().join().unwrap();
}

#[test]
fn names_stay_and_locals_shrink() {
    let source = "'use strict';\nconst longLocalName = 1;\nfunction readFile(path, options) { const buffer = path + options; return buffer + longLocalName; }\nclass Readable {}\nmodule.exports = { readFile, Readable };";
    let small = minify(source, Kind::Module).unwrap();
    for kept in ["'use strict'", "function readFile(", "class Readable", "module.exports", "readFile", "Readable"] {
        assert!(small.contains(kept) || small.contains(&kept.replace('\'', "\"")), "{kept:?} kept in {small}");
    }
    for renamed in ["longLocalName", "buffer", "options"] {
        assert!(!small.contains(renamed), "{renamed:?} shortened in {small}");
    }
}

#[test]
fn a_syntax_error_is_reported_not_embedded() {
    let err = minify("function (", Kind::Module).unwrap_err();
    assert!(!err.is_empty());
}
