//! The built-in JavaScript the runtime embeds: `js/bootstrap.js` and every
//! file under `js/lib/` (our own modules: `js/lib/fs/promises.js` is the
//! module `fs/promises`) and `js/node/` (modules generated from Node's own
//! sources by `js/tools/`, named the same way; a name in both is an error),
//! and the hash that says whether their minified copies in `prebuilt/js/`
//! are up to date.
//!
//! Included by `build.rs` (which embeds the minified copies when the hash
//! matches) and by `cargo xtask wasm` (which writes them), so both name the
//! same files and hash them the same way.

use std::path::{Path, PathBuf};

/// Where `cargo xtask wasm` writes the minified copies, from the crate root;
/// the same relative paths as under `js/`, plus [`SOURCES_FILE`].
pub(crate) const PREBUILT: &str = "prebuilt/js";
/// In [`PREBUILT`]: the [`sources_hash`] of the sources the copies were
/// minified from.
pub(crate) const SOURCES_FILE: &str = "SOURCES.blake3";

/// One built-in: its path under `js/` (`lib/fs/promises.js`, `bootstrap.js`)
/// and its file.
pub(crate) struct Builtin {
    pub rel: String,
    pub path: PathBuf,
}

impl Builtin {
    /// The module name of a file under `lib/` or `node/` (`fs/promises`);
    /// `None` for `bootstrap.js`.
    pub(crate) fn module(&self) -> Option<&str> {
        MODULE_ROOTS
            .iter()
            .find_map(|root| self.rel.strip_prefix(root)?.strip_prefix('/'))
            .and_then(|r| r.strip_suffix(".js"))
    }
}

/// The folders under `js/` that hold modules: our own, then the ones
/// generated from Node's sources.
pub(crate) const MODULE_ROOTS: &[&str] = &["lib", "node"];

/// `js/bootstrap.js` and every `.js` file under the [`MODULE_ROOTS`] of the
/// crate at `crate_dir`, sorted by path. Panics when two files name the same
/// module (a generated module and one of ours).
pub(crate) fn builtins(crate_dir: &Path) -> Vec<Builtin> {
    let js = crate_dir.join("js");
    let mut out = vec![Builtin { rel: "bootstrap.js".into(), path: js.join("bootstrap.js") }];
    for root in MODULE_ROOTS {
        collect(&js.join(root), &js, &mut out);
    }
    out.sort_by(|a, b| a.rel.cmp(&b.rel));
    let mut names: Vec<&str> = out.iter().filter_map(Builtin::module).collect();
    names.sort_unstable();
    if let Some(w) = names.windows(2).find(|w| w[0] == w[1]) {
        panic!("the module `{}` is both in js/lib/ and in js/node/: keep one", w[0]);
    }
    out
}

fn collect(dir: &Path, js: &Path, out: &mut Vec<Builtin>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, js, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            let rel = path.strip_prefix(js).expect("under js/");
            let rel =
                rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/");
            out.push(Builtin { rel, path });
        }
    }
}

/// The hash of the built-ins' names and texts (line ends as `\n`), as hex.
pub(crate) fn sources_hash(builtins: &[Builtin]) -> std::io::Result<String> {
    let mut h = blake3::Hasher::new();
    for b in builtins {
        let text = std::fs::read_to_string(&b.path)?.replace("\r\n", "\n");
        for part in [b.rel.as_bytes(), text.as_bytes()] {
            h.update(&(part.len() as u64).to_le_bytes());
            h.update(part);
        }
    }
    Ok(h.finalize().to_hex().to_string())
}
