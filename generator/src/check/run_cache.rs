//! Remembered example runs, so `crib check` on every save re-runs only the
//! examples whose inputs changed. A run is deterministic (virtual clock,
//! virtual files), so its result is a function of the program, its stdin
//! and files, and the runtime: the key hashes all of them, the runtime
//! identified by the `crib` executable itself (path, size, mtime), so a new
//! build of crib never reuses old results. Stored in
//! `.crib-cache/check-runs.json`; entries not used by a check are dropped.

use super::examples::Example;
use playground::RunResult;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub struct RunCache {
    path: Option<PathBuf>,
    old: HashMap<String, RunResult>,
    used: Mutex<HashMap<String, RunResult>>,
    runtime: String,
}

impl RunCache {
    /// Opens `ROOT/.crib-cache/check-runs.json`; `None` disables caching.
    pub fn open(root: Option<&Path>) -> RunCache {
        let path = root.map(|r| r.join(".crib-cache").join("check-runs.json"));
        let old = path
            .as_ref()
            .and_then(|p| std::fs::read(p).ok())
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        RunCache { path, old, used: Mutex::new(HashMap::new()), runtime: runtime_id() }
    }

    pub fn key(&self, example: &Example) -> String {
        let mut h = blake3::Hasher::new();
        for part in [self.runtime.as_str(), &example.filename, &example.source, example.stdin.as_deref().unwrap_or("\u{0}")] {
            h.update(&(part.len() as u64).to_le_bytes());
            h.update(part.as_bytes());
        }
        for (name, text) in &example.files {
            h.update(&(name.len() as u64).to_le_bytes());
            h.update(name.as_bytes());
            h.update(&(text.len() as u64).to_le_bytes());
            h.update(text.as_bytes());
        }
        h.finalize().to_hex().to_string()
    }

    /// The remembered result for `key`, or `run()`'s, remembered.
    pub fn get_or_run(&self, key: String, run: impl FnOnce() -> RunResult) -> RunResult {
        let result = match self.old.get(&key) {
            Some(hit) => hit.clone(),
            None => run(),
        };
        self.used.lock().unwrap_or_else(|e| e.into_inner()).insert(key, result.clone());
        result
    }

    /// Writes the results used this time (best effort: a read-only site
    /// just runs everything again next time).
    pub fn save(self) {
        let Some(path) = self.path else { return };
        let used = self.used.into_inner().unwrap_or_else(|e| e.into_inner());
        if used.keys().all(|k| self.old.contains_key(k)) && used.len() == self.old.len() {
            return;
        }
        if let (Some(dir), Ok(json)) = (path.parent(), serde_json::to_vec(&used)) {
            let _ = std::fs::create_dir_all(dir);
            let tmp = path.with_extension("json.tmp");
            if std::fs::write(&tmp, json).is_ok() {
                let _ = std::fs::rename(&tmp, &path);
            }
        }
    }
}

/// Identifies the runtime: this executable's path, size and mtime.
fn runtime_id() -> String {
    let exe = std::env::current_exe().ok();
    let meta = exe.as_ref().and_then(|e| std::fs::metadata(e).ok());
    let mtime = meta.as_ref().and_then(|m| m.modified().ok()).and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
    format!(
        "{}|{:?}|{}|{:?}",
        env!("CARGO_PKG_VERSION"),
        exe,
        meta.map_or(0, |m| m.len()),
        mtime.map_or(0, |d| d.as_nanos())
    )
}
