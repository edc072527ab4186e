//! Example results cached by content hash, for `crib build` (and, in a
//! file of its own, `crib check`): the key covers the
//! runtime itself (the hash of the runtime's sources, the one that names
//! the browser runtime artifact; see `playground_assets`) and everything a run reads, so a stale
//! result is never reused. Kept in `examples.json` in the cache folder and
//! read on first lookup (a build that reuses every page never reads it);
//! only entries used by the last build are written back, unless some pages
//! were reused without rendering ([`ResultCache::keep_unused`]): then the
//! old entries are kept too.

use super::Example;
use playground::RunResult;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

pub(super) type Key = String;

pub struct ResultCache {
    path: Option<PathBuf>,
    old: OnceLock<Arc<HashMap<Key, Arc<RunResult>>>>,
    used: Mutex<HashMap<Key, Arc<RunResult>>>,
    keep_unused: AtomicBool,
    /// A result was added by this build (not from the file).
    fresh: AtomicBool,
}

impl ResultCache {
    /// The build's cache: `examples.json` in the cache folder.
    pub fn open(dir: Option<PathBuf>) -> Self {
        Self::open_file(dir.map(|d| d.join("examples.json")))
    }

    /// A cache kept in `path` (`None`: nothing is read or written).
    pub fn open_file(path: Option<PathBuf>) -> Self {
        ResultCache {
            path,
            old: OnceLock::new(),
            used: Mutex::new(HashMap::new()),
            keep_unused: AtomicBool::new(false),
            fresh: AtomicBool::new(false),
        }
    }

    fn old(&self) -> &HashMap<Key, Arc<RunResult>> {
        self.old.get_or_init(|| match &self.path {
            // Parsed once per process while the file is unchanged (crib serve).
            Some(path) => crate::cache::loaded_once(path, |bytes| {
                serde_json::from_slice::<HashMap<Key, RunResult>>(bytes)
                    .ok()
                    .map(|m| m.into_iter().map(|(k, v)| (k, Arc::new(v))).collect())
            }),
            None => Arc::default(),
        })
    }

    /// Some pages were reused without rendering: keep the entries this
    /// build did not look up.
    pub fn keep_unused(&self) {
        self.keep_unused.store(true, Ordering::Relaxed);
    }

    fn key(&self, example: &Example) -> Key {
        let mut h = blake3::Hasher::new();
        h.update(crate::playground_assets::SOURCES_HASH.as_bytes());
        h.update(crate::playground_assets::packages_hash().as_bytes());
        for part in
            [example.filename.as_str(), example.source.as_str(), example.stdin.as_deref().unwrap_or("\u{0}none")]
        {
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

    /// The result of running `example`: remembered, or run now (in a
    /// worker, see `runner`) and remembered.
    pub fn run(&self, example: &Example) -> Arc<RunResult> {
        let key = self.key(example);
        if let Some(hit) = self.get(&key) {
            return hit;
        }
        let result = Arc::new(crate::runner::run(example.options()));
        // A run stopped by the time or heap budget depends on the machine
        // and the settings, not only on the example: never remembered.
        if !result.limit.as_ref().is_some_and(|l| l.limit == "time" || l.limit == "heap") {
            self.insert(key, result.clone());
        }
        result
    }

    fn get(&self, key: &Key) -> Option<Arc<RunResult>> {
        let mut used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(hit) = used.get(key) {
            return Some(hit.clone());
        }
        let hit = self.old().get(key)?.clone();
        used.insert(key.clone(), hit.clone());
        Some(hit)
    }

    fn insert(&self, key: Key, result: Arc<RunResult>) {
        self.fresh.store(true, Ordering::Relaxed);
        self.used.lock().unwrap_or_else(|e| e.into_inner()).insert(key, result);
    }

    /// Writes the entries this build used (best effort: a cache is optional).
    pub fn save(&self) {
        let Some(path) = &self.path else { return };
        let used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        let keep = self.keep_unused.load(Ordering::Relaxed);
        if used.is_empty() && (keep || self.old.get().is_none()) {
            return; // nothing looked up: the file is as it was
        }
        if !self.fresh.load(Ordering::Relaxed) && (keep || used.len() == self.old().len()) {
            return; // every result came from the file, which already holds them
        }
        let mut map: std::collections::BTreeMap<&Key, &RunResult> = used.iter().map(|(k, v)| (k, v.as_ref())).collect();
        if keep {
            for (k, v) in self.old().iter() {
                map.entry(k).or_insert(v.as_ref());
            }
        }
        if let Ok(json) = serde_json::to_vec(&map) {
            if let Some(dir) = path.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            let tmp = path.with_extension("json.tmp");
            if std::fs::write(&tmp, json).is_ok() {
                let _ = std::fs::rename(&tmp, path);
            }
        }
    }
}
