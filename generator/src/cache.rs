//! The highlight cache: highlighted code blocks keyed by a hash of their
//! language and text, kept on disk between builds (`.crib-cache/` in the
//! site root), so a rebuild only highlights what changed.
//!
//! File format: `CRIBHL1\n`, then per entry a 32-byte key, a little-endian
//! u32 length and that many bytes of HTML. Only entries used by the last
//! build are written back, so the file never grows stale.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

const MAGIC: &[u8] = b"CRIBHL1\n";
/// Bump when highlighting output changes, to drop old entries.
const VERSION: &str = concat!("crib-highlight-", env!("CARGO_PKG_VERSION"), "-2");

pub type Key = [u8; 32];

/// Cached HTML from the previous build plus what this build produced.
pub struct HighlightCache {
    path: Option<PathBuf>,
    old: HashMap<Key, Box<str>>,
    /// Entries this build used: `None` means "as in `old`".
    used: Mutex<HashMap<Key, Option<Box<str>>>>,
}

impl HighlightCache {
    /// A cache stored at `dir/highlight.bin`; a missing or corrupt file is
    /// an empty cache.
    pub fn open(dir: &Path) -> HighlightCache {
        let path = dir.join("highlight.bin");
        let old = std::fs::read(&path).ok().and_then(|bytes| parse(&bytes)).unwrap_or_default();
        HighlightCache { path: Some(path), old, used: Mutex::new(HashMap::new()) }
    }

    /// The folder the cache lives in (other stages keep their caches beside it).
    pub fn dir(&self) -> Option<&Path> {
        self.path.as_deref().and_then(Path::parent)
    }

    /// A cache that never touches the disk.
    pub fn in_memory() -> HighlightCache {
        HighlightCache { path: None, old: HashMap::new(), used: Mutex::new(HashMap::new()) }
    }

    pub fn key(lang: &str, code: &str) -> Key {
        let mut h = blake3::Hasher::new();
        h.update(VERSION.as_bytes());
        h.update(&[0]);
        h.update(lang.as_bytes());
        h.update(&[0]);
        h.update(code.as_bytes());
        *h.finalize().as_bytes()
    }

    /// The cached HTML for `key`, if a build produced it.
    pub fn get(&self, key: &Key) -> Option<String> {
        if let Some(hit) = self.old.get(key) {
            self.lock().insert(*key, None);
            return Some(hit.to_string());
        }
        self.lock().get(key).and_then(|v| v.as_deref().map(str::to_string))
    }

    pub fn insert(&self, key: Key, html: &str) {
        self.lock().insert(key, Some(html.into()));
    }

    /// The cached HTML for `key`, or `make()`'s, remembered either way.
    pub fn get_or_insert(&self, key: Key, make: impl FnOnce() -> String) -> String {
        if let Some(hit) = self.get(&key) {
            return hit;
        }
        let html = make();
        self.insert(key, &html);
        html
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Key, Option<Box<str>>>> {
        self.used.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Writes this build's entries back (atomically); errors are ignored:
    /// a cache that cannot be saved only makes the next build slower.
    pub fn save(&self) {
        let Some(path) = &self.path else { return };
        let used = self.lock();
        if used.len() == self.old.len() && used.keys().all(|k| self.old.contains_key(k)) {
            return;
        }
        let Some(dir) = path.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let _ = std::fs::write(dir.join("CACHEDIR.TAG"), "Signature: 8a477f597d28d172789f06886806bc55\n# crib's build cache\n");
        let mut keys: Vec<&Key> = used.keys().collect();
        keys.sort();
        let html_of = |key: &Key| -> &str { used[key].as_deref().or_else(|| self.old.get(key).map(|b| &**b)).unwrap_or("") };
        let mut bytes = Vec::with_capacity(keys.iter().map(|k| html_of(k).len() + 36).sum::<usize>() + MAGIC.len());
        bytes.extend_from_slice(MAGIC);
        for key in keys {
            let html = html_of(key);
            bytes.extend_from_slice(key);
            bytes.extend_from_slice(&(html.len() as u32).to_le_bytes());
            bytes.extend_from_slice(html.as_bytes());
        }
        if let Ok(mut tmp) = tempfile::NamedTempFile::new_in(dir) {
            if tmp.write_all(&bytes).is_ok() {
                let _ = tmp.persist(path);
            }
        }
    }
}

fn parse(bytes: &[u8]) -> Option<HashMap<Key, Box<str>>> {
    let mut rest = bytes.strip_prefix(MAGIC)?;
    let mut map = HashMap::new();
    while !rest.is_empty() {
        let key: Key = rest.get(..32)?.try_into().ok()?;
        let len = u32::from_le_bytes(rest.get(32..36)?.try_into().ok()?) as usize;
        let html = std::str::from_utf8(rest.get(36..36 + len)?).ok()?;
        map.insert(key, html.into());
        rest = &rest[36 + len..];
    }
    Some(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_corruption() {
        let dir = tempfile::tempdir().unwrap();
        let cache = HighlightCache::open(dir.path());
        let key = HighlightCache::key("js", "1");
        assert_eq!(cache.get_or_insert(key, || "<b>1</b>".into()), "<b>1</b>");
        cache.save();
        let again = HighlightCache::open(dir.path());
        assert_eq!(again.get_or_insert(key, || panic!("should be cached")), "<b>1</b>");
        std::fs::write(dir.path().join("highlight.bin"), b"CRIBHL1\nshort").unwrap();
        let broken = HighlightCache::open(dir.path());
        assert_eq!(broken.get_or_insert(key, || "fresh".into()), "fresh");
    }
}
