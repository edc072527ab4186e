//! Link and id rewriting for the single-file edition: ids get the page's
//! prefix (`pN-`), in-page references follow them, and relative links to
//! other pages become hashes (`#sf-M`, or `#pM-ID` for a heading).

use std::collections::HashMap;
use std::path::Path;

pub(super) struct Context<'a> {
    pub dist: &'a Path,
    /// Page path (`a/b.html`) -> its number.
    pub index: &'a HashMap<&'a str, usize>,
}

/// The value of attribute `name` in a tag's text.
pub(super) fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let needle = format!(" {name}=\"");
    let start = tag.find(&needle)? + needle.len();
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

/// Rewrites `html`, a fragment of page `path` (page number `n`; `None` for
/// the shared chrome, whose ids stay as they are).
pub(super) fn page_html(html: &str, path: &str, n: Option<usize>, ctx: &Context) -> String {
    let prefix = n.map(|n| format!("p{n}-"));
    let ids: std::collections::HashSet<String> =
        if prefix.is_some() { values(html, " id=\"").into_iter().collect() } else { Default::default() };
    let local = |id: &str| match &prefix {
        Some(p) if ids.contains(id) => format!("{p}{id}"),
        _ => id.to_string(),
    };
    let mut out = map_attr(html, " id=\"", |v| match &prefix {
        Some(p) => format!("{p}{v}"),
        None => v.to_string(),
    });
    for name in [" for=\"", " aria-controls=\"", " aria-labelledby=\"", " aria-describedby=\""] {
        out = map_attr(&out, name, |v| v.split(' ').map(&local).collect::<Vec<_>>().join(" "));
    }
    out = map_attr(&out, " href=\"", |v| route(v, path, &prefix, ctx));
    // SVG paint servers and markers: url(#id).
    if prefix.is_some() {
        let mut s = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(i) = rest.find("url(#") {
            s.push_str(&rest[..i + 5]);
            rest = &rest[i + 5..];
            let end = rest.find(')').unwrap_or(rest.len());
            s.push_str(&local(&rest[..end]));
            rest = &rest[end..];
        }
        s.push_str(rest);
        out = s;
    }
    out
}

/// Where a link goes in the single file.
fn route(href: &str, page: &str, prefix: &Option<String>, ctx: &Context) -> String {
    if let Some(frag) = href.strip_prefix('#') {
        return match prefix {
            Some(p) if !frag.is_empty() => format!("#{p}{frag}"),
            _ => href.to_string(),
        };
    }
    let external = href.starts_with('/') || href.split('/').next().is_some_and(|first| first.contains(':'));
    if external {
        return href.to_string();
    }
    let (target, frag) = match href.split_once('#') {
        Some((t, f)) => (t, Some(f)),
        None => (href, None),
    };
    let target = target.split('?').next().unwrap_or("");
    let target = crate::search::extract::decode_entities(target);
    let target = crate::markdown::links::decode_path(&target).unwrap_or(target);
    let mut resolved = resolve(page, &target);
    if resolved.is_empty() || resolved.ends_with('/') {
        resolved.push_str("index.html");
    }
    match ctx.index.get(resolved.as_str()) {
        Some(m) => match frag.filter(|f| !f.is_empty()) {
            Some(f) => format!("#p{m}-{f}"),
            None => format!("#sf-{m}"),
        },
        None => {
            let _ = ctx.dist;
            href.to_string()
        }
    }
}

/// `rel` resolved against the folder of page `from` (both `/`-separated).
fn resolve(from: &str, rel: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for seg in rel.split('/') {
        match seg {
            "." | "" => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let mut out = parts.join("/");
    if rel.ends_with('/') || rel.is_empty() {
        out.push('/');
    }
    out.trim_start_matches('/').to_string()
}

fn values(html: &str, needle: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(needle) {
        rest = &rest[i + needle.len()..];
        let end = rest.find('"').unwrap_or(rest.len());
        out.push(rest[..end].to_string());
        rest = &rest[end..];
    }
    out
}

fn map_attr(html: &str, needle: &str, f: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html;
    while let Some(i) = rest.find(needle) {
        out.push_str(&rest[..i + needle.len()]);
        rest = &rest[i + needle.len()..];
        let end = rest.find('"').unwrap_or(rest.len());
        out.push_str(&f(&rest[..end]));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_ids_are_routed() {
        let index: HashMap<&str, usize> =
            [("index.html", 0), ("guide/a.html", 1), ("guide/index.html", 2)].into_iter().collect();
        let ctx = Context { dist: Path::new("."), index: &index };
        let html = r##"<h2 id="x">X <a href="#x">#</a></h2><a href="../index.html">home</a><a href="a.html#y">y</a><a href="./">sec</a><a href="https://e.org/a.html">ext</a><svg><path marker-end="url(#m)"/><marker id="m"/></svg><label for="x">"##;
        let out = page_html(html, "guide/a.html", Some(1), &ctx);
        assert_eq!(
            out,
            r##"<h2 id="p1-x">X <a href="#p1-x">#</a></h2><a href="#sf-0">home</a><a href="#p1-y">y</a><a href="#sf-2">sec</a><a href="https://e.org/a.html">ext</a><svg><path marker-end="url(#p1-m)"/><marker id="p1-m"/></svg><label for="p1-x">"##
        );
    }
}
