//! Rendered diagrams cached by content hash: in memory for the life of the
//! process (`crib serve` rebuilds) and, when the caller gives a directory,
//! on disk across builds. Entries hold the id-neutral SVG (see `ids`), so
//! one entry serves every page that repeats a diagram.

use std::collections::HashMap;
use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use siphasher::sip128::{Hasher128, SipHasher13};

use super::DiagramError;

/// Bumped whenever the rendering (merman version, options, post-processing)
/// changes, so stale disk entries are never reused.
const SCHEME_VERSION: &str = "crib-diagrams-8/merman-0.9";

/// Hex content hash of a diagram source under the current scheme.
pub(super) fn key(source: &str) -> String {
    let mut hasher = SipHasher13::new();
    hasher.write(SCHEME_VERSION.as_bytes());
    hasher.write_u8(0);
    hasher.write(source.as_bytes());
    format!("{:032x}", hasher.finish128().as_u128())
}

type Entry = Result<Arc<str>, DiagramError>;

fn memory() -> &'static Mutex<HashMap<String, Entry>> {
    static MEMORY: OnceLock<Mutex<HashMap<String, Entry>>> = OnceLock::new();
    MEMORY.get_or_init(Default::default)
}

/// Returns the cached entry for `source`, or computes it with `render`,
/// storing successes in memory and (when `dir` is given) on disk. Errors are
/// remembered in memory only, so a fixed diagram is re-rendered at once.
pub(super) fn get_or_render(
    source: &str,
    dir: Option<&Path>,
    render: impl FnOnce() -> Result<String, DiagramError>,
) -> Entry {
    let key = key(source);
    if let Some(hit) = memory().lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
        return hit.clone();
    }
    if let Some(dir) = dir
        && let Ok(svg) = std::fs::read_to_string(disk_path(dir, &key))
    {
        let entry: Entry = Ok(Arc::from(svg));
        remember(key, entry.clone());
        return entry;
    }
    let entry: Entry = render().map(Arc::from);
    if let (Some(dir), Ok(svg)) = (dir, &entry) {
        // Best effort: a cache that cannot be written only costs speed.
        let _ = write_atomically(&disk_path(dir, &key), svg);
    }
    remember(key, entry.clone());
    entry
}

fn remember(key: String, entry: Entry) {
    memory().lock().unwrap_or_else(|p| p.into_inner()).insert(key, entry);
}

fn disk_path(dir: &Path, key: &str) -> PathBuf {
    dir.join(format!("{key}.svg"))
}

fn write_atomically(path: &Path, contents: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, contents)?;
    std::fs::rename(&tmp, path)
}

/// Forgets the in-memory entries (tests and benchmarks use it to measure a
/// cold render).
pub(super) fn clear_memory() {
    memory().lock().unwrap_or_else(|p| p.into_inner()).clear();
}
