//! Internal links, `#anchors`, images and assets: every link written in a
//! page (Markdown links and images, and `href`/`src` in raw HTML) must lead
//! to a page, generated index, copied file or theme asset of this site, and
//! its fragment to an element id on the target page. External URLs are
//! not fetched (the check runs offline).

use super::CheckedPage;
use super::report::{Finding, Kind};
use crate::content::{Content, tree};
use crate::diagnostics::line_col;
use crate::markdown::{self, LinkMap, links::Rewrite};
use pulldown_cmark::{Event, Parser, Tag};
use std::collections::{BTreeSet, HashMap, HashSet};

/// What the built site will contain, by output path.
pub struct SiteIndex<'a> {
    /// Page output path -> its element ids.
    pages: HashMap<&'a str, &'a BTreeSet<String>>,
    /// Generated section indexes, copied content files, theme assets.
    files: HashSet<String>,
}

impl<'a> SiteIndex<'a> {
    pub fn new(
        content: &Content,
        pages: &'a [CheckedPage<'a>],
        config: Option<&crate::config::Config>,
        theme: Option<&crate::theme::Theme>,
    ) -> Self {
        let mut files: HashSet<String> = content.assets.iter().cloned().collect();
        let title = config.map(|c| c.title.clone()).unwrap_or_default();
        let page_list: Vec<_> = pages.iter().map(|p| p.page.clone()).collect();
        for generated in tree::build(&page_list, &title).generated {
            files.insert(generated.output_path);
        }
        files.insert("404.html".into());
        if let Some(theme) = theme {
            files.extend(theme.statics().map(|(path, _)| format!("static/{path}")));
        }
        SiteIndex { pages: pages.iter().map(|p| (p.page.output_path.as_str(), &p.model.ids)).collect(), files }
    }
}

/// A link as written in a page.
struct Link {
    url: String,
    /// Byte offset in the page's file.
    offset: usize,
    image: bool,
}

/// Checks every page's links; returns how many were checked and the problems.
pub fn check_all(site: &SiteIndex, pages: &[CheckedPage], map: &LinkMap) -> (usize, Vec<Finding>) {
    let mut count = 0;
    let mut findings = Vec::new();
    for page in pages {
        for link in page_links(page) {
            count += 1;
            if let Some(f) = check_link(site, page, map, &link) {
                findings.push(f);
            }
        }
    }
    (count, findings)
}

fn check_link(site: &SiteIndex, page: &CheckedPage, map: &LinkMap, link: &Link) -> Option<Finding> {
    let p = page.page;
    let (line, col) = line_col(&p.text, link.offset);
    let file = p.display_path();
    let what = if link.image { "image" } else { "link" };
    let broken = |kind, message: String| Some(Finding::new(kind, &file, line, message).with_column(col));
    let url = link.url.trim();
    if url.is_empty() || url.starts_with("//") || has_scheme(url) {
        return None;
    }
    if let Some(fragment) = url.strip_prefix('#') {
        let fragment = decode(fragment);
        if fragment.is_empty() || fragment == "top" || page.model.ids.contains(&fragment) {
            return None;
        }
        return broken(
            Kind::BrokenAnchor,
            format!("{what} to `#{fragment}`: no heading or element with that id on this page"),
        );
    }
    let resolved = match map.rewrite(url, &p.rel_path, &p.output_path) {
        Rewrite::Missing(target) => {
            return broken(
                Kind::BrokenLink,
                format!("{what} to `{url}`: content/{target} does not exist (or is a draft)"),
            );
        }
        Rewrite::To(rewritten) => rewritten,
        Rewrite::Keep => url.to_string(),
    };
    let (path, fragment) = split_fragment(&resolved);
    let dir = p.output_path.rsplit_once('/').map_or("", |(d, _)| d);
    let Some(target) = crate::markdown::links::normalize(&join(dir, &decode(path))) else {
        return broken(Kind::BrokenLink, format!("{what} to `{url}` points outside the site"));
    };
    let target = if target.is_empty() || path.ends_with('/') { join(&target, "index.html") } else { target };
    if let Some(ids) = site.pages.get(target.as_str()) {
        let fragment = decode(fragment);
        if fragment.is_empty() || ids.contains(&fragment) {
            return None;
        }
        return broken(
            Kind::BrokenAnchor,
            format!("{what} to `{url}`: {target} has no heading or element with id `{fragment}`"),
        );
    }
    if site.files.contains(&target) {
        return None;
    }
    broken(Kind::BrokenLink, format!("{what} to `{url}`: nothing in the site at {target}"))
}

/// Links, images and raw-HTML `href`/`src` of a page, with their offsets.
fn page_links(page: &CheckedPage) -> Vec<Link> {
    let p = page.page;
    let body = p.body();
    let mut links = Vec::new();
    for (event, range) in Parser::new_ext(body, markdown::options()).into_offset_iter() {
        let offset = p.body_start + range.start;
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                links.push(Link { url: dest_url.to_string(), offset, image: false })
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                links.push(Link { url: dest_url.to_string(), offset, image: true })
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                for (attr, image) in [(" href=\"", false), (" src=\"", true)] {
                    let mut at = 0;
                    while let Some(i) = html[at..].find(attr) {
                        let start = at + i + attr.len();
                        let Some(len) = html[start..].find('"') else { break };
                        links.push(Link { url: html[start..start + len].replace("&amp;", "&"), offset, image });
                        at = start + len;
                    }
                }
            }
            _ => {}
        }
    }
    links
}

fn has_scheme(url: &str) -> bool {
    url.find(':').is_some_and(|i| i > 0 && url[..i].chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)))
}

fn split_fragment(url: &str) -> (&str, &str) {
    let (before, fragment) = url.split_once('#').unwrap_or((url, ""));
    let path = before.split_once('?').map_or(before, |(p, _)| p);
    (path, fragment)
}

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}

fn join(dir: &str, path: &str) -> String {
    if path.starts_with('/') || dir.is_empty() { path.to_string() } else { format!("{dir}/{path}") }
}
