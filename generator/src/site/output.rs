//! Atomic output: everything is written into a temporary folder next to the
//! target, which is swapped in only when the build succeeded. A failed
//! build leaves the previous output untouched.
//!
//! Pages unchanged since the last build are hard-linked from the previous
//! output ([`Staging::link`]) instead of written again. That is safe because
//! no file of an output folder is ever modified in place: every write
//! creates a new file (a fresh inode) in the staging folder, so a file
//! shared by the old and the new output never changes under either.

use std::io;
use std::path::{Path, PathBuf};

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

    /// Writes `bytes` at `rel` (a `/`-separated path) inside the staging folder.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let path = self.dir.path().join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        // Never write through a link into the previous output's file.
        let _ = std::fs::remove_file(&path);
        std::fs::write(path, bytes)
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
