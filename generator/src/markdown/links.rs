//! Link rewriting: `other.md#x` becomes the built page (`other.html#x`),
//! relative to the linking page, and root-absolute paths (`/img.png`)
//! become relative, so the output works from `file://` and any sub-path.

use std::collections::HashMap;

/// Content path (`guide/events.md`) -> output path (`guide/events.html`).
#[derive(Debug, Default, Clone)]
pub struct LinkMap {
    pages: HashMap<String, String>,
}

/// What became of one link.
#[derive(Debug, PartialEq, Eq)]
pub enum Rewrite {
    /// Leave the URL as written (external, anchor-only, or a plain file).
    Keep,
    /// Use this URL instead.
    To(String),
    /// A `.md` link to no page crib knows; the URL is kept, with a warning.
    Missing(String),
}

impl LinkMap {
    pub fn insert(&mut self, rel_path: &str, output_path: &str) {
        self.pages.insert(rel_path.to_string(), output_path.to_string());
    }

    /// Rewrites `url` written in the page at content path `from_rel`, whose
    /// output is `from_out`.
    pub fn rewrite(&self, url: &str, from_rel: &str, from_out: &str) -> Rewrite {
        if url.is_empty() || url.starts_with('#') || url.starts_with("//") || has_scheme(url) {
            return Rewrite::Keep;
        }
        let (path, fragment) = match url.find(['#', '?']) {
            Some(i) => url.split_at(i),
            None => (url, ""),
        };
        let from_dir = parent(from_rel);
        let target = if let Some(abs) = path.strip_prefix('/') { normalize(abs) } else { normalize(&join(from_dir, path)) };
        let Some(target) = target else { return Rewrite::Keep };
        if path.ends_with(".md") {
            return match self.pages.get(&target) {
                Some(out) => Rewrite::To(format!("{}{fragment}", relative(parent(from_out), out))),
                None => Rewrite::Missing(target),
            };
        }
        if path.ends_with('/') || path.is_empty() {
            let index = if target.is_empty() { "index.md".to_string() } else { format!("{target}/index.md") };
            if let Some(out) = self.pages.get(&index) {
                return Rewrite::To(format!("{}{fragment}", relative(parent(from_out), out)));
            }
            let generated = if target.is_empty() { "index.html".to_string() } else { format!("{target}/index.html") };
            return Rewrite::To(format!("{}{fragment}", relative(parent(from_out), &generated)));
        }
        if path.starts_with('/') {
            return Rewrite::To(format!("{}{fragment}", relative(parent(from_out), &target)));
        }
        Rewrite::Keep
    }
}

fn has_scheme(url: &str) -> bool {
    match url.find(':') {
        Some(i) => url[..i].chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) && i > 0,
        None => false,
    }
}

fn parent(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

fn join(dir: &str, path: &str) -> String {
    if dir.is_empty() { path.to_string() } else { format!("{dir}/{path}") }
}

/// Resolves `.` and `..`; `None` when the path climbs out of the root.
pub fn normalize(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

/// The relative URL from folder `from_dir` to the root-relative `to`.
pub fn relative(from_dir: &str, to: &str) -> String {
    let from: Vec<&str> = from_dir.split('/').filter(|s| !s.is_empty()).collect();
    let to_parts: Vec<&str> = to.split('/').collect();
    let common = from.iter().zip(&to_parts).take_while(|(a, b)| a == b).count().min(to_parts.len().saturating_sub(1));
    let mut out = "../".repeat(from.len() - common);
    out.push_str(&to_parts[common..].join("/"));
    out
}

/// `../` repeated once per folder of `output_path`: the way back to the root.
pub fn root_prefix(output_path: &str) -> String {
    "../".repeat(output_path.matches('/').count())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> LinkMap {
        let mut m = LinkMap::default();
        m.insert("index.md", "index.html");
        m.insert("guide/events.md", "guide/events.html");
        m.insert("guide/deep/streams.md", "guide/deep/streams.html");
        m.insert("intro.md", "intro.html");
        m
    }

    #[test]
    fn rewrites_md_links_relatively() {
        let m = map();
        assert_eq!(m.rewrite("../intro.md#x", "guide/events.md", "guide/events.html"), Rewrite::To("../intro.html#x".into()));
        assert_eq!(m.rewrite("deep/streams.md", "guide/events.md", "guide/events.html"), Rewrite::To("deep/streams.html".into()));
        assert_eq!(m.rewrite("guide/events.md", "intro.md", "intro.html"), Rewrite::To("guide/events.html".into()));
        assert_eq!(m.rewrite("/guide/events.md", "guide/deep/streams.md", "guide/deep/streams.html"), Rewrite::To("../events.html".into()));
        assert_eq!(m.rewrite("nope.md", "intro.md", "intro.html"), Rewrite::Missing("nope.md".into()));
        assert_eq!(m.rewrite("https://x.org/a.md", "intro.md", "intro.html"), Rewrite::Keep);
        assert_eq!(m.rewrite("#top", "intro.md", "intro.html"), Rewrite::Keep);
        assert_eq!(m.rewrite("img/a.png", "intro.md", "intro.html"), Rewrite::Keep);
        assert_eq!(m.rewrite("/img/a.png", "guide/events.md", "guide/events.html"), Rewrite::To("../img/a.png".into()));
        assert_eq!(m.rewrite("../", "guide/events.md", "guide/events.html"), Rewrite::To("../index.html".into()));
    }

    #[test]
    fn relative_paths() {
        assert_eq!(relative("", "a/b.html"), "a/b.html");
        assert_eq!(relative("a", "a/b.html"), "b.html");
        assert_eq!(relative("a/c", "a/b.html"), "../b.html");
        assert_eq!(relative("x", "index.html"), "../index.html");
        assert_eq!(root_prefix("a/b/c.html"), "../../");
    }
}
