//! The site: orchestrates one build. Loads the config, content and theme,
//! renders every page in parallel (markdown -> template), writes the output
//! into a staging folder with assets, 404 page and sitemap, and swaps it in
//! only if nothing failed. Stages never call each other; this module does.

pub mod extension;
pub mod fences;
pub mod nav;
pub mod output;
pub mod sitemap;

use crate::cache::HighlightCache;
use crate::config::Config;
use crate::content::{self, Page, tree};
use crate::diagnostics::Diagnostic;
use crate::markdown::{self, LinkMap, links::root_prefix};
use crate::templates::Theme;
pub use extension::{Extension, RenderedPage};
use rayon::prelude::*;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What to build and where.
pub struct BuildOptions {
    /// Site root: holds `crib.toml`, `content/`, optional `themes/`.
    pub root: PathBuf,
    /// Output folder (replaced as a whole on success).
    pub out: PathBuf,
    /// Where the highlight cache lives; `None` disables it.
    pub cache_dir: Option<PathBuf>,
}

impl BuildOptions {
    /// `ROOT/dist`, cache in `ROOT/.crib-cache`.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        let root = root.into();
        BuildOptions { out: root.join("dist"), cache_dir: Some(root.join(".crib-cache")), root }
    }
}

/// The outcome of a build: counts and every diagnostic, sorted.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub pages: usize,
    pub elapsed: Duration,
    pub diagnostics: Vec<Diagnostic>,
    /// Whether the output folder was replaced.
    pub written: bool,
}

impl BuildReport {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Builds the site with no extensions.
pub fn build(options: &BuildOptions) -> BuildReport {
    build_with(options, &[])
}

/// Builds the site; `extensions` add to code blocks, pages and output.
pub fn build_with(options: &BuildOptions, extensions: &[&dyn Extension]) -> BuildReport {
    let started = Instant::now();
    let mut report = BuildReport::default();
    if let Err(diag) = check_out_dir(options) {
        report.diagnostics.push(diag);
        return report;
    }
    let config = match Config::load(&options.root) {
        Ok(c) => c,
        Err(d) => {
            report.diagnostics.push(d);
            return report;
        }
    };
    let content = content::load(&options.root);
    report.diagnostics.extend(content.diagnostics.iter().cloned());
    let theme = match Theme::load(&options.root, &config.theme) {
        Ok(t) => Some(t),
        Err(diags) => {
            report.diagnostics.extend(diags);
            None
        }
    };
    let staging = match output::Staging::new(&options.out) {
        Ok(s) => s,
        Err(err) => {
            report.diagnostics.push(Diagnostic::error(options.out.display().to_string(), "", 0..0, format!("cannot create the output folder: {err}")));
            return finish(report, started);
        }
    };
    let Some(theme) = theme else { return finish(report, started) };
    let cache = match &options.cache_dir {
        Some(dir) => HighlightCache::open(dir),
        None => HighlightCache::in_memory(),
    };
    let site = Site::new(&config, &content.pages, &theme, extensions, &cache, &staging);
    let (count, diags) = site.write_all(&options.root, &content.assets);
    report.pages = count;
    report.diagnostics.extend(diags);
    // Extensions that need the finished output (the offline service worker).
    if !report.has_errors() {
        for ext in extensions {
            report.diagnostics.extend(ext.finish_output(staging.path(), &config));
        }
    }
    if !report.has_errors() {
        match staging.commit() {
            Ok(()) => {
                report.written = true;
                cache.save();
            }
            Err(err) => report.diagnostics.push(Diagnostic::error(
                options.out.display().to_string(),
                "",
                0..0,
                format!("cannot move the new site into place: {err}"),
            )),
        }
    }
    finish(report, started)
}

fn finish(mut report: BuildReport, started: Instant) -> BuildReport {
    report.diagnostics.sort_by(|a, b| (a.file.as_str(), a.span.start).cmp(&(b.file.as_str(), b.span.start)));
    report.elapsed = started.elapsed();
    report
}

/// Swapping the output replaces a whole folder: never let that be the site.
fn check_out_dir(options: &BuildOptions) -> Result<(), Diagnostic> {
    let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (root, out) = (abs(&options.root), abs(&options.out));
    if root.starts_with(&out) || out.starts_with(root.join("content")) || out.starts_with(root.join("themes")) {
        return Err(Diagnostic::error(
            out.display().to_string(),
            "",
            0..0,
            "the output folder would replace the site's own files".to_string(),
        )
        .with_help("pick an output folder outside content/ and themes/, such as dist/"));
    }
    Ok(())
}

/// Everything one build shares across pages.
struct Site<'a> {
    config: &'a Config,
    pages: &'a [Page],
    theme: &'a Theme,
    extensions: &'a [&'a dyn Extension],
    cache: &'a HighlightCache,
    staging: &'a output::Staging,
    tree: tree::Tree,
    links: LinkMap,
}

impl<'a> Site<'a> {
    fn new(
        config: &'a Config,
        pages: &'a [Page],
        theme: &'a Theme,
        extensions: &'a [&'a dyn Extension],
        cache: &'a HighlightCache,
        staging: &'a output::Staging,
    ) -> Self {
        let tree = tree::build(pages, &config.title);
        let mut links = LinkMap::default();
        for page in pages {
            links.insert(&page.rel_path, &page.output_path);
        }
        Site { config, pages, theme, extensions, cache, staging, tree, links }
    }

    /// Writes every page, generated index, 404, sitemap and asset.
    fn write_all(&self, root: &Path, assets: &[String]) -> (usize, Vec<Diagnostic>) {
        let mut diags: Vec<Diagnostic> = self.pages.par_iter().flat_map_iter(|page| self.write_page(page)).collect();
        for generated in &self.tree.generated {
            diags.extend(self.write_generated(generated));
        }
        diags.extend(self.write_404());
        diags.extend(self.write_assets(root, assets));
        for ext in self.extensions {
            for (path, bytes) in ext.files() {
                diags.extend(self.write(&path, &bytes));
            }
        }
        if let Some(base) = &self.config.base_url {
            let mut paths: Vec<String> = self.pages.iter().map(|p| p.output_path.clone()).collect();
            paths.extend(self.tree.generated.iter().map(|g| g.output_path.clone()));
            paths.sort();
            diags.extend(self.write("sitemap.xml", sitemap::render(base, &paths).as_bytes()));
        }
        (self.pages.len() + self.tree.generated.len(), diags)
    }

    fn write_page(&self, page: &Page) -> Vec<Diagnostic> {
        let file = page.display_path();
        let input = markdown::Input {
            file: &file,
            text: &page.text,
            body_start: page.body_start,
            rel_path: &page.rel_path,
            output_path: &page.output_path,
            links: &self.links,
        };
        let fences = fences::SiteFences { cache: self.cache, extensions: self.extensions };
        let rendered = markdown::render(&input, &fences);
        let mut diags = rendered.diagnostics.clone();
        let template = if page.is_index { "section.html" } else { "page.html" };
        let mut ctx = self.context(&page.output_path);
        let section_items = if page.is_index { self.tree.sections.get(page.dir()) } else { None };
        ctx.insert(
            "page",
            &json!({
                "title": page.title,
                "description": page.meta.description.clone().unwrap_or_else(|| self.config.description.clone()),
                "content": rendered.html,
                "toc": rendered.toc,
                "has_h1": rendered.has_h1,
                "path": page.output_path,
                "source_path": page.display_path(),
                "is_index": page.is_index,
                "generated": false,
                "extra": page.meta.extra,
                "prev": self.neighbour(&page.output_path, -1),
                "next": self.neighbour(&page.output_path, 1),
            }),
        );
        ctx.insert("section_items", &section_items.map(|items| nav::view(items, &page.output_path, false)).unwrap_or_default());
        match self.theme.render(template, &ctx) {
            Ok(html) => {
                diags.extend(self.write(&page.output_path, html.as_bytes()));
                let summary = RenderedPage { page, headings: &rendered.headings, code_blocks: &rendered.code_blocks, body_html: &rendered.html };
                for ext in self.extensions {
                    ext.page_rendered(&summary);
                }
            }
            Err(diag) => diags.push(diag),
        }
        diags
    }

    fn write_generated(&self, generated: &tree::GeneratedIndex) -> Vec<Diagnostic> {
        let mut ctx = self.context(&generated.output_path);
        ctx.insert(
            "page",
            &json!({
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
        ctx.insert("section_items", &view);
        match self.theme.render("section.html", &ctx) {
            Ok(html) => self.write(&generated.output_path, html.as_bytes()),
            Err(d) => vec![d],
        }
    }

    fn write_404(&self) -> Vec<Diagnostic> {
        let mut ctx = self.context("404.html");
        ctx.insert("page", &json!({ "title": "Page not found", "description": "", "path": "404.html", "toc": [], "extra": {} }));
        match self.theme.render("404.html", &ctx) {
            Ok(html) => self.write("404.html", html.as_bytes()),
            Err(d) => vec![d],
        }
    }

    fn write_assets(&self, root: &Path, assets: &[String]) -> Vec<Diagnostic> {
        let mut diags = Vec::new();
        for (path, bytes) in &self.theme.statics {
            diags.extend(self.write(&format!("static/{path}"), bytes));
        }
        let copied: Vec<Diagnostic> = assets
            .par_iter()
            .flat_map_iter(|rel| {
                let from = root.join("content").join(rel);
                match std::fs::read(&from) {
                    Ok(bytes) => self.write(rel, &bytes),
                    Err(err) => vec![Diagnostic::io(&format!("content/{rel}"), &err)],
                }
            })
            .collect();
        diags.extend(copied);
        diags
    }

    fn write(&self, rel: &str, bytes: &[u8]) -> Vec<Diagnostic> {
        match self.staging.write(rel, bytes) {
            Ok(()) => Vec::new(),
            Err(err) => vec![Diagnostic::error(format!("dist/{rel}"), "", 0..0, format!("cannot write dist/{rel}: {err}"))],
        }
    }

    /// What every template sees, for the page at `output_path`.
    fn context(&self, output_path: &str) -> tera::Context {
        let mut ctx = tera::Context::new();
        ctx.insert(
            "site",
            &json!({
                "title": self.config.title,
                "description": self.config.description,
                "author": self.config.author,
                "language": self.config.language,
            }),
        );
        ctx.insert("root", &root_prefix(output_path));
        ctx.insert("nav", &nav::view(&self.tree.nav, output_path, true));
        let mut styles: Vec<String> = Vec::new();
        let mut scripts: Vec<String> = Vec::new();
        let mut head = String::new();
        for ext in self.extensions {
            let assets = ext.assets();
            styles.extend(assets.styles);
            scripts.extend(assets.scripts);
            head.push_str(&assets.head_html);
        }
        ctx.insert("assets", &json!({ "styles": styles, "scripts": scripts, "head_html": head }));
        ctx.insert("crib_version", env!("CARGO_PKG_VERSION"));
        ctx
    }

    fn neighbour(&self, path: &str, step: isize) -> serde_json::Value {
        let order = &self.tree.reading_order;
        let Some(i) = order.iter().position(|p| p == path) else { return serde_json::Value::Null };
        let j = i as isize + step;
        if j < 0 || j as usize >= order.len() {
            return serde_json::Value::Null;
        }
        let target = &order[j as usize];
        let from = path.rsplit_once('/').map_or("", |(dir, _)| dir);
        json!({ "path": target, "href": markdown::links::relative(from, target), "title": self.title_of(target) })
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
