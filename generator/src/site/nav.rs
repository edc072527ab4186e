//! The sidebar as one page sees it: top-level entries always, the children
//! of a section only when the page is inside it, the current page marked.
//! Keeps every page's navigation small on sites of thousands of pages.

use crate::content::tree::NavItem;
use crate::markdown::links::{encode_path, relative_url};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct NavView<'a> {
    pub title: &'a str,
    pub path: &'a str,
    /// The link from the page being rendered: relative, ending in `.html`,
    /// percent-encoded.
    pub href: String,
    pub is_section: bool,
    /// This entry is the page being rendered.
    pub active: bool,
    /// A section containing the page being rendered (its children shown).
    pub open: bool,
    pub children: Vec<NavView<'a>>,
}

/// The navigation for the page at output path `current`; with `mark`
/// false, nothing is marked active or opened (a plain listing).
pub fn view<'a>(items: &'a [NavItem], current: &str, mark: bool) -> Vec<NavView<'a>> {
    let from = current.rsplit_once('/').map_or("", |(dir, _)| dir);
    items
        .iter()
        .map(|item| {
            let dir = item.path.strip_suffix("index.html").unwrap_or("");
            let open = mark && item.is_section && current.starts_with(dir);
            NavView {
                title: &item.title,
                path: &item.path,
                href: relative_url(from, &item.path),
                is_section: item.is_section,
                active: mark && item.path == current,
                open,
                children: if open { view(&item.children, current, mark) } else { Vec::new() },
            }
        })
        .collect()
}

/// Every entry, every section open: the generated home page's listing.
pub fn full_view(items: &[NavItem]) -> Vec<NavView<'_>> {
    items
        .iter()
        .map(|item| NavView {
            title: &item.title,
            path: &item.path,
            href: encode_path(&item.path),
            is_section: item.is_section,
            active: false,
            open: item.is_section,
            children: full_view(&item.children),
        })
        .collect()
}
