//! Embeds every file under `js/lib/` in the binary: generates
//! `$OUT_DIR/builtins.rs` with a table of (module name, source) pairs, where
//! `js/lib/fs/promises.js` is the module `fs/promises`; and
//! `$OUT_DIR/bootstrap.js` from `js/bootstrap.js`.
//!
//! The sources are minified on the way (`build/minify.rs`, with oxc), which
//! makes the browser's wasm smaller; native and wasm embed the same text, so
//! a build-time run and a browser run print the same stack frames.
//! `CRIB_JS_MINIFY=0` embeds them as written.

#[path = "build/minify.rs"]
mod minify;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            let rel = path.strip_prefix(root).expect("under root").with_extension("");
            let name = rel.to_string_lossy().replace('\\', "/");
            out.push((name, path));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let lib = manifest.join("js/lib");
    println!("cargo:rerun-if-changed=js");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-env-changed=CRIB_JS_MINIFY");
    let minified = std::env::var("CRIB_JS_MINIFY").map_or(true, |v| v != "0");
    let mut files = Vec::new();
    collect(&lib, &lib, &mut files);
    files.sort();
    let mut code = String::from("pub(crate) static BUILTINS: &[(&str, &str)] = &[\n");
    for (name, path) in &files {
        let embedded = if minified {
            let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
            let dest = out_dir.join("builtins").join(format!("{name}.js"));
            std::fs::create_dir_all(dest.parent().expect("has a parent")).expect("create the builtins folder");
            std::fs::write(&dest, minified_or_stop(&text, path, minify::Kind::Module)).expect("write a minified built-in");
            dest
        } else {
            path.clone()
        };
        let _ = writeln!(code, "    ({name:?}, include_str!({:?})),", embedded.display().to_string());
    }
    code.push_str("];\n");
    std::fs::write(out_dir.join("builtins.rs"), code).expect("write builtins table");
    // bootstrap.js the same way (src/engine.rs includes `$OUT_DIR/bootstrap.js`).
    let bootstrap_path = manifest.join("js/bootstrap.js");
    let bootstrap = std::fs::read_to_string(&bootstrap_path).expect("read js/bootstrap.js");
    let bootstrap = if minified { minified_or_stop(&bootstrap, &bootstrap_path, minify::Kind::Bootstrap) } else { bootstrap };
    std::fs::write(out_dir.join("bootstrap.js"), bootstrap).expect("write bootstrap.js");
}

/// The minified text, or the build stops naming the file and the errors.
fn minified_or_stop(text: &str, path: &Path, kind: minify::Kind) -> String {
    minify::minify(text, kind).unwrap_or_else(|errors| {
        eprintln!("error: {} does not parse as JavaScript:\n{errors}", path.display());
        std::process::exit(1)
    })
}
