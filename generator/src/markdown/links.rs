//! Link rewriting: `other.md#x` becomes the built page (`other.html#x`),
//! relative to the linking page, and root-absolute paths (`/img.png`)
//! become relative, so the output works from `file://` and any sub-path.
//!
//! Destinations are URLs, as CommonMark and GitHub define them: the path is
//! percent-decoded (`my%20notes%20%231.md` is the file `my notes #1.md`)
//! before it is resolved, and the fragment (or query) stays apart, as
//! written. Every URL crib generates goes through [`encode_path`]: paths are
//! kept as file names on disk and only their URLs are encoded.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use std::collections::HashMap;

/// Everything but the unreserved characters of RFC 3986 and `/`: spaces,
/// `#`, `?`, `%`, `:` (a relative URL must not look like a scheme), and
/// every byte of non-ASCII UTF-8.
const PATH: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~').remove(b'/');

/// A `/`-separated path (as on disk) as a URL path: `sub dir/café.html`
/// becomes `sub%20dir/caf%C3%A9.html`.
pub fn encode_path(path: &str) -> String {
    utf8_percent_encode(path, PATH).to_string()
}

/// An element id as a URL fragment (without the `#`): `crème` becomes
/// `cr%C3%A8me`; browsers decode it again to find the element.
pub fn encode_fragment(id: &str) -> String {
    utf8_percent_encode(id, PATH).to_string()
}

/// A URL path back to the file name it names; `None` when the bytes it
/// encodes are not UTF-8 (no file crib knows has such a name).
pub fn decode_path(path: &str) -> Option<String> {
    percent_decode_str(path).decode_utf8().ok().map(|p| p.into_owned())
}

/// The relative URL (encoded) from folder `from_dir` to the root-relative
/// path `to` (as on disk).
pub fn relative_url(from_dir: &str, to: &str) -> String {
    encode_path(&relative(from_dir, to))
}

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
        let decoded = decode_path(path).unwrap_or_else(|| path.to_string());
        let path = decoded.as_str();
        let from_dir = parent(from_rel);
        let target =
            if let Some(abs) = path.strip_prefix('/') { normalize(abs) } else { normalize(&join(from_dir, path)) };
        let Some(target) = target else { return Rewrite::Keep };
        if path.ends_with(".md") {
            return match self.pages.get(&target) {
                Some(out) => Rewrite::To(format!("{}{fragment}", relative_url(parent(from_out), out))),
                None => Rewrite::Missing(target),
            };
        }
        if path.ends_with('/') || path.is_empty() {
            let index = if target.is_empty() { "index.md".to_string() } else { format!("{target}/index.md") };
            if let Some(out) = self.pages.get(&index) {
                return Rewrite::To(format!("{}{fragment}", relative_url(parent(from_out), out)));
            }
            let generated = if target.is_empty() { "index.html".to_string() } else { format!("{target}/index.html") };
            return Rewrite::To(format!("{}{fragment}", relative_url(parent(from_out), &generated)));
        }
        if path.starts_with('/') {
            return Rewrite::To(format!("{}{fragment}", relative_url(parent(from_out), &target)));
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
        assert_eq!(
            m.rewrite("../intro.md#x", "guide/events.md", "guide/events.html"),
            Rewrite::To("../intro.html#x".into())
        );
        assert_eq!(
            m.rewrite("deep/streams.md", "guide/events.md", "guide/events.html"),
            Rewrite::To("deep/streams.html".into())
        );
        assert_eq!(m.rewrite("guide/events.md", "intro.md", "intro.html"), Rewrite::To("guide/events.html".into()));
        assert_eq!(
            m.rewrite("/guide/events.md", "guide/deep/streams.md", "guide/deep/streams.html"),
            Rewrite::To("../events.html".into())
        );
        assert_eq!(m.rewrite("nope.md", "intro.md", "intro.html"), Rewrite::Missing("nope.md".into()));
        assert_eq!(m.rewrite("https://x.org/a.md", "intro.md", "intro.html"), Rewrite::Keep);
        assert_eq!(m.rewrite("#top", "intro.md", "intro.html"), Rewrite::Keep);
        assert_eq!(m.rewrite("img/a.png", "intro.md", "intro.html"), Rewrite::Keep);
        assert_eq!(m.rewrite("/img/a.png", "guide/events.md", "guide/events.html"), Rewrite::To("../img/a.png".into()));
        assert_eq!(m.rewrite("../", "guide/events.md", "guide/events.html"), Rewrite::To("../index.html".into()));
    }

    #[test]
    fn destinations_are_percent_decoded_and_urls_encoded() {
        let mut m = LinkMap::default();
        m.insert("my notes #1.md", "my notes #1.html");
        m.insert("café.md", "café.html");
        m.insert("100%.md", "100%.html");
        m.insert("sub dir/a b.md", "sub dir/a b.html");
        let to = |url: &str| m.rewrite(url, "index.md", "index.html");
        assert_eq!(to("my%20notes%20%231.md"), Rewrite::To("my%20notes%20%231.html".into()));
        assert_eq!(to("caf%C3%A9.md#x%20y"), Rewrite::To("caf%C3%A9.html#x%20y".into()));
        assert_eq!(to("café.md"), Rewrite::To("caf%C3%A9.html".into()));
        assert_eq!(to("100%25.md"), Rewrite::To("100%25.html".into()));
        assert_eq!(to("sub%20dir/a%20b.md?q=1#top"), Rewrite::To("sub%20dir/a%20b.html?q=1#top".into()));
        // `<sub dir/a b.md>`: the parser hands the destination over unescaped.
        assert_eq!(to("sub dir/a b.md"), Rewrite::To("sub%20dir/a%20b.html".into()));
        assert_eq!(to("sub%20dir/"), Rewrite::To("sub%20dir/index.html".into()));
        assert_eq!(
            m.rewrite("../caf%C3%A9.md", "sub dir/a b.md", "sub dir/a b.html"),
            Rewrite::To("../caf%C3%A9.html".into())
        );
        assert_eq!(to("my%20notes.md"), Rewrite::Missing("my notes.md".into()));
        // Not UTF-8 once decoded: no page has that name.
        assert_eq!(to("%FF.md"), Rewrite::Missing("%FF.md".into()));
    }

    #[test]
    fn encoding_keeps_unreserved_and_slashes() {
        assert_eq!(encode_path("a-b_c.d~/e.html"), "a-b_c.d~/e.html");
        assert_eq!(encode_path("a b#?%:é.html"), "a%20b%23%3F%25%3A%C3%A9.html");
        assert_eq!(decode_path("a%20b%23%3F%25%3A%C3%A9.html").as_deref(), Some("a b#?%:é.html"));
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
