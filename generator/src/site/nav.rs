//! The sidebar as one page sees it: top-level entries always, the children
//! of a section only when the page is inside it, the current page marked.
//! Keeps every page's navigation small on sites of thousands of pages.

use crate::content::tree::NavItem;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct NavView<'a> {
    pub title: &'a str,
    pub path: &'a str,
    pub is_section: bool,
    /// This entry is the page being rendered.
    pub active: bool,
    /// A section containing the page being rendered (its children shown).
    pub open: bool,
    pub children: Vec<NavView<'a>>,
}

/// The navigation for the page at output path `current`.
pub fn view<'a>(items: &'a [NavItem], current: &str) -> Vec<NavView<'a>> {
    items
        .iter()
        .map(|item| {
            let dir = item.path.strip_suffix("index.html").unwrap_or("");
            let open = item.is_section && current.starts_with(dir);
            NavView {
                title: &item.title,
                path: &item.path,
                is_section: item.is_section,
                active: item.path == current,
                open,
                children: if open { view(&item.children, current) } else { Vec::new() },
            }
        })
        .collect()
}
