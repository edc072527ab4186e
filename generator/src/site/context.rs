//! The template stage's input: the typed context each template sees (site
//! settings, `root`, the sidebar, the extensions' assets, and the page:
//! title, description, previous/next, section listing). Pure functions of
//! the settings, the navigation tree and the page list; the page's body
//! (`content`, `toc`, `has_h1`) is added after the markdown stage
//! ([`TemplateContext::with_body`]), so the context without it keys the page's
//! cache entry. The field names are the theme's template variables.

use super::{Extension, nav};
use crate::config::Config;
use crate::content::{Page, tree};
use crate::markdown::{self, PageModel, TocEntry, links::root_prefix};
use nav::NavView;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// What every template context is made from.
pub(super) struct Contexts<'a> {
    pub config: &'a Config,
    pub pages: &'a [Page],
    pub extensions: &'a [&'a dyn Extension],
    pub tree: tree::Tree,
}

/// A template's context.
#[derive(Serialize)]
pub struct TemplateContext<'a> {
    pub site: SiteView<'a>,
    /// The `../` prefix from the page to the output root.
    pub root: String,
    pub nav: Vec<NavView<'a>>,
    pub assets: AssetsView,
    pub crib_version: &'static str,
    /// A section index's listing (`section.html`); absent on the 404 page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section_items: Option<Vec<NavView<'a>>>,
    pub page: PageView<'a>,
}

/// `site`: the settings the theme shows.
#[derive(Serialize)]
pub struct SiteView<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub author: &'a str,
    pub language: &'a str,
}

/// `assets`: the extensions' stylesheets, scripts and head HTML.
#[derive(Serialize)]
pub struct AssetsView {
    pub styles: Vec<String>,
    pub scripts: Vec<String>,
    pub head_html: String,
}

/// `page`: a content page, a generated section index or the 404 page.
#[derive(Serialize)]
#[serde(untagged)]
pub enum PageView<'a> {
    Content(ContentPage<'a>),
    Generated(GeneratedPage<'a>),
    NotFound(NotFoundPage),
}

/// A page from `content/`.
#[derive(Serialize)]
pub struct ContentPage<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub path: &'a str,
    /// `content/guide/a.md`.
    pub source_path: String,
    pub is_index: bool,
    pub generated: bool,
    /// The front matter's other keys.
    pub extra: &'a BTreeMap<String, Value>,
    pub prev: Option<Neighbour<'a>>,
    pub next: Option<Neighbour<'a>>,
    /// Added after the markdown stage.
    #[serde(flatten)]
    pub body: Option<Body>,
}

/// The markdown stage's part of a page's context.
#[derive(Serialize)]
pub struct Body {
    pub content: String,
    pub toc: Vec<TocEntry>,
    pub has_h1: bool,
}

/// A section index crib writes for a folder without `index.md`.
#[derive(Serialize)]
pub struct GeneratedPage<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub content: &'static str,
    pub toc: [TocEntry; 0],
    pub has_h1: bool,
    pub path: &'a str,
    pub source_path: Option<&'a str>,
    pub is_index: bool,
    pub generated: bool,
    pub extra: BTreeMap<String, Value>,
    pub prev: Option<Neighbour<'a>>,
    pub next: Option<Neighbour<'a>>,
}

/// The 404 page.
#[derive(Serialize)]
pub struct NotFoundPage {
    pub title: &'static str,
    pub description: &'static str,
    pub path: &'static str,
    pub toc: [TocEntry; 0],
    pub extra: BTreeMap<String, Value>,
}

/// `page.prev` / `page.next`: a page next to this one in reading order.
#[derive(Serialize)]
pub struct Neighbour<'a> {
    pub path: &'a str,
    pub href: String,
    pub title: String,
}

impl Contexts<'_> {
    /// A content page's template and context (without its body).
    pub(super) fn page<'s>(&'s self, page: &'s Page) -> (&'static str, TemplateContext<'s>) {
        let template = if page.is_index { "section.html" } else { "page.html" };
        let section_items = if page.is_index { self.tree.sections.get(page.dir()) } else { None };
        let section_items = section_items.map(|items| nav::view(items, &page.output_path, false)).unwrap_or_default();
        let view = PageView::Content(ContentPage {
            title: &page.title,
            description: page.meta.description.as_deref().unwrap_or(&self.config.description),
            path: &page.output_path,
            source_path: page.display_path(),
            is_index: page.is_index,
            generated: false,
            extra: &page.meta.extra,
            prev: self.neighbour(&page.output_path, -1),
            next: self.neighbour(&page.output_path, 1),
            body: None,
        });
        (template, self.context(&page.output_path, Some(section_items), view))
    }

    /// A generated section index's context (`section.html`).
    pub(super) fn generated<'s>(&'s self, generated: &'s tree::GeneratedIndex) -> TemplateContext<'s> {
        let view = PageView::Generated(GeneratedPage {
            title: &generated.title,
            description: &self.config.description,
            content: "",
            toc: [],
            has_h1: false,
            path: &generated.output_path,
            source_path: None,
            is_index: true,
            generated: true,
            extra: BTreeMap::new(),
            prev: None,
            next: self.neighbour(&generated.output_path, 1),
        });
        let items = self.tree.sections.get(&generated.dir).map(Vec::as_slice).unwrap_or(&[]);
        // The root's generated index lists the whole site, sections open.
        let items = if generated.dir.is_empty() {
            nav::full_view(items)
        } else {
            nav::view(items, &generated.output_path, false)
        };
        self.context(&generated.output_path, Some(items), view)
    }

    /// The 404 page's context.
    pub(super) fn not_found(&self) -> TemplateContext<'_> {
        let view = PageView::NotFound(NotFoundPage {
            title: "Page not found",
            description: "",
            path: "404.html",
            toc: [],
            extra: BTreeMap::new(),
        });
        self.context("404.html", None, view)
    }

    /// What every template sees, for the page at `output_path`.
    fn context<'s>(
        &'s self,
        output_path: &str,
        section_items: Option<Vec<NavView<'s>>>,
        page: PageView<'s>,
    ) -> TemplateContext<'s> {
        let config = self.config;
        let mut assets = AssetsView { styles: Vec::new(), scripts: Vec::new(), head_html: String::new() };
        for ext in self.extensions {
            let ext_assets = ext.assets();
            assets.styles.extend(ext_assets.styles);
            assets.scripts.extend(ext_assets.scripts);
            assets.head_html.push_str(&ext_assets.head_html);
        }
        TemplateContext {
            site: SiteView {
                title: &config.title,
                description: &config.description,
                author: &config.author,
                language: &config.language,
            },
            root: root_prefix(output_path),
            nav: nav::view(&self.tree.nav, output_path, true),
            assets,
            crib_version: env!("CARGO_PKG_VERSION"),
            section_items,
            page,
        }
    }

    fn neighbour(&self, path: &str, step: isize) -> Option<Neighbour<'_>> {
        let order = &self.tree.reading_order;
        let i = order.iter().position(|p| p == path)?;
        let j = i as isize + step;
        if j < 0 || j as usize >= order.len() {
            return None;
        }
        let target = &order[j as usize];
        let from = path.rsplit_once('/').map_or("", |(dir, _)| dir);
        Some(Neighbour {
            path: target,
            href: markdown::links::relative_url(from, target),
            title: self.title_of(target),
        })
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

impl TemplateContext<'_> {
    /// The page's context with its rendered body added.
    pub fn with_body(mut self, model: &PageModel) -> Self {
        if let PageView::Content(page) = &mut self.page {
            page.body = Some(Body { content: model.html.clone(), toc: model.toc.clone(), has_h1: model.has_h1 });
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(rel_path: &str, title: &str) -> Page {
        Page {
            rel_path: rel_path.into(),
            output_path: rel_path.replace(".md", ".html"),
            text: "# T\n".into(),
            body_start: 0,
            meta: Default::default(),
            title: title.into(),
            is_index: false,
        }
    }

    /// An object's keys, sorted.
    fn keys(value: &Value) -> Vec<&str> {
        let mut keys: Vec<&str> = value.as_object().expect("an object").keys().map(String::as_str).collect();
        keys.sort_unstable();
        keys
    }

    /// The template variables the README names, on every kind of page:
    /// a theme written for them keeps working.
    #[test]
    fn every_page_kind_has_the_documented_variables() {
        let pages = vec![page("guide/a.md", "A"), page("guide/b.md", "B")];
        let config = Config::default();
        let contexts = Contexts { config: &config, pages: &pages, extensions: &[], tree: tree::build(&pages, "Home") };
        let (template, ctx) = contexts.page(&pages[0]);
        assert_eq!(template, "page.html");
        let json = serde_json::to_value(&ctx).unwrap();
        assert_eq!(keys(&json), ["assets", "crib_version", "nav", "page", "root", "section_items", "site"]);
        assert_eq!(
            keys(&json["page"]),
            ["description", "extra", "generated", "is_index", "next", "path", "prev", "source_path", "title"]
        );
        assert_eq!(json["page"]["prev"]["title"], "Guide", "its section's generated index comes first");
        assert_eq!(json["page"]["next"]["title"], "B");
        assert_eq!(json["root"], "../");
        // The page variables once the body is rendered (content pages and generated indexes alike).
        const FULL_PAGE: [&str; 12] = [
            "content",
            "description",
            "extra",
            "generated",
            "has_h1",
            "is_index",
            "next",
            "path",
            "prev",
            "source_path",
            "title",
            "toc",
        ];
        let model = PageModel { html: "<p>x</p>".into(), has_h1: true, ..PageModel::default() };
        let json = serde_json::to_value(ctx.with_body(&model)).unwrap();
        assert_eq!(keys(&json["page"]), FULL_PAGE);
        assert_eq!((&json["page"]["content"], &json["page"]["has_h1"]), (&Value::from("<p>x</p>"), &Value::Bool(true)));

        let generated = contexts.tree.generated.iter().find(|g| g.dir == "guide").expect("guide/ has no index.md");
        let json = serde_json::to_value(contexts.generated(generated)).unwrap();
        assert_eq!(keys(&json["page"]), FULL_PAGE);
        assert_eq!((&json["page"]["generated"], &json["page"]["source_path"]), (&Value::Bool(true), &Value::Null));
        assert_eq!((&json["page"]["prev"], &json["page"]["next"]["title"]), (&Value::Null, &Value::from("A")));
        assert_eq!(json["section_items"].as_array().map(Vec::len), Some(2));

        let json = serde_json::to_value(contexts.not_found()).unwrap();
        assert_eq!(keys(&json), ["assets", "crib_version", "nav", "page", "root", "site"]);
        assert_eq!(keys(&json["page"]), ["description", "extra", "path", "title", "toc"]);
        assert_eq!(keys(&json["assets"]), ["head_html", "scripts", "styles"]);
        assert_eq!(keys(&json["site"]), ["author", "description", "language", "title"]);
    }
}
