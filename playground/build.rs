//! Embeds every file under `js/lib/` in the binary: generates
//! `$OUT_DIR/builtins.rs` with a table of (module name, source) pairs, where
//! `js/lib/fs/promises.js` is the module `fs/promises`.

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
    let lib = manifest.join("js/lib");
    println!("cargo:rerun-if-changed=js");
    let mut files = Vec::new();
    collect(&lib, &lib, &mut files);
    files.sort();
    let mut code = String::from("pub(crate) static BUILTINS: &[(&str, &str)] = &[\n");
    for (name, path) in &files {
        let _ = writeln!(code, "    ({name:?}, include_str!({:?})),", path.display().to_string());
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtins.rs");
    std::fs::write(out, code).expect("write builtins table");
}
