//! The template stage's input: the context each template sees (site
//! settings, `root`, the sidebar, the extensions' assets, and the page:
//! title, description, previous/next, section listing). Pure functions of
//! the settings, the navigation tree and the page list; the page's body
//! (`content`, `toc`, `has_h1`) is added after the markdown stage
//! ([`with_body`]), so the context without it keys the page's cache entry.

use super::{Extension, nav};
use crate::config::Config;
use crate::content::{Page, tree};
use crate::markdown::{self, links::root_prefix};
use serde_json::{Map, Value, json};

/// What every template context is made from.
pub struct Contexts<'a> {
    pub config: &'a Config,
    pub pages: &'a [Page],
    pub extensions: &'a [&'a dyn Extension],
    pub tree: tree::Tree,
}

impl Contexts<'_> {
    /// A content page's template and context (without its body).
    pub fn page(&self, page: &Page) -> (&'static str, Map<String, Value>) {
        let template = if page.is_index { "section.html" } else { "page.html" };
        let mut ctx = self.base(&page.output_path);
        let section_items = if page.is_index { self.tree.sections.get(page.dir()) } else { None };
        ctx.insert(
            "section_items".into(),
            serde_json::to_value(section_items.map(|items| nav::view(items, &page.output_path, false)).unwrap_or_default()).unwrap_or_default(),
        );
        ctx.insert(
            "page".into(),
            json!({
                "title": page.title,
                "description": page.meta.description.clone().unwrap_or_else(|| self.config.description.clone()),
                "path": page.output_path,
                "source_path": page.display_path(),
                "is_index": page.is_index,
                "generated": false,
                "extra": page.meta.extra,
                "prev": self.neighbour(&page.output_path, -1),
                "next": self.neighbour(&page.output_path, 1),
            }),
        );
        (template, ctx)
    }

    /// A generated section index's context (`section.html`).
    pub fn generated(&self, generated: &tree::GeneratedIndex) -> Map<String, Value> {
        let mut ctx = self.base(&generated.output_path);
        ctx.insert(
            "page".into(),
            json!({
                "title": generated.title,
                "description": self.config.description,
                "content": "",
                "toc": [],
                "has_h1": false,
                "path": generated.output_path,
                "source_path": null,
                "is_index": true,
                "generated": true,
                "extra": {},
                "prev": null,
                "next": self.neighbour(&generated.output_path, 1),
            }),
        );
        let items = self.tree.sections.get(&generated.dir).map(Vec::as_slice).unwrap_or(&[]);
        // The root's generated index lists the whole site, sections open.
        let view = if generated.dir.is_empty() { nav::full_view(items) } else { nav::view(items, &generated.output_path, false) };
        ctx.insert("section_items".into(), serde_json::to_value(&view).unwrap_or_default());
        ctx
    }

    /// The 404 page's context.
    pub fn not_found(&self) -> Map<String, Value> {
        let mut ctx = self.base("404.html");
        ctx.insert("page".into(), json!({ "title": "Page not found", "description": "", "path": "404.html", "toc": [], "extra": {} }));
        ctx
    }

    /// What every template sees, for the page at `output_path`.
    fn base(&self, output_path: &str) -> Map<String, Value> {
        let mut ctx = Map::new();
        ctx.insert(
            "site".into(),
            json!({
                "title": self.config.title,
                "description": self.config.description,
                "author": self.config.author,
                "language": self.config.language,
            }),
        );
        ctx.insert("root".into(), Value::String(root_prefix(output_path)));
        ctx.insert("nav".into(), serde_json::to_value(nav::view(&self.tree.nav, output_path, true)).unwrap_or_default());
        let mut styles: Vec<String> = Vec::new();
        let mut scripts: Vec<String> = Vec::new();
        let mut head = String::new();
        for ext in self.extensions {
            let assets = ext.assets();
            styles.extend(assets.styles);
            scripts.extend(assets.scripts);
            head.push_str(&assets.head_html);
        }
        ctx.insert("assets".into(), json!({ "styles": styles, "scripts": scripts, "head_html": head }));
        ctx.insert("crib_version".into(), Value::String(env!("CARGO_PKG_VERSION").into()));
        ctx
    }

    fn neighbour(&self, path: &str, step: isize) -> Value {
        let order = &self.tree.reading_order;
        let Some(i) = order.iter().position(|p| p == path) else { return Value::Null };
        let j = i as isize + step;
        if j < 0 || j as usize >= order.len() {
            return Value::Null;
        }
        let target = &order[j as usize];
        let from = path.rsplit_once('/').map_or("", |(dir, _)| dir);
        json!({ "path": target, "href": markdown::links::relative_url(from, target), "title": self.title_of(target) })
    }

    fn title_of(&self, path: &str) -> String {
        self.pages
            .iter()
            .find(|p| p.output_path == path)
            .map(|p| p.title.clone())
            .or_else(|| self.tree.generated.iter().find(|g| g.output_path == path).map(|g| g.title.clone()))
            .unwrap_or_default()
    }
}

/// The page's context with its rendered body added.
pub fn with_body(mut ctx: Map<String, Value>, model: &markdown::PageModel) -> Map<String, Value> {
    if let Some(Value::Object(fields)) = ctx.get_mut("page") {
        fields.insert("content".into(), Value::String(model.html.clone()));
        fields.insert("toc".into(), serde_json::to_value(&model.toc).unwrap_or_default());
        fields.insert("has_h1".into(), Value::Bool(model.has_h1));
    }
    ctx
}
