//! The content stage: finds every `content/**/*.md`, reads it (UTF-8 only),
//! splits off front matter, and decides each page's output path. Other
//! files under `content/` are listed as assets to copy. The navigation tree
//! lives in [`tree`].
//!
//! [`reload`] is the same walk for `crib serve`: a file whose size,
//! modification time and inode are those of the last load (and that the
//! watcher did not report) is taken from that load, not read again.

pub mod front_matter;
pub mod tree;

use crate::diagnostics::Diagnostic;
pub use front_matter::FrontMatter;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// One Markdown file, read and split, not yet rendered.
#[derive(Debug, Clone)]
pub struct Page {
    /// Path under `content/` with `/` separators: `guide/events.md`.
    pub rel_path: String,
    /// Output path under the output folder: `guide/events.html`.
    pub output_path: String,
    /// The whole file.
    pub text: Arc<str>,
    /// Byte offset where the Markdown body starts (after front matter).
    pub body_start: usize,
    pub meta: FrontMatter,
    /// Front matter title, else the first `# ` heading, else the file name.
    pub title: String,
    /// `index.md`: the landing page of its folder.
    pub is_index: bool,
}

impl Page {
    /// The path diagnostics show: `content/guide/events.md`.
    pub fn display_path(&self) -> String {
        format!("content/{}", self.rel_path)
    }

    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// The folder under `content/` this page belongs to (`""` for the root).
    pub fn dir(&self) -> &str {
        self.rel_path.rsplit_once('/').map_or("", |(dir, _)| dir)
    }
}

/// Everything the content stage found.
#[derive(Debug, Default)]
pub struct Content {
    /// Pages in a stable order (by path); drafts excluded.
    pub pages: Vec<Page>,
    /// Non-Markdown files to copy, relative to `content/`.
    pub assets: Vec<String>,
    pub diagnostics: Vec<Diagnostic>,
    /// Every file found, by path under `content/`: how it looked on disk
    /// and what reading it gave (for [`reload`]).
    files: HashMap<String, (Stamp, Loaded)>,
    /// The files [`reload`] read again (`None`: a full load read them all).
    reread: Option<HashSet<String>>,
}

impl Content {
    /// Whether the file at `rel` (under `content/`) was read by this load,
    /// rather than taken unchanged from the previous one.
    pub fn was_read(&self, rel: &str) -> bool {
        self.reread.as_ref().is_none_or(|set| set.contains(rel))
    }
}

/// What identifies a version of a source file on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    inode: u64,
}

impl Stamp {
    fn of(meta: &std::fs::Metadata) -> Stamp {
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(meta);
        #[cfg(not(unix))]
        let inode = 0;
        Stamp { len: meta.len(), modified: meta.modified().ok(), inode }
    }
}

/// Loads `ROOT/content`. Problems become diagnostics; the pages that could
/// be read are still returned, so one bad file reports every error at once.
pub fn load(root: &Path) -> Content {
    load_from(root, None, &[])
}

/// Loads `ROOT/content` again after `previous`: only the files that are
/// new, changed on disk (size, modification time, inode) or listed in
/// `changed` (absolute paths the watcher reported) are read.
pub fn reload(root: &Path, previous: &Content, changed: &[PathBuf]) -> Content {
    load_from(root, Some(previous), changed)
}

fn load_from(root: &Path, previous: Option<&Content>, changed: &[PathBuf]) -> Content {
    let dir = root.join("content");
    let mut content = Content::default();
    if !dir.is_dir() {
        content.diagnostics.push(
            Diagnostic::error("content/", "", 0..0, format!("no content folder at {}", dir.display()))
                .with_help("create content/index.md, or pass --root with the folder that holds content/"),
        );
        return content;
    }
    let (files, diags) = walk(root, &dir);
    content.diagnostics.extend(diags);
    let changed: HashSet<&Path> = changed.iter().map(PathBuf::as_path).collect();
    let loaded: Vec<(String, Option<Stamp>, Loaded, bool)> = {
        use rayon::prelude::*;
        files
            .par_iter()
            .filter(|(path, _)| !is_hidden(&dir, path))
            .map(|(path, stamp)| {
                let rel = rel_path(&dir, path);
                let before = previous
                    .and_then(|p| p.files.get(&rel))
                    .filter(|(s, _)| Some(*s) == *stamp && !changed.contains(path.as_path()));
                if let Some((_, loaded)) = before {
                    return (rel, *stamp, loaded.clone(), false);
                }
                let loaded = if rel.ends_with(".md") {
                    load_page(root, path, rel.clone()).unwrap_or_else(Loaded::Failed)
                } else {
                    Loaded::Asset(rel.clone())
                };
                (rel, *stamp, loaded, true)
            })
            .collect()
    };
    let mut reread = HashSet::new();
    for (rel, stamp, item, read) in loaded {
        match &item {
            Loaded::Page(page) if page.meta.draft => {}
            Loaded::Page(page) => content.pages.push((**page).clone()),
            Loaded::Asset(rel) => content.assets.push(rel.clone()),
            Loaded::Failed(diag) => content.diagnostics.push(diag.clone()),
        }
        if read {
            reread.insert(rel.clone());
        }
        // A file whose stamp could not be read is read again next time.
        if let Some(stamp) = stamp {
            content.files.insert(rel, (stamp, item));
        }
    }
    content.reread = previous.map(|_| reread);
    check_duplicate_outputs(&mut content);
    content
}

/// Every file under `dir` (`ROOT/content`), sorted, with its stamp.
/// Symlinks are followed while they stay inside `dir`; a loop, a link that
/// leads out of `dir` and a broken link are warnings naming the link, and
/// that path is skipped. Everything the walk reads is therefore under
/// `content/`, which `crib serve` watches whole.
fn walk(root: &Path, dir: &Path) -> (Vec<(PathBuf, Option<Stamp>)>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut diags = Vec::new();
    let real_dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let mut entries = walkdir::WalkDir::new(dir).follow_links(true).sort_by_file_name().into_iter();
    while let Some(entry) = entries.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let shown = err.path().map(|p| display(root, p)).unwrap_or_else(|| "content/".into());
                let diag = if let Some(ancestor) = err.loop_ancestor() {
                    Diagnostic::warning(
                        &shown,
                        "",
                        0..0,
                        format!("{shown} is a symlink loop (it leads back to {}); skipped", display(root, ancestor)),
                    )
                    .with_help("remove the link, or point it at a folder that does not contain it")
                } else if err.path().is_some_and(|p| p.is_symlink() && !p.exists()) {
                    Diagnostic::warning(&shown, "", 0..0, format!("{shown} is a broken symlink; skipped"))
                } else {
                    Diagnostic::error(&shown, "", 0..0, format!("cannot read {shown}: {err}"))
                };
                diags.push(diag);
                continue;
            }
        };
        if entry.path_is_symlink() && !entry.path().canonicalize().is_ok_and(|real| real.starts_with(&real_dir)) {
            let shown = display(root, entry.path());
            diags.push(
                Diagnostic::warning(
                    &shown,
                    "",
                    0..0,
                    format!("{shown} is a symlink that leads outside content/; skipped"),
                )
                .with_help("copy or move what it points at into content/"),
            );
            if entry.file_type().is_dir() {
                entries.skip_current_dir();
            }
            continue;
        }
        if entry.file_type().is_file() {
            let stamp = entry.metadata().ok().map(|m| Stamp::of(&m));
            files.push((entry.into_path(), stamp));
        }
    }
    (files, diags)
}

/// What reading one file under `content/` gave.
#[derive(Debug, Clone)]
enum Loaded {
    Page(Box<Page>),
    Asset(String),
    Failed(Diagnostic),
}

fn load_page(root: &Path, path: &Path, rel_path: String) -> Result<Loaded, Diagnostic> {
    let shown = display(root, path);
    let bytes = std::fs::read(path).map_err(|err| Diagnostic::io(&shown, &err))?;
    let text =
        String::from_utf8(bytes).map_err(|err| Diagnostic::invalid_utf8(&shown, err.as_bytes(), err.utf8_error()))?;
    let text: Arc<str> = text.into();
    let (meta, body_start) = front_matter::split(&text)
        .map_err(|err| Diagnostic::error(&shown, text.clone(), err.span, err.message).with_help(err.help))?;
    let file_name = rel_path.rsplit('/').next().unwrap_or(&rel_path);
    let stem = file_name.strip_suffix(".md").unwrap_or(file_name);
    let is_index = stem == "index";
    let dir = rel_path.rsplit_once('/').map_or("", |(d, _)| d);
    // The naming rule: pages and folders keep their names (`sub dir/a b.md`
    // is `sub dir/a b.html`, its URL `sub%20dir/a%20b.html`); only a
    // front-matter `slug` is a slug.
    let out_stem =
        if is_index { "index".to_string() } else { meta.slug.as_deref().map_or_else(|| stem.to_string(), slugify) };
    let output_path = if dir.is_empty() { format!("{out_stem}.html") } else { format!("{dir}/{out_stem}.html") };
    let title = meta
        .title
        .clone()
        .or_else(|| first_h1(&text[body_start..]))
        .unwrap_or_else(|| if is_index { humanize(dir.rsplit('/').next().unwrap_or("")) } else { humanize(stem) });
    Ok(Loaded::Page(Box::new(Page { rel_path, output_path, text, body_start, meta, title, is_index })))
}

/// Two sources that would write the same output file are an error; so are
/// two whose output paths differ only in letter case (one would overwrite
/// the other on macOS and Windows, where the site may be copied).
fn check_duplicate_outputs(content: &mut Content) {
    let mut seen: HashMap<String, &Page> = HashMap::new();
    let mut diags = Vec::new();
    for page in &content.pages {
        if let Some(first) = seen.insert(page.output_path.to_lowercase(), page) {
            let span = slug_span(page);
            let what = if first.output_path == page.output_path {
                format!("both become {}", page.output_path)
            } else {
                format!("become {} and {}, the same file where names ignore case", first.output_path, page.output_path)
            };
            diags.push(
                Diagnostic::error(
                    page.display_path(),
                    page.text.clone(),
                    span,
                    format!("duplicate slug: {} and {} {what}", first.display_path(), page.display_path()),
                )
                .with_help("rename one of the files or give it a different `slug` in its front matter"),
            );
        }
    }
    content.diagnostics.extend(diags);
}

fn slug_span(page: &Page) -> std::ops::Range<usize> {
    page.text[..page.body_start].find("slug").map_or(0..0, |i| i..i + 4)
}

/// A URL-safe file name: lower case ASCII letters, digits, `-` and `_`.
pub fn slugify(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() || c == '_' || c == '.' {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_matches('-');
    if trimmed.is_empty() { "page".into() } else { trimmed.to_string() }
}

/// `event-loop` -> `Event loop`.
pub fn humanize(name: &str) -> String {
    let name = name.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start_matches(['-', '_', '.']);
    let spaced = name.replace(['-', '_'], " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "Home".into(),
    }
}

fn first_h1(body: &str) -> Option<String> {
    let mut in_fence = false;
    for line in body.lines() {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            in_fence = !in_fence;
        } else if !in_fence && let Some(title) = t.strip_prefix("# ") {
            let title = title.split(" {#").next().unwrap_or(title).trim().trim_end_matches('#').trim();
            return Some(title.to_string());
        }
    }
    None
}

fn rel_path(base: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

fn display(root: &Path, path: &Path) -> String {
    rel_path(root, path)
}

fn is_hidden(base: &Path, path: &Path) -> bool {
    path.strip_prefix(base).unwrap_or(path).components().any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_titles() {
        assert_eq!(slugify("Event Loop (Node)"), "event-loop-node");
        assert_eq!(humanize("02-event-loop"), "Event loop");
        assert_eq!(first_h1("```\n# not\n```\n# Yes {#id}\n").as_deref(), Some("Yes"));
    }
}
