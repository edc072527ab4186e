//! Helpers: copy a fixture to a temp folder, run `crib build`, read output.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A fixture site copied into its own temporary folder.
pub(crate) struct Site {
    pub dir: tempfile::TempDir,
}

/// What one `crib build` run printed and returned.
#[derive(Debug)]
pub(crate) struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub(crate) fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testsuite")
}

impl Site {
    /// Copies `tests/testsuite/<case>` (for example `site/basic`).
    pub(crate) fn fixture(case: &str) -> Site {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&fixtures().join(case), dir.path());
        Site { dir }
    }

    /// An empty site; add files with [`Site::write`].
    pub(crate) fn empty() -> Site {
        Site { dir: tempfile::tempdir().unwrap() }
    }

    pub(crate) fn root(&self) -> &Path {
        self.dir.path()
    }

    pub(crate) fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    /// `crib build --root <site>`.
    pub(crate) fn build(&self) -> Run {
        self.build_args(&[])
    }

    pub(crate) fn build_args(&self, extra: &[&str]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_crib"))
            .arg("build")
            .arg("--root")
            .arg(self.root())
            .args(extra)
            .env("NO_COLOR", "1")
            .output()
            .expect("run crib");
        // The temp folder's name changes every run: snapshots see `<site>`.
        let root = self.root().display().to_string();
        let clean = |bytes: &[u8]| String::from_utf8_lossy(bytes).replace(&root, "<site>");
        Run { code: out.status.code().unwrap_or(-1), stdout: clean(&out.stdout), stderr: clean(&out.stderr) }
    }

    /// Builds and fails the test unless the build succeeded.
    pub(crate) fn build_ok(&self) -> Run {
        let run = self.build();
        assert_eq!(run.code, 0, "build failed:\n{}\n{}", run.stdout, run.stderr);
        run
    }

    pub(crate) fn read(&self, rel: &str) -> String {
        let path = self.root().join("dist").join(rel);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    pub(crate) fn exists(&self, rel: &str) -> bool {
        self.root().join("dist").join(rel).exists()
    }

    /// Every file under dist/, sorted, as `/`-separated paths.
    pub(crate) fn files(&self) -> Vec<String> {
        let dist = self.root().join("dist");
        let mut files: Vec<String> = walk(&dist)
            .into_iter()
            .map(|p| p.strip_prefix(&dist).unwrap().to_string_lossy().replace('\\', "/"))
            .collect();
        files.sort();
        files
    }
}

/// The page's `<main>` element: the part a snapshot should review.
pub(crate) fn main_of(html: &str) -> &str {
    let start = html.find("<main").expect("<main>");
    let end = html.find("</main>").expect("</main>") + "</main>".len();
    &html[start..end]
}

/// The sidebar `<nav>` of a page.
pub(crate) fn nav_of(html: &str) -> &str {
    let start = html.find("<nav id=\"sidebar\"").expect("sidebar");
    let end = start + html[start..].find("</nav>").expect("</nav>") + "</nav>".len();
    &html[start..end]
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() { out.extend(walk(&path)) } else { out.push(path) }
        }
    }
    out
}

pub(crate) fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every `href`/`src` value in `html`.
pub(crate) fn urls(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            let end = rest.find('"').unwrap();
            out.push(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    out
}
