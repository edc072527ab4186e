//! Where a build writes its files ([`Sink`]), in one of two ways:
//!
//! - [`Staging`] (`crib build`): everything is written into a temporary
//!   folder next to the target, swapped in only when the build succeeded.
//!   A failed build leaves the previous output untouched. Pages unchanged
//!   since the last build are hard-linked from the previous output
//!   ([`Sink::keep`]) instead of written again. That is safe because no
//!   file of an output folder is ever modified in place: every write
//!   creates a new file (a fresh inode) in the staging folder, so a file
//!   shared by the old and the new output never changes under either.
//! - [`InPlace`] (`crib serve`, whose output folder is its own): a build
//!   writes only the files that changed, each into a pending folder next to
//!   the output; [`Batch::commit`] renames them into place (each file
//!   replaced atomically) and deletes the files the build no longer makes.
//!   A failed build's batch is dropped: the output stays as it was.

use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Where a build puts its files (paths are `/`-separated, from the output root).
pub trait Sink: Sync {
    /// Writes `bytes` at `rel`.
    fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()>;
    /// Writes the file at `rel` as `fill` produces it (large files that are
    /// never held in memory as a whole).
    fn stream(&self, rel: &str, fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> io::Result<()>;
    /// Keeps the file at `rel` as the last build wrote it.
    fn keep(&self, rel: &str) -> io::Result<()>;
}

fn create_parent(path: &Path) -> io::Result<()> {
    match path.parent() {
        Some(parent) => std::fs::create_dir_all(parent),
        None => Ok(()),
    }
}

/// Buffered output for large streamed files.
const STREAM_BUFFER: usize = 1 << 20;

/// Creates the file at `path` and writes it as `fill` produces it, buffered.
fn write_streamed(path: &Path, fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(STREAM_BUFFER, std::fs::File::create(path)?);
    fill(&mut out)?;
    out.flush()
}

/// A build's output folder while it is being written.
pub struct Staging {
    dir: tempfile::TempDir,
    target: PathBuf,
}

impl Staging {
    /// Creates `.<name>-tmp-XXXX` next to `target`.
    pub fn new(target: &Path) -> io::Result<Staging> {
        let parent = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent)?;
        let name = target.file_name().map_or("dist".into(), |n| n.to_string_lossy().into_owned());
        let dir = tempfile::Builder::new().prefix(&format!(".{name}-tmp-")).tempdir_in(parent)?;
        Ok(Staging { dir, target: target.to_path_buf() })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Puts the file `from` (in the previous output) at `rel`: a hard link
    /// where the file system allows it, else a copy.
    pub fn link(&self, rel: &str, from: &Path) -> io::Result<()> {
        let path = self.dir.path().join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let _ = std::fs::remove_file(&path);
        match std::fs::hard_link(from, &path) {
            Ok(()) => Ok(()),
            Err(_) => std::fs::copy(from, &path).map(|_| ()),
        }
    }

    /// A fresh path at `rel` in the staging folder: an existing file (maybe
    /// a link into the previous output) is unlinked, never written through.
    fn fresh(&self, rel: &str) -> io::Result<PathBuf> {
        let path = self.dir.path().join(rel);
        create_parent(&path)?;
        let _ = std::fs::remove_file(&path);
        Ok(path)
    }

    /// Replaces the target with the staged folder: the old output is moved
    /// aside, the new one renamed into place, then the old one deleted.
    pub fn commit(self) -> io::Result<()> {
        let staged = self.dir.keep();
        let target = &self.target;
        if target.exists() {
            if !target.is_dir() {
                let _ = std::fs::remove_dir_all(&staged);
                return Err(io::Error::other(format!("{} exists and is not a folder", target.display())));
            }
            let old = aside_name(target);
            std::fs::rename(target, &old)?;
            if let Err(err) = std::fs::rename(&staged, target) {
                let _ = std::fs::rename(&old, target);
                let _ = std::fs::remove_dir_all(&staged);
                return Err(err);
            }
            let _ = std::fs::remove_dir_all(&old);
        } else if let Err(err) = std::fs::rename(&staged, target) {
            let _ = std::fs::remove_dir_all(&staged);
            return Err(err);
        }
        Ok(())
    }
}

impl Sink for Staging {
    fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        std::fs::write(self.fresh(rel)?, bytes)
    }

    fn stream(&self, rel: &str, fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
        write_streamed(&self.fresh(rel)?, fill)
    }

    /// Links the file from the previous output (see [`Staging::link`]).
    fn keep(&self, rel: &str) -> io::Result<()> {
        self.link(rel, &self.target.join(rel))
    }
}

/// An output folder updated in place, file by file (see the module doc).
/// Remembers every file it holds, with a hash of its bytes, so a build
/// that produces the same bytes again does not touch the file.
pub struct InPlace {
    dir: PathBuf,
    /// Output path -> hash of the bytes written (`None`: streamed, not hashed).
    files: std::sync::Arc<HashMap<String, Option<[u8; 32]>>>,
}

impl InPlace {
    /// Creates `dir` if needed; its files from before are not known (a
    /// build writes every file it makes).
    pub fn new(dir: &Path) -> io::Result<InPlace> {
        std::fs::create_dir_all(dir)?;
        Ok(InPlace { dir: dir.to_path_buf(), files: Default::default() })
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Whether the last committed build left a file at `rel`.
    pub fn has(&self, rel: &str) -> bool {
        self.files.contains_key(rel)
    }

    /// Starts a build's batch of changes: a pending folder next to the output.
    pub fn begin(&self) -> io::Result<Batch> {
        let parent = self.dir.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = self.dir.file_name().map_or("site".into(), |n| n.to_string_lossy().into_owned());
        let pending = tempfile::Builder::new().prefix(&format!(".{name}-pending-")).tempdir_in(parent)?;
        Ok(Batch {
            files: self.files.clone(),
            pending,
            next: std::sync::atomic::AtomicUsize::new(0),
            written: Mutex::new(HashMap::new()),
            kept: Mutex::new(HashSet::new()),
        })
    }
}

/// A file written by a batch: where it waits, and the hash of its bytes.
type Pending = (PathBuf, Option<[u8; 32]>);

/// One build's changes to an [`InPlace`] folder, applied by [`commit`](Batch::commit).
pub struct Batch {
    /// The folder's files when the batch began.
    files: std::sync::Arc<HashMap<String, Option<[u8; 32]>>>,
    pending: tempfile::TempDir,
    next: std::sync::atomic::AtomicUsize,
    /// Output path -> its new bytes in the pending folder.
    written: Mutex<HashMap<String, Pending>>,
    /// Output paths left as they are.
    kept: Mutex<HashSet<String>>,
}

impl Batch {
    fn pending_file(&self) -> PathBuf {
        let n = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.pending.path().join(n.to_string())
    }

    fn wrote(&self, rel: &str, file: PathBuf, hash: Option<[u8; 32]>) {
        self.kept.lock().unwrap_or_else(|e| e.into_inner()).remove(rel);
        self.written.lock().unwrap_or_else(|e| e.into_inner()).insert(rel.to_string(), (file, hash));
    }

    /// How many files this batch replaces or adds.
    pub fn written(&self) -> usize {
        self.written.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// Moves every written file into `place`, removes the files neither
    /// written nor kept, and records the new file list. Replaced and removed
    /// files are first moved into the pending folder, which a background
    /// thread deletes: freeing a large file's blocks (tens of milliseconds
    /// for the search index) stays off the reload path.
    pub fn commit(self, place: &mut InPlace) -> io::Result<()> {
        let written = std::mem::take(&mut *self.written.lock().unwrap_or_else(|e| e.into_inner()));
        let kept = std::mem::take(&mut *self.kept.lock().unwrap_or_else(|e| e.into_inner()));
        let aside = |path: &Path| -> io::Result<()> {
            match std::fs::rename(path, self.pending_file()) {
                Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(()),
                other => other,
            }
        };
        let mut files: HashMap<String, Option<[u8; 32]>> = HashMap::with_capacity(written.len() + kept.len());
        for rel in &kept {
            if let Some(hash) = self.files.get(rel) {
                files.insert(rel.clone(), *hash);
            }
        }
        let mut result = Ok(());
        for (rel, (file, hash)) in written {
            let dest = place.dir.join(&rel);
            let moved = create_parent(&dest).and_then(|()| aside(&dest)).and_then(|()| std::fs::rename(&file, &dest));
            match moved {
                Ok(()) => {
                    files.insert(rel, hash);
                }
                Err(err) => {
                    // What is on disk now: the old file, if any (unknown bytes).
                    if self.files.contains_key(&rel) {
                        files.insert(rel, None);
                    }
                    result = Err(err);
                }
            }
        }
        if result.is_ok() {
            for rel in self.files.keys().filter(|rel| !files.contains_key(*rel)) {
                let path = place.dir.join(rel);
                let _ = aside(&path);
                // Folders the build no longer fills go too (best effort: stops at the first non-empty one).
                let mut dir = path.parent();
                while let Some(d) = dir.filter(|d| *d != place.dir) {
                    if std::fs::remove_dir(d).is_err() {
                        break;
                    }
                    dir = d.parent();
                }
            }
        } else {
            for (rel, hash) in self.files.iter() {
                files.entry(rel.clone()).or_insert(*hash);
            }
        }
        place.files = std::sync::Arc::new(files);
        let pending = self.pending;
        std::thread::spawn(move || drop(pending));
        result
    }
}

impl Sink for Batch {
    fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let hash = *blake3::hash(bytes).as_bytes();
        if self.files.get(rel) == Some(&Some(hash)) {
            return self.keep(rel);
        }
        let file = self.pending_file();
        std::fs::write(&file, bytes)?;
        self.wrote(rel, file, Some(hash));
        Ok(())
    }

    fn stream(&self, rel: &str, fill: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
        let file = self.pending_file();
        write_streamed(&file, fill)?;
        self.wrote(rel, file, None);
        Ok(())
    }

    fn keep(&self, rel: &str) -> io::Result<()> {
        if !self.files.contains_key(rel) {
            return Err(io::Error::new(io::ErrorKind::NotFound, format!("{rel} is not in the output")));
        }
        if !self.written.lock().unwrap_or_else(|e| e.into_inner()).contains_key(rel) {
            self.kept.lock().unwrap_or_else(|e| e.into_inner()).insert(rel.to_string());
        }
        Ok(())
    }
}

fn aside_name(target: &Path) -> PathBuf {
    let name = target.file_name().map_or("dist".into(), |n| n.to_string_lossy().into_owned());
    let parent = target.parent().unwrap_or(Path::new("."));
    (0u32..)
        .map(|i| parent.join(format!(".{name}-old-{}-{i}", std::process::id())))
        .find(|p| !p.exists())
        .expect("some free name")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swaps_in_and_cleans_up() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("dist");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("old.html"), "old").unwrap();
        let staging = Staging::new(&target).unwrap();
        staging.write("a/new.html", b"new").unwrap();
        staging.commit().unwrap();
        assert!(target.join("a/new.html").exists());
        assert!(!target.join("old.html").exists());
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("dist")]);
    }

    #[test]
    fn linked_files_are_shared_and_never_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("dist");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("kept.html"), "kept").unwrap();
        let staging = Staging::new(&target).unwrap();
        staging.link("a/kept.html", &target.join("kept.html")).unwrap();
        staging.link("a/over.html", &target.join("kept.html")).unwrap();
        staging.write("a/over.html", b"new").unwrap();
        assert_eq!(std::fs::read_to_string(target.join("kept.html")).unwrap(), "kept", "the old output is untouched");
        staging.commit().unwrap();
        assert_eq!(std::fs::read_to_string(target.join("a/kept.html")).unwrap(), "kept");
        assert_eq!(std::fs::read_to_string(target.join("a/over.html")).unwrap(), "new");
    }

    #[cfg(unix)]
    fn inode(path: &Path) -> u64 {
        std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(path).unwrap())
    }

    #[cfg(unix)]
    #[test]
    fn in_place_touches_only_changed_files_and_removes_stale_ones() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        let mut place = InPlace::new(&out).unwrap();
        let batch = place.begin().unwrap();
        batch.write("a/one.html", b"one").unwrap();
        batch.write("a/two.html", b"two").unwrap();
        batch.write("b/three.html", b"three").unwrap();
        batch.stream("index.js", &mut |w| w.write_all(b"index")).unwrap();
        assert!(!out.join("a/one.html").exists(), "nothing is visible before the commit");
        batch.commit(&mut place).unwrap();
        let (one, two) = (inode(&out.join("a/one.html")), inode(&out.join("a/two.html")));

        let batch = place.begin().unwrap();
        batch.write("a/one.html", b"one").unwrap(); // same bytes: left alone
        batch.write("a/two.html", b"two, edited").unwrap();
        batch.keep("index.js").unwrap();
        assert!(batch.keep("missing.html").is_err());
        // b/three.html is neither written nor kept: removed, with its folder.
        assert_eq!(batch.written(), 1);
        batch.commit(&mut place).unwrap();
        assert_eq!(inode(&out.join("a/one.html")), one);
        assert_ne!(inode(&out.join("a/two.html")), two);
        assert_eq!(std::fs::read_to_string(out.join("a/two.html")).unwrap(), "two, edited");
        assert_eq!(std::fs::read_to_string(out.join("index.js")).unwrap(), "index");
        assert!(!out.join("b").exists(), "stale file and its empty folder removed");
        assert!(place.has("a/one.html") && !place.has("b/three.html"));

        // A dropped batch (a failed build) changes nothing.
        let batch = place.begin().unwrap();
        batch.write("a/one.html", b"broken").unwrap();
        drop(batch);
        assert_eq!(std::fs::read_to_string(out.join("a/one.html")).unwrap(), "one");
    }

    #[test]
    fn dropped_staging_leaves_target_alone() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("dist");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("old.html"), "old").unwrap();
        let staging = Staging::new(&target).unwrap();
        staging.write("x.html", b"x").unwrap();
        drop(staging);
        assert!(target.join("old.html").exists());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
