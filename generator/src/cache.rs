//! The highlight cache: highlighted code blocks keyed by a hash of their
//! language and text, kept on disk between builds (`.crib-cache/` in the
//! site root), so a rebuild only highlights what changed.
//!
//! File format: `CRIBHL1\n`, then per entry a 32-byte key, a little-endian
//! u32 length and that many bytes of HTML. The file is read lazily, on the
//! first lookup, so a build that reuses every page never reads it. When
//! every page was rendered, only the entries that build used are written
//! back (the file never grows stale); when some pages were reused from the
//! last build ([`HighlightCache::keep_unused`]), their blocks were not
//! looked up, so the old entries are kept alongside the new ones.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

const MAGIC: &[u8] = b"CRIBHL1\n";
/// Bump when highlighting output changes, to drop old entries (-3: `js` uses "JavaScript").
const VERSION: &str = concat!("crib-highlight-", env!("CARGO_PKG_VERSION"), "-3");

pub type Key = [u8; 32];

/// Cached HTML from the previous build plus what this build produced.
pub struct HighlightCache {
    path: Option<PathBuf>,
    /// The file's entries, read on first use.
    old: OnceLock<Arc<HashMap<Key, Box<str>>>>,
    /// Entries this build used: `None` means "as in `old`".
    used: Mutex<HashMap<Key, Option<Box<str>>>>,
    /// Keep entries this build did not use (some pages were not rendered).
    keep_unused: AtomicBool,
}

impl HighlightCache {
    /// A cache stored at `dir/highlight.bin`; a missing or corrupt file is
    /// an empty cache.
    pub fn open(dir: &Path) -> HighlightCache {
        HighlightCache {
            path: Some(dir.join("highlight.bin")),
            old: OnceLock::new(),
            used: Mutex::new(HashMap::new()),
            keep_unused: AtomicBool::new(false),
        }
    }

    fn old(&self) -> &HashMap<Key, Box<str>> {
        self.old.get_or_init(|| match &self.path {
            Some(path) => loaded_once(path, parse),
            None => Arc::default(),
        })
    }

    /// Some pages were reused without rendering: their blocks are still
    /// needed, so [`save`](Self::save) keeps the entries this build did not use.
    pub fn keep_unused(&self) {
        self.keep_unused.store(true, Ordering::Relaxed);
    }

    /// The folder the cache lives in (other stages keep their caches beside it).
    pub fn dir(&self) -> Option<&Path> {
        self.path.as_deref().and_then(Path::parent)
    }

    /// A cache that never touches the disk.
    pub fn in_memory() -> HighlightCache {
        HighlightCache {
            path: None,
            old: OnceLock::from(Arc::new(HashMap::new())),
            used: Mutex::new(HashMap::new()),
            keep_unused: AtomicBool::new(false),
        }
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
        if let Some(hit) = self.old().get(key) {
            self.lock().insert(*key, None);
            return Some(hit.to_string());
        }
        self.lock().get(key).and_then(|v| v.as_deref().map(str::to_string))
    }

    pub fn insert(&self, key: Key, html: &str) {
        self.lock().insert(key, Some(html.into()));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Key, Option<Box<str>>>> {
        self.used.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Writes this build's entries back (atomically); errors are ignored:
    /// a cache that cannot be saved only makes the next build slower.
    pub fn save(&self) {
        let Some(path) = &self.path else { return };
        let mut used = self.lock();
        if used.is_empty() && (self.old.get().is_none() || self.keep_unused.load(Ordering::Relaxed)) {
            return; // nothing looked up: the file is as it was
        }
        if self.keep_unused.load(Ordering::Relaxed) && self.old.get().is_some() && used.values().all(Option::is_none) {
            return; // only hits, and the file's other entries are kept: it is as it was
        }
        let old = self.old();
        if self.keep_unused.load(Ordering::Relaxed) {
            for key in old.keys() {
                used.entry(*key).or_insert(None);
            }
        }
        if used.len() == old.len() && used.keys().all(|k| old.contains_key(k)) {
            return;
        }
        let Some(dir) = path.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let _ = std::fs::write(
            dir.join("CACHEDIR.TAG"),
            "Signature: 8a477f597d28d172789f06886806bc55\n# crib's build cache\n",
        );
        let mut keys: Vec<&Key> = used.keys().collect();
        keys.sort();
        let html_of = |key: &Key| -> &str { used[key].as_deref().or_else(|| old.get(key).map(|b| &**b)).unwrap_or("") };
        // Streamed: the entries are tens of megabytes, never copied into one buffer.
        let write = |out: &mut dyn Write| -> std::io::Result<()> {
            out.write_all(MAGIC)?;
            for key in keys {
                let html = html_of(key);
                out.write_all(key)?;
                out.write_all(&(html.len() as u32).to_le_bytes())?;
                out.write_all(html.as_bytes())?;
            }
            out.flush()
        };
        if let Ok(tmp) = tempfile::NamedTempFile::new_in(dir) {
            let mut out = std::io::BufWriter::with_capacity(1 << 20, tmp);
            if let (Ok(()), Ok(tmp)) = (write(&mut out), out.into_inner()) {
                let _ = tmp.persist(path);
            }
        }
    }
}

/// The parsed contents of the cache file at `path`, parsed once per process
/// while the file stays the same (`crib serve` opens the caches on every
/// rebuild; re-reading tens of megabytes each time would dominate).
pub fn loaded_once<T: Default + Send + Sync + 'static>(path: &Path, parse: impl FnOnce(&[u8]) -> Option<T>) -> Arc<T> {
    use std::any::Any;
    type Memo = Mutex<HashMap<PathBuf, ((u64, std::time::SystemTime), Arc<dyn Any + Send + Sync>)>>;
    static MEMO: OnceLock<Memo> = OnceLock::new();
    let stamp = std::fs::metadata(path).ok().and_then(|m| Some((m.len(), m.modified().ok()?)));
    let memo = MEMO.get_or_init(Default::default);
    if let Some(stamp) = stamp {
        let hit = memo
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(path)
            .filter(|(s, _)| *s == stamp)
            .map(|(_, v)| v.clone());
        if let Some(value) = hit.and_then(|v| v.downcast::<T>().ok()) {
            return value;
        }
    }
    let value: Arc<T> = Arc::new(std::fs::read(path).ok().and_then(|bytes| parse(&bytes)).unwrap_or_default());
    if let Some(stamp) = stamp {
        memo.lock().unwrap_or_else(|e| e.into_inner()).insert(path.to_path_buf(), (stamp, value.clone()));
    }
    value
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
        assert_eq!(cache.get(&key), None);
        cache.insert(key, "<b>1</b>");
        cache.save();
        let again = HighlightCache::open(dir.path());
        assert_eq!(again.get(&key).as_deref(), Some("<b>1</b>"), "saved and read back");
        std::fs::write(dir.path().join("highlight.bin"), b"CRIBHL1\nshort").unwrap();
        let broken = HighlightCache::open(dir.path());
        assert_eq!(broken.get(&key), None, "a corrupt file is an empty cache");
    }

    #[test]
    fn unused_entries_survive_a_partial_build_only() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (HighlightCache::key("js", "a"), HighlightCache::key("js", "b"));
        let first = HighlightCache::open(dir.path());
        first.insert(a, "A");
        first.insert(b, "B");
        first.save();
        // A build that looked nothing up leaves the file alone.
        HighlightCache::open(dir.path()).save();
        // Some pages reused: `a` was not looked up, yet it stays.
        let partial = HighlightCache::open(dir.path());
        partial.keep_unused();
        assert_eq!(partial.get(&b).as_deref(), Some("B"));
        partial.insert(HighlightCache::key("js", "c"), "C");
        partial.save();
        let check = HighlightCache::open(dir.path());
        assert_eq!(check.get(&a).as_deref(), Some("A"));
        assert_eq!(check.get(&HighlightCache::key("js", "c")).as_deref(), Some("C"));
        // Every page rendered: only what was used is kept.
        check.save();
        let pruned = HighlightCache::open(dir.path());
        assert_eq!(pruned.get(&b), None);
        assert_eq!(pruned.get(&a).as_deref(), Some("A"));
    }
}
