//! The navigation tree: folders become sections, ordered by weight, then
//! file name. Folders without an `index.md` get a generated landing page.

use super::{Page, humanize};
use serde::Serialize;
use std::collections::BTreeMap;

/// One entry of the sidebar: a page, or a section with its children.
#[derive(Debug, Clone, Serialize)]
pub struct NavItem {
    pub title: String,
    /// Output path from the site root (`guide/index.html`).
    pub path: String,
    pub is_section: bool,
    pub children: Vec<NavItem>,
}

/// A landing page crib writes for a folder that has no `index.md`.
#[derive(Debug, Clone)]
pub struct GeneratedIndex {
    /// Folder under `content/` (`""` for the site root).
    pub dir: String,
    pub output_path: String,
    pub title: String,
}

#[derive(Debug, Default)]
pub struct Tree {
    /// The root section's children, in order.
    pub nav: Vec<NavItem>,
    /// Children of every section, by folder (`""` is the root).
    pub sections: BTreeMap<String, Vec<NavItem>>,
    pub generated: Vec<GeneratedIndex>,
    /// Every output path in reading order (for previous/next links).
    pub reading_order: Vec<String>,
}

#[derive(Default)]
struct Dir {
    index: Option<usize>,
    pages: Vec<usize>,
    subdirs: Vec<String>,
}

/// Builds the tree from the loaded pages; `root_title` names the root.
pub fn build(pages: &[Page], root_title: &str) -> Tree {
    let mut dirs: BTreeMap<String, Dir> = BTreeMap::new();
    dirs.entry(String::new()).or_default();
    for (i, page) in pages.iter().enumerate() {
        let dir = page.dir().to_string();
        ensure_dir(&mut dirs, &dir);
        let entry = dirs.get_mut(&dir).expect("ensured");
        if page.is_index { entry.index = Some(i) } else { entry.pages.push(i) }
    }
    let mut tree = Tree::default();
    for (dir, d) in &dirs {
        if d.index.is_none() {
            let title = if dir.is_empty() { root_title.to_string() } else { humanize(last(dir)) };
            tree.generated.push(GeneratedIndex { dir: dir.clone(), output_path: index_path(dir), title });
        }
    }
    let root = section_children(pages, &dirs, "", &mut tree.sections);
    tree.reading_order.push("index.html".into());
    flatten(&root, &mut tree.reading_order);
    tree.nav = root;
    tree
}

fn ensure_dir(dirs: &mut BTreeMap<String, Dir>, dir: &str) {
    if dirs.contains_key(dir) {
        return;
    }
    dirs.insert(dir.to_string(), Dir::default());
    if !dir.is_empty() {
        let parent = dir.rsplit_once('/').map_or("", |(p, _)| p);
        ensure_dir(dirs, parent);
        dirs.get_mut(parent).expect("ensured").subdirs.push(dir.to_string());
    }
}

fn section_children(
    pages: &[Page],
    dirs: &BTreeMap<String, Dir>,
    dir: &str,
    out: &mut BTreeMap<String, Vec<NavItem>>,
) -> Vec<NavItem> {
    let d = &dirs[dir];
    // (missing weight sorts last, weight, file name) -> item
    let mut keyed: Vec<((bool, i64, String), NavItem)> = Vec::new();
    for &i in &d.pages {
        let p = &pages[i];
        let name = p.rel_path.rsplit('/').next().unwrap_or(&p.rel_path).to_string();
        let item = NavItem { title: p.title.clone(), path: p.output_path.clone(), is_section: false, children: vec![] };
        keyed.push((weight_key(p.meta.weight, name), item));
    }
    for sub in &d.subdirs {
        let children = section_children(pages, dirs, sub, out);
        let index = dirs[sub].index.map(|i| &pages[i]);
        let title = index.map_or_else(|| humanize(last(sub)), |p| p.title.clone());
        let item = NavItem { title, path: index_path(sub), is_section: true, children };
        keyed.push((weight_key(index.and_then(|p| p.meta.weight), last(sub).to_string()), item));
    }
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    let items: Vec<NavItem> = keyed.into_iter().map(|(_, item)| item).collect();
    out.insert(dir.to_string(), items.clone());
    items
}

fn weight_key(weight: Option<i64>, name: String) -> (bool, i64, String) {
    (weight.is_none(), weight.unwrap_or(0), name)
}

fn flatten(items: &[NavItem], out: &mut Vec<String>) {
    for item in items {
        out.push(item.path.clone());
        flatten(&item.children, out);
    }
}

fn last(dir: &str) -> &str {
    dir.rsplit('/').next().unwrap_or(dir)
}

/// `guide` -> `guide/index.html`; `""` -> `index.html`.
pub fn index_path(dir: &str) -> String {
    if dir.is_empty() { "index.html".into() } else { format!("{dir}/index.html") }
}
