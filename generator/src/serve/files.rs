//! Maps a request path to a file of the built site, and refuses anything
//! that would leave it: `..` segments raw or percent-encoded (`%2e%2e`,
//! `%2f`, `%5c`), NUL bytes, backslashes, and symlinks whose target lies
//! outside the site folder.

use percent_encoding::percent_decode_str;
use std::path::{Path, PathBuf};

#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    File(PathBuf),
    NotFound,
    /// A traversal attempt or a path that escapes the site.
    Forbidden,
}

/// Resolves `uri_path` (as sent, percent-encoded) under `site`.
/// Folders serve their `index.html`; `/a` also finds `/a.html`.
pub fn resolve(site: &Path, uri_path: &str) -> Resolved {
    let Ok(decoded) = percent_decode_str(uri_path).decode_utf8() else { return Resolved::Forbidden };
    if decoded.contains('\0') || decoded.contains('\\') {
        return Resolved::Forbidden;
    }
    let mut rel = PathBuf::new();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return Resolved::Forbidden,
            s if s.contains(':') => return Resolved::Forbidden,
            s => rel.push(s),
        }
    }
    let Ok(site) = site.canonicalize() else { return Resolved::NotFound };
    let candidate = site.join(&rel);
    let candidate = if candidate.is_dir() {
        candidate.join("index.html")
    } else if !candidate.exists() && candidate.extension().is_none() {
        candidate.with_extension("html")
    } else {
        candidate
    };
    let Ok(real) = candidate.canonicalize() else { return Resolved::NotFound };
    if !real.starts_with(&site) {
        return Resolved::Forbidden;
    }
    if real.is_file() { Resolved::File(real) } else { Resolved::NotFound }
}

/// The `Content-Type` for a file, with a charset for text.
pub fn content_type(path: &Path) -> String {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let essence = match path.extension().and_then(|e| e.to_str()) {
        Some("wasm") => "application/wasm".to_string(),
        Some("js" | "mjs") => "text/javascript".to_string(),
        _ => mime.essence_str().to_string(),
    };
    if essence.starts_with("text/") || essence == "application/json" || essence == "image/svg+xml" {
        format!("{essence}; charset=utf-8")
    } else {
        essence
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traversal_is_forbidden() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("index.html"), "hi").unwrap();
        for bad in [
            "/../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/a/%2E%2E%2F%2E%2E%2Fetc",
            "/..%2fetc",
            "/..%5c..%5cetc",
            "/x%00.html",
        ] {
            assert_eq!(resolve(dir.path(), bad), Resolved::Forbidden, "{bad}");
        }
        assert!(matches!(resolve(dir.path(), "/"), Resolved::File(_)));
        assert!(matches!(resolve(dir.path(), "/index"), Resolved::File(_)));
        assert_eq!(resolve(dir.path(), "/nope.html"), Resolved::NotFound);
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_out_of_the_site_are_forbidden() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.txt"), "secret").unwrap();
        let site = tempfile::tempdir().unwrap();
        std::fs::write(site.path().join("real.txt"), "ok").unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret.txt"), site.path().join("leak.txt")).unwrap();
        std::os::unix::fs::symlink(outside.path(), site.path().join("dir")).unwrap();
        std::os::unix::fs::symlink(site.path().join("real.txt"), site.path().join("alias.txt")).unwrap();
        assert_eq!(resolve(site.path(), "/leak.txt"), Resolved::Forbidden);
        assert_eq!(resolve(site.path(), "/dir/secret.txt"), Resolved::Forbidden);
        assert!(matches!(resolve(site.path(), "/alias.txt"), Resolved::File(_)), "links inside the site are fine");
    }

    #[test]
    fn types() {
        assert_eq!(content_type(Path::new("a.wasm")), "application/wasm");
        assert_eq!(content_type(Path::new("a.html")), "text/html; charset=utf-8");
        assert_eq!(content_type(Path::new("a.css")), "text/css; charset=utf-8");
        assert_eq!(content_type(Path::new("a.js")), "text/javascript; charset=utf-8");
    }
}
