//! Incremental builds: what the last build wrote, so this one can reuse a
//! page instead of rendering it again.
//!
//! Every page gets a key, a hash of everything its HTML depends on: crib's
//! own build ([`build_id`]), `crib.toml`, the theme's files, the extensions'
//! fingerprints, the map of every page's source to output path (links), the
//! page's own source and paths, and the exact template context it sees
//! besides its body (site settings, navigation as this page shows it,
//! previous/next titles, section listing, assets). A page whose key equals
//! the last build's, and whose file in the last output is still the one
//! that build wrote (same length, modification time and inode), is
//! hard-linked from the last output into the new staging folder (copied
//! where links are not possible), and its warnings and extension records
//! are replayed. Everything else is rendered as usual.
//!
//! The records ([`BuildState`]) are saved only after the new output was
//! swapped in, in the cache folder (`pages/<hash of the output path>.json`),
//! or kept in memory by `crib serve`.

use crate::diagnostics::{Diagnostic, Severity};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// Bump when the record format or the key's recipe changes.
const FORMAT: &str = "crib-build-state-2";

/// A page's cache key (hex).
pub type Key = String;

/// crib's version and the identity of the running binary (its size and
/// modification time): a rebuilt crib never reuses an older crib's pages.
/// When the binary cannot be inspected, a value unique to this process
/// (nothing is reused across processes).
pub fn build_id() -> &'static str {
    static ID: OnceLock<String> = OnceLock::new();
    ID.get_or_init(|| {
        let exe = std::env::current_exe()
            .and_then(std::fs::metadata)
            .ok()
            .and_then(|m| Some((m.len(), FileStamp::mtime(&m)?)));
        match exe {
            Some((len, (secs, nanos))) => format!("crib {} exe {len} {secs}.{nanos:09}", env!("CARGO_PKG_VERSION")),
            None => format!(
                "crib {} process {} {:?}",
                env!("CARGO_PKG_VERSION"),
                std::process::id(),
                std::time::SystemTime::now()
            ),
        }
    })
}

/// What identifies one written file: changed by any write or replacement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    pub len: u64,
    pub secs: i64,
    pub nanos: u32,
    pub inode: u64,
}

impl FileStamp {
    pub fn of(path: &Path) -> Option<FileStamp> {
        let meta = std::fs::symlink_metadata(path).ok().filter(std::fs::Metadata::is_file)?;
        let (secs, nanos) = Self::mtime(&meta)?;
        Some(FileStamp { len: meta.len(), secs, nanos, inode: inode(&meta) })
    }

    fn mtime(meta: &std::fs::Metadata) -> Option<(i64, u32)> {
        let t = meta.modified().ok()?;
        Some(match t.duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => (d.as_secs() as i64, d.subsec_nanos()),
            Err(e) => (-(e.duration().as_secs() as i64), e.duration().subsec_nanos()),
        })
    }
}

#[cfg(unix)]
fn inode(meta: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::ino(meta)
}

#[cfg(not(unix))]
fn inode(_meta: &std::fs::Metadata) -> u64 {
    0
}

/// A warning of a page, kept to be shown again when the page is reused.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredWarning {
    pub file: String,
    /// `None`: the page's own text.
    pub source: Option<String>,
    pub start: usize,
    pub end: usize,
    pub message: String,
    pub help: Option<String>,
}

impl StoredWarning {
    pub fn new(diag: &Diagnostic, page_text: &str) -> StoredWarning {
        StoredWarning {
            file: diag.file.clone(),
            source: (&*diag.source != page_text).then(|| diag.source.to_string()),
            start: diag.span.start,
            end: diag.span.end,
            message: diag.message.clone(),
            help: diag.help.clone(),
        }
    }

    pub fn diagnostic(&self, page_text: &Arc<str>) -> Diagnostic {
        let source: Arc<str> = self.source.as_deref().map_or_else(|| page_text.clone(), Arc::from);
        let mut diag = Diagnostic::warning(self.file.clone(), source, self.start..self.end, self.message.clone());
        diag.severity = Severity::Warning;
        diag.help = self.help.clone();
        diag
    }
}

/// One page as the last build wrote it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageRecord {
    pub key: Key,
    /// The page's file in the output, as written; `None` until stamped.
    pub stamp: Option<FileStamp>,
    pub warnings: Vec<StoredWarning>,
    /// Extension name -> its record for this page (shared with the
    /// extension, which keeps it for its own output).
    #[serde(with = "shared_records")]
    pub records: BTreeMap<String, Arc<str>>,
    /// The page's source text as this build read it (`crib serve` only,
    /// never saved): a page whose text is this very allocation again was
    /// not re-read, so it did not change.
    #[serde(skip)]
    pub source: Option<Arc<str>>,
}

/// Records are shared strings in memory, plain strings on disk.
mod shared_records {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::BTreeMap;
    use std::sync::Arc;

    pub(super) fn serialize<S: Serializer>(map: &BTreeMap<String, Arc<str>>, s: S) -> Result<S::Ok, S::Error> {
        let plain: BTreeMap<&str, &str> = map.iter().map(|(k, v)| (k.as_str(), &**v)).collect();
        plain.serialize(s)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, Arc<str>>, D::Error> {
        Ok(BTreeMap::<String, String>::deserialize(d)?.into_iter().map(|(k, v)| (k, Arc::from(v))).collect())
    }
}

/// The records of the last successful build into one output folder.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct BuildState {
    format: String,
    /// The output folder (absolute) these records describe.
    out: PathBuf,
    /// Output path (`a/b.html`) -> record.
    pub pages: HashMap<String, PageRecord>,
    /// What every page's template context shares (settings, navigation,
    /// titles, assets), hashed (`crib serve` only, never saved): while it
    /// stays the same, a page whose text did not change is reused without
    /// computing its key.
    #[serde(skip)]
    pub shared_key: Option<[u8; 32]>,
}

impl BuildState {
    /// A state with no pages for `out`.
    pub fn empty(out: &Path) -> BuildState {
        BuildState { format: FORMAT.into(), out: absolute(out), pages: HashMap::new(), shared_key: None }
    }

    /// Whether these records describe `out`.
    pub fn is_for(&self, out: &Path) -> bool {
        self.format == FORMAT && self.out == absolute(out)
    }

    /// The last build's record of the page at `output_path`, if its key is
    /// `key` and its file in `out` is still the one that build wrote.
    pub fn reusable(&self, out: &Path, output_path: &str, key: &str) -> Option<&PageRecord> {
        let record = self.pages.get(output_path)?;
        (record.key == key && record.stamp.is_some() && FileStamp::of(&out.join(output_path)) == record.stamp)
            .then_some(record)
    }

    /// Where the records for `out` are kept under `cache_dir`.
    fn file(cache_dir: &Path, out: &Path) -> PathBuf {
        let hash = blake3::hash(absolute(out).to_string_lossy().as_bytes()).to_hex();
        cache_dir.join("pages").join(format!("{}.json", &hash[..16]))
    }

    /// The records saved for `out`, or none (missing, corrupt, other format).
    pub fn load(cache_dir: &Path, out: &Path) -> BuildState {
        std::fs::read(Self::file(cache_dir, out))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<BuildState>(&bytes).ok())
            .filter(|state| state.is_for(out))
            .unwrap_or_else(|| BuildState::empty(out))
    }

    /// Writes the records (atomically). Best effort: without them the next
    /// build renders every page.
    pub fn save(&self, cache_dir: &Path) {
        let path = Self::file(cache_dir, &self.out);
        let Some(dir) = path.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        // Streamed: the records hold every page's search rows (tens of MB).
        if let Ok(tmp) = tempfile::NamedTempFile::new_in(dir) {
            let mut out = std::io::BufWriter::with_capacity(1 << 20, tmp);
            let written = serde_json::to_writer(&mut out, self).is_ok() && out.flush().is_ok();
            if let (true, Ok(tmp)) = (written, out.into_inner()) {
                let _ = tmp.persist(&path);
            }
        }
    }

    /// Removes the saved records for `out` (before a build that may change it).
    pub fn forget(cache_dir: &Path, out: &Path) {
        let _ = std::fs::remove_file(Self::file(cache_dir, out));
    }

    /// Stamps every page with its file in `out` as it is now (after the swap).
    pub fn stamp(&mut self, out: &Path) {
        for (path, record) in &mut self.pages {
            record.stamp = FileStamp::of(&out.join(path));
        }
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Accumulates a key from length-prefixed parts.
pub struct KeyHasher(blake3::Hasher);

impl KeyHasher {
    pub fn new() -> Self {
        let mut h = blake3::Hasher::new();
        h.update(FORMAT.as_bytes());
        KeyHasher(h)
    }

    pub fn part(&mut self, bytes: &[u8]) -> &mut Self {
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    pub fn finish(&self) -> [u8; 32] {
        *self.0.finalize().as_bytes()
    }
}

impl Default for KeyHasher {
    fn default() -> Self {
        Self::new()
    }
}

/// Hash of what every page depends on: crib's build, the settings, the
/// theme, the extensions' fingerprints and the set of pages (source ->
/// output path, which link rewriting reads).
pub fn base_key(
    config: &crate::config::Config,
    theme: &crate::theme::Theme,
    extensions: &[&dyn crate::site::Extension],
    pages: &[crate::content::Page],
) -> [u8; 32] {
    let mut base = KeyHasher::new();
    base.part(build_id().as_bytes()).part(format!("{config:?}").as_bytes()).part(&theme.fingerprint());
    for ext in extensions {
        base.part(ext.name().as_bytes()).part(ext.fingerprint().as_bytes());
    }
    for page in pages {
        base.part(page.rel_path.as_bytes()).part(page.output_path.as_bytes());
    }
    base.finish()
}

/// A page's key: everything its HTML depends on, hashed — the base key,
/// its template, paths and text, and its template context without its body.
pub fn page_key(
    base_key: &[u8; 32],
    page: &crate::content::Page,
    template: &str,
    ctx: &super::context::TemplateContext,
) -> Key {
    let mut h = KeyHasher::new();
    h.part(base_key)
        .part(template.as_bytes())
        .part(page.rel_path.as_bytes())
        .part(page.output_path.as_bytes())
        .part(page.text.as_bytes())
        .part(&serde_json::to_vec(ctx).unwrap_or_default());
    blake3::Hash::from(h.finish()).to_hex().to_string()
}

/// Hash of everything a page's template context shares with the others:
/// the base key (crib, settings, theme, extensions, the set of pages), the
/// navigation tree, every page's title (previous/next links show them) and
/// the extensions' assets. A page's own part of its context comes from its
/// text and paths.
pub fn shared_key(
    base_key: &[u8; 32],
    tree: &crate::content::tree::Tree,
    pages: &[crate::content::Page],
    extensions: &[&dyn crate::site::Extension],
) -> [u8; 32] {
    fn items(h: &mut KeyHasher, list: &[crate::content::tree::NavItem]) {
        h.part(&(list.len() as u64).to_le_bytes());
        for item in list {
            h.part(item.title.as_bytes()).part(item.path.as_bytes()).part(&[u8::from(item.is_section)]);
            items(h, &item.children);
        }
    }
    let mut h = KeyHasher::new();
    h.part(base_key);
    items(&mut h, &tree.nav);
    for (dir, list) in &tree.sections {
        h.part(dir.as_bytes());
        items(&mut h, list);
    }
    for generated in &tree.generated {
        h.part(generated.dir.as_bytes()).part(generated.output_path.as_bytes()).part(generated.title.as_bytes());
    }
    for path in &tree.reading_order {
        h.part(path.as_bytes());
    }
    for page in pages {
        h.part(page.output_path.as_bytes()).part(page.title.as_bytes());
    }
    for ext in extensions {
        h.part(format!("{:?}", ext.assets()).as_bytes());
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rewritten_file_is_not_reusable() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("dist");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("a.html"), "one").unwrap();
        let mut state = BuildState::empty(&out);
        state.pages.insert(
            "a.html".into(),
            PageRecord { key: "k".into(), stamp: None, warnings: Vec::new(), records: BTreeMap::new(), source: None },
        );
        assert!(state.reusable(&out, "a.html", "k").is_none(), "not stamped yet");
        state.stamp(&out);
        assert!(state.reusable(&out, "a.html", "k").is_some());
        assert!(state.reusable(&out, "a.html", "other").is_none(), "another key");
        state.save(dir.path());
        // Edited in place by someone else: not what the build wrote.
        std::fs::write(out.join("a.html"), "edited").unwrap();
        assert!(state.reusable(&out, "a.html", "k").is_none());
        let loaded = BuildState::load(dir.path(), &out);
        assert!(loaded.is_for(&out));
        assert_eq!(loaded.pages["a.html"].key, "k");
        assert!(!BuildState::load(dir.path(), &dir.path().join("other")).pages.contains_key("a.html"));
    }
}
