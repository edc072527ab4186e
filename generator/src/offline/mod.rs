//! The installable offline site: a service worker (`sw.js`) that precaches
//! every file of the build, and a web app manifest (`manifest.webmanifest`)
//! with a drawn SVG icon. Both are written once the whole output is staged
//! ([`Extension::finish_output`]), so the file list and the build hash cover
//! everything, the wasm playground included.
//!
//! Cache rules (see `service-worker.js`): one cache per build, named after
//! the site's scope and a hash of every file; a new build installs a complete
//! new cache and deletes the old ones when it activates, so pages and assets
//! are never mixed across builds. Online, requests go to the network (fresh
//! pages right after a rebuild); when the network fails they are answered
//! from the cache. `static/offline.js` registers the worker only over
//! http(s), never from `file://`.

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::site::extension::{Assets, Extension};
use std::path::Path;

/// The worker's code; `__CRIB_VERSION__` and `__CRIB_FILES__` are filled in.
const WORKER_TEMPLATE: &str = include_str!("service-worker.js");
pub const WORKER_FILE: &str = "sw.js";
/// Theme files this stage writes: the script that registers the worker
/// (http(s) only) and links the manifest, and the app icon, drawn for crib.
pub const THEME_FILES: &[&str] = &["static/offline.js", "static/icon.svg"];
pub const MANIFEST_FILE: &str = "manifest.webmanifest";

/// The build stage: an [`Extension`] of the site.
#[derive(Default)]
pub struct Offline;

impl Offline {
    pub fn new() -> Self {
        Offline
    }
}

/// Every file under `dir` as a `/`-separated relative path, sorted.
fn list_files(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(std::io::Error::other)?;
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            files.push(rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"));
        }
    }
    files.sort();
    Ok(files)
}

/// `sw.js` for the files in `dir`: the version is a hash of every path and its bytes.
pub fn service_worker(dir: &Path) -> std::io::Result<String> {
    let files: Vec<String> = list_files(dir)?.into_iter().filter(|f| f != WORKER_FILE).collect();
    let mut hasher = blake3::Hasher::new();
    for f in &files {
        hasher.update(f.as_bytes());
        hasher.update(&[0]);
        hasher.update(blake3::hash(&std::fs::read(dir.join(f))?).as_bytes());
    }
    let version = hasher.finalize().to_hex()[..16].to_string();
    // URLs, not paths: `my notes #1.html` must not be cut at its `#`.
    let urls: Vec<String> = files.iter().map(|f| crate::markdown::links::encode_path(f)).collect();
    let list = serde_json::to_string(&urls).unwrap_or_default();
    Ok(WORKER_TEMPLATE
        .replace("\"__CRIB_VERSION__\"", &format!("\"{version}\""))
        .replace("[/*__CRIB_FILES__*/]", &list))
}

/// The web app manifest: relative URLs only, so it works under any sub-path.
pub fn manifest(config: &Config) -> String {
    let short: String = config.title.chars().take(12).collect();
    serde_json::to_string_pretty(&serde_json::json!({
        "name": config.title,
        "short_name": short,
        "description": config.description,
        "lang": config.language,
        "start_url": "./index.html",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0550ae",
        "icons": [
            { "src": "static/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any" },
            { "src": "static/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "maskable" }
        ]
    }))
    .unwrap_or_default()
}

impl Extension for Offline {
    fn files(&self, theme: &crate::theme::Theme) -> Vec<(String, Vec<u8>)> {
        THEME_FILES.iter().map(|path| (path.to_string(), theme.asset(path).to_vec())).collect()
    }

    fn assets(&self) -> Assets {
        Assets { styles: Vec::new(), scripts: vec!["static/offline.js".into()], head_html: String::new() }
    }

    fn finish_output(&self, dir: &Path, config: &Config) -> Vec<Diagnostic> {
        let io = |file: &str, err: std::io::Error| {
            vec![Diagnostic::error(format!("dist/{file}"), "", 0..0, format!("cannot write dist/{file}: {err}"))]
        };
        if let Err(err) = std::fs::write(dir.join(MANIFEST_FILE), manifest(config)) {
            return io(MANIFEST_FILE, err);
        }
        match service_worker(dir).and_then(|sw| std::fs::write(dir.join(WORKER_FILE), sw)) {
            Ok(()) => Vec::new(),
            Err(err) => io(WORKER_FILE, err),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worker_lists_every_file_and_changes_version_with_content() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("a")).unwrap();
        std::fs::write(dir.path().join("index.html"), "one").unwrap();
        std::fs::write(dir.path().join("a/b.html"), "two").unwrap();
        let first = service_worker(dir.path()).unwrap();
        assert!(first.contains(r#"["a/b.html","index.html"]"#), "{first}");
        assert!(!first.contains("__CRIB_"));
        std::fs::write(dir.path().join(WORKER_FILE), &first).unwrap();
        assert_eq!(service_worker(dir.path()).unwrap(), first, "sw.js itself is not listed");
        std::fs::write(dir.path().join("a/b.html"), "changed").unwrap();
        assert_ne!(service_worker(dir.path()).unwrap(), first);
    }
}
