//! Watches the site's sources (`content/`, `themes/`, `crib.toml`) with
//! notify, debounced with notify-debouncer-full, which pairs the
//! remove/create/rename events editors make when they save by rename.
//! Sends one message per batch of relevant changes. `content/` and
//! `themes/` are watched recursively; one created (or re-created) while
//! serving is picked up by [`Watch::refresh`], which the rebuild loop calls
//! before every build (the root's own watch reports the new folder).

use notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// How long the file system must stay quiet before a rebuild starts.
/// (Short: a rebuild after a save costs tens of milliseconds, so a burst
/// split in two only costs a second cheap rebuild.)
pub const DEBOUNCE: Duration = Duration::from_millis(10);

/// Keeps the watch alive; dropping it stops watching.
pub struct Watch {
    debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    root: PathBuf,
    /// The source folders watched recursively, with the identity of the
    /// folder watched (a folder deleted and created again needs a new watch).
    watched: Vec<(PathBuf, Option<u64>)>,
}

impl Watch {
    /// Watches `content/` and `themes/` recursively where they exist and are
    /// not watched yet (created, or re-created, since the last call).
    pub fn refresh(&mut self) -> notify::Result<()> {
        for dir in ["content", "themes"] {
            let path = self.root.join(dir);
            let id = folder_id(&path);
            let known = self.watched.iter().position(|(p, _)| *p == path);
            match (known, id) {
                (Some(i), Some(_)) if self.watched[i].1 == id => {}
                (Some(i), _) => {
                    let _ = self.debouncer.unwatch(&path);
                    self.watched.remove(i);
                    if id.is_some() {
                        self.debouncer.watch(&path, RecursiveMode::Recursive)?;
                        self.watched.push((path, id));
                    }
                }
                (None, Some(_)) => {
                    self.debouncer.watch(&path, RecursiveMode::Recursive)?;
                    self.watched.push((path, id));
                }
                (None, None) => {}
            }
        }
        Ok(())
    }
}

/// A folder's identity (its inode), `None` when it is not a folder.
fn folder_id(path: &Path) -> Option<u64> {
    let meta = std::fs::metadata(path).ok().filter(std::fs::Metadata::is_dir)?;
    #[cfg(unix)]
    return Some(std::os::unix::fs::MetadataExt::ino(&meta));
    #[cfg(not(unix))]
    return Some(0);
}

/// Starts watching `root`; each batch of changed source paths goes to `changes`.
pub fn start(root: &Path, changes: mpsc::Sender<Vec<PathBuf>>) -> notify::Result<Watch> {
    let root = std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf());
    let filter_root = root.clone();
    let mut debouncer = new_debouncer(DEBOUNCE, Some(Duration::from_millis(2)), move |result: DebounceEventResult| {
        let Ok(events) = result else { return };
        let mut paths: Vec<PathBuf> = events
            .iter()
            .filter(|e| !matches!(e.kind, EventKind::Access(_)))
            .flat_map(|e| e.paths.iter())
            .filter(|p| is_source(&filter_root, p))
            .cloned()
            .collect();
        paths.sort();
        paths.dedup();
        if !paths.is_empty() {
            let _ = changes.send(paths);
        }
    })?;
    // The root itself, not recursively: crib.toml (saved by rename too),
    // and content/ or themes/ appearing later.
    debouncer.watch(&root, RecursiveMode::NonRecursive)?;
    let mut watch = Watch { debouncer, root, watched: Vec::new() };
    watch.refresh()?;
    Ok(watch)
}

/// Sources are `crib.toml` and anything under `content/` or `themes/`,
/// except editors' swap and backup files.
pub fn is_source(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else { return false };
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.starts_with(".#")
        || name == "4913"
    {
        return false;
    }
    let mut parts = rel.components();
    match parts.next().and_then(|c| c.as_os_str().to_str()) {
        Some("crib.toml") => parts.next().is_none(),
        Some("content") | Some("themes") => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources() {
        let root = Path::new("/site");
        assert!(is_source(root, Path::new("/site/crib.toml")));
        assert!(is_source(root, Path::new("/site/content/a.md")));
        assert!(is_source(root, Path::new("/site/themes/default/base.html")));
        assert!(!is_source(root, Path::new("/site/dist/a.html")));
        assert!(!is_source(root, Path::new("/site/content/.a.md.swp")));
        assert!(!is_source(root, Path::new("/site/content/a.md~")));
        assert!(!is_source(root, Path::new("/elsewhere/content/a.md")));
    }
}
