//! What the browser runtime artifact (`playground/prebuilt/`) is built from,
//! as one hash: `cargo xtask wasm` writes it into the artifact's manifest,
//! and crib's test `runtime_artifact` recomputes it and fails, naming the
//! command, when the two differ. Both include this file, so there is one
//! definition of the inputs.
//!
//! The inputs are everything that can change the module's bytes:
//! - the runtime's sources: `playground/` (Rust, build script, built-in
//!   JavaScript, manifest), the patched crates under `vendor/`;
//! - how it is built: `xtask/Cargo.toml`, the build steps (`wasm.rs`,
//!   `wasm_layout.rs`, this file, which also pins the toolchain);
//! - the dependencies it is built with: the `[profile]`, `[patch]` and
//!   `[workspace.dependencies]` tables of the root `Cargo.toml`, and the
//!   entries of `Cargo.lock` that `playground` or `xtask` (wasm-bindgen's
//!   post-processing) depend on, directly or not.
//!
//! Nothing else: a new dependency of the generator, an edited page template
//! or a test does not ask for a new artifact. Text is hashed with `\n` line
//! ends, so a checkout with CRLF line ends hashes the same.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The Rust toolchain the artifact is built with (`cargo xtask wasm` checks
/// `rustc -V` against it, so two machines build the same bytes).
pub(crate) const TOOLCHAIN: &str = "1.95.0";

/// Files and folders (every file below them) under the workspace root.
pub(crate) const INPUTS: &[&str] = &[
    "playground/Cargo.toml",
    "playground/build.rs",
    "playground/build",
    "playground/src",
    "playground/js/bootstrap.js",
    "playground/js/lib",
    "playground/js/node",
    "vendor",
    "xtask/Cargo.toml",
    "xtask/src/fingerprint.rs",
    "xtask/src/minify.rs",
    "xtask/src/wasm.rs",
    "xtask/src/wasm_layout.rs",
];

/// The root `Cargo.toml` tables that shape the build.
const MANIFEST_TABLES: &[&str] = &["profile", "patch", "workspace.dependencies"];

/// The hash of every input under `root` (the workspace), as 64 hex digits.
pub(crate) fn inputs_hash(root: &Path) -> Result<String, String> {
    let mut h = blake3::Hasher::new();
    let mut part = |name: &str, bytes: &[u8]| {
        h.update(&(name.len() as u64).to_le_bytes());
        h.update(name.as_bytes());
        h.update(&(bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    };
    part("toolchain", TOOLCHAIN.as_bytes());
    let mut files = BTreeSet::new();
    for input in INPUTS {
        collect(root, &root.join(input), &mut files)?;
    }
    for rel in &files {
        let path = root.join(rel);
        let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        part(rel, &lf_line_ends(bytes));
    }
    let manifest = read_toml(&root.join("Cargo.toml"))?;
    for table in MANIFEST_TABLES {
        let value = table.split('.').try_fold(&manifest, |v, key| v.get(key));
        part(&format!("Cargo.toml [{table}]"), canonical(value).as_bytes());
    }
    let lock = read_toml(&root.join("Cargo.lock"))?;
    part("Cargo.lock (playground, xtask)", &lock_closure(&lock, &["playground", "xtask"])?);
    Ok(h.finalize().to_hex().to_string())
}

/// The hash of every file at or below `dir` (names relative to it, and
/// bytes): how the manifest records the minified built-ins.
#[allow(dead_code)] // crib's build script includes this file too.
pub(crate) fn tree_hash(dir: &Path) -> Result<String, String> {
    let mut files = BTreeSet::new();
    collect(dir, dir, &mut files)?;
    let mut h = blake3::Hasher::new();
    for rel in &files {
        let path = dir.join(rel);
        let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        for part in [rel.as_bytes(), &bytes[..]] {
            h.update(&(part.len() as u64).to_le_bytes());
            h.update(part);
        }
    }
    Ok(h.finalize().to_hex().to_string())
}

/// Every file at or below `path`, as `/`-separated paths relative to `root`.
fn collect(root: &Path, path: &Path, out: &mut BTreeSet<String>) -> Result<(), String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if meta.is_dir() {
        let entries = std::fs::read_dir(path).map_err(|e| format!("cannot list {}: {e}", path.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("cannot list {}: {e}", path.display()))?;
            // Hidden files (editor swap files, .DS_Store) are nobody's input.
            if !entry.file_name().to_string_lossy().starts_with('.') {
                collect(root, &entry.path(), out)?;
            }
        }
    } else {
        let rel = path.strip_prefix(root).map_err(|_| format!("{} is outside {}", path.display(), root.display()))?;
        let parts: Vec<_> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        out.insert(parts.join("/"));
    }
    Ok(())
}

fn lf_line_ends(bytes: Vec<u8>) -> Vec<u8> {
    if !bytes.windows(2).any(|w| w == b"\r\n") {
        return bytes;
    }
    let mut out = Vec::with_capacity(bytes.len());
    for (i, &b) in bytes.iter().enumerate() {
        if !(b == b'\r' && bytes.get(i + 1) == Some(&b'\n')) {
            out.push(b);
        }
    }
    out
}

fn read_toml(path: &Path) -> Result<toml::Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{} is not valid TOML: {e}", path.display()))
}

/// A TOML value written with sorted keys, whatever order the file has.
fn canonical(value: Option<&toml::Value>) -> String {
    fn write(value: &toml::Value, out: &mut String) {
        match value {
            toml::Value::Table(table) => {
                let sorted: BTreeMap<_, _> = table.iter().collect();
                out.push('{');
                for (key, value) in sorted {
                    out.push_str(&format!("{key:?}="));
                    write(value, out);
                    out.push(',');
                }
                out.push('}');
            }
            toml::Value::Array(items) => {
                out.push('[');
                for item in items {
                    write(item, out);
                    out.push(',');
                }
                out.push(']');
            }
            other => out.push_str(&other.to_string()),
        }
    }
    let mut out = String::new();
    if let Some(value) = value {
        write(value, &mut out);
    }
    out
}

/// The lock entries of `roots` and everything they depend on, each as
/// `name version source checksum`, sorted.
fn lock_closure(lock: &toml::Value, roots: &[&str]) -> Result<Vec<u8>, String> {
    let packages = lock.get("package").and_then(|p| p.as_array()).ok_or("Cargo.lock has no [[package]] entries")?;
    let field = |p: &toml::Value, key: &str| p.get(key).and_then(|v| v.as_str()).unwrap_or("").to_string();
    // A dependency is written "name" or "name version" (or "name version (source)").
    let find = |dep: &str| {
        let mut words = dep.split_whitespace();
        let (name, version) = (words.next().unwrap_or(""), words.next());
        packages.iter().position(|p| field(p, "name") == name && version.is_none_or(|v| field(p, "version") == v))
    };
    let mut todo = Vec::new();
    for root in roots {
        todo.push(find(root).ok_or_else(|| format!("Cargo.lock has no package {root}"))?);
    }
    let mut seen: BTreeSet<usize> = todo.iter().copied().collect();
    while let Some(i) = todo.pop() {
        for dep in packages[i].get("dependencies").and_then(|d| d.as_array()).into_iter().flatten() {
            let dep = dep.as_str().unwrap_or("");
            let j = find(dep).ok_or_else(|| format!("Cargo.lock names a dependency `{dep}` it does not list"))?;
            if seen.insert(j) {
                todo.push(j);
            }
        }
    }
    let mut lines: Vec<String> = seen
        .into_iter()
        .map(|i| {
            let p = &packages[i];
            format!("{} {} {} {}\n", field(p, "name"), field(p, "version"), field(p, "source"), field(p, "checksum"))
        })
        .collect();
    lines.sort();
    Ok(lines.concat().into_bytes())
}
