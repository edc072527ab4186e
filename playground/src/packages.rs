//! The npm package store: files of real npm packages (Express and its
//! dependency tree), mounted read-only at `/node_modules/` for the CommonJS
//! loader in `bootstrap.js`, behind the user's own virtual files.
//!
//! Each package is a snapshot of its installed `node_modules` tree made by
//! `cargo xtask packages` (`playground/packages/prebuilt/<name>.json`, see
//! `xtask/src/packages.rs`), not a bundle, so Node's module semantics hold
//! file by file. Native builds embed every snapshot; the browser's wasm
//! embeds none (its first download stays as it was): the page fetches a
//! package's snapshot the first time a program requires it and hands it to
//! [`add`] (`add_package` in `wasm.rs`). [`KNOWN`] names every package either
//! way, so a run can say which ones it wanted (`RunResult::packages`).

use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};

/// The packages the playground offers: the `dependencies` of
/// `playground/packages/package.json` (checked by `tests/packages.rs`).
pub const KNOWN: &[&str] = &["express"];

/// The embedded snapshots (native only).
#[cfg(not(target_arch = "wasm32"))]
const EMBEDDED: &[&str] = &[include_str!("../packages/prebuilt/express.json")];
#[cfg(target_arch = "wasm32")]
const EMBEDDED: &[&str] = &[];

/// Every package's snapshot as embedded, `(name, JSON)` in [`KNOWN`]'s
/// order: what `crib build` writes for the browser (`packages/<name>.js`).
#[cfg(not(target_arch = "wasm32"))]
pub fn snapshots() -> Vec<(&'static str, &'static str)> {
    KNOWN.iter().copied().zip(EMBEDDED.iter().copied()).collect()
}

/// One snapshot as `cargo xtask packages` writes it.
#[derive(Deserialize)]
pub struct Snapshot {
    pub name: String,
    pub version: String,
    /// Virtual path (`/node_modules/...`) to contents.
    pub files: HashMap<String, String>,
}

#[derive(Default)]
struct Store {
    /// name -> version of the packages added.
    added: Vec<(String, String)>,
    files: BTreeMap<String, Arc<str>>,
    embedded_loaded: bool,
}

static STORE: Mutex<Store> = Mutex::new(Store { added: Vec::new(), files: BTreeMap::new(), embedded_loaded: false });

fn store() -> MutexGuard<'static, Store> {
    let mut store = STORE.lock().unwrap_or_else(|e| e.into_inner());
    if !store.embedded_loaded {
        store.embedded_loaded = true;
        for text in EMBEDDED {
            let snapshot: Snapshot = serde_json::from_str(text).expect("an embedded package snapshot is valid JSON");
            store.insert(snapshot);
        }
    }
    store
}

impl Store {
    fn insert(&mut self, snapshot: Snapshot) {
        for (path, text) in snapshot.files {
            self.files.insert(path, Arc::from(text));
        }
        self.added.retain(|(n, _)| *n != snapshot.name);
        self.added.push((snapshot.name, snapshot.version));
    }
}

/// Adds a snapshot (the JSON `cargo xtask packages` wrote) to the store of
/// this process; returns the package's name, or why it was refused.
pub fn add(json: &str) -> Result<String, String> {
    let snapshot: Snapshot = serde_json::from_str(json).map_err(|e| format!("not a package snapshot: {e}"))?;
    if !KNOWN.contains(&snapshot.name.as_str()) {
        return Err(format!("`{}` is not one of the playground's packages ({})", snapshot.name, KNOWN.join(", ")));
    }
    let name = snapshot.name.clone();
    store().insert(snapshot);
    Ok(name)
}

/// `(name, version)` of every package in the store.
pub fn added() -> Vec<(String, String)> {
    store().added.clone()
}

/// Whether the store has a file at `path`.
pub(crate) fn has(path: &str) -> bool {
    store().files.contains_key(path)
}

/// The contents of the file at `path`, if the store has it.
pub(crate) fn file(path: &str) -> Option<Arc<str>> {
    store().files.get(path).cloned()
}
