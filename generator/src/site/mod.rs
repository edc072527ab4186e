//! The site: orchestrates one build. Loads the config, content and theme,
//! renders every page in parallel (markdown -> template), writes the output
//! into a staging folder with assets, 404 page and sitemap, and swaps it in
//! only if nothing failed. Stages never call each other; this module does.
//!
//! Builds are incremental: a page whose inputs did not change since the
//! last build into the same folder is linked from the last output instead
//! of rendered ([`incremental`]). `crib serve` keeps the whole site in
//! memory between builds and updates its own folder in place ([`live`]).

pub mod extension;
pub mod fences;
pub mod incremental;
pub mod live;
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
use incremental::{BuildState, KeyHasher, PageRecord, StoredWarning};
pub use live::LiveSite;
use output::Sink;
use rayon::prelude::*;
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::sync::atomic::{AtomicUsize, Ordering};
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
    /// Pages reused unchanged from the last build (not rendered).
    pub reused: usize,
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
/// With a cache folder, the records of the last build into the same output
/// folder are read from it, and this build's saved there when it succeeds.
pub fn build_with(options: &BuildOptions, extensions: &[&dyn Extension]) -> BuildReport {
    let loaded = options.cache_dir.as_ref().map(|dir| BuildState::load(dir, &options.out));
    let mut state = loaded.clone();
    let report = build_keeping(options, extensions, &mut state);
    // Every page reused: the records are the saved ones, no need to write them again.
    if let (true, Some(dir), Some(state)) = (report.written, &options.cache_dir, &state) {
        if loaded.as_ref() != Some(state) {
            state.save(dir);
        }
    }
    report
}

/// Builds the site with the last build's records kept by the caller
/// (`crib serve` keeps them in memory): `state` is replaced by this build's
/// records when the output was written; `None` renders every page.
pub fn build_keeping(options: &BuildOptions, extensions: &[&dyn Extension], state: &mut Option<BuildState>) -> BuildReport {
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
    // What each example run may spend (`[run]`).
    crate::runner::set_budget(config.run.budget());
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
    let previous = state.as_ref().filter(|s| s.is_for(&options.out));
    let site = Site::new(&config, &content.pages, &theme, extensions, &cache, &staging, previous, &options.out, None);
    let (count, diags) = site.write_all(&options.root, &content.assets);
    report.pages = count;
    report.reused = site.reused.load(Ordering::Relaxed);
    report.diagnostics.extend(diags);
    let mut next = BuildState::empty(&options.out);
    next.pages = site.records.into_inner().unwrap_or_else(|e| e.into_inner());
    // The sources are no longer needed (the records keep what they must).
    drop(content);
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
                next.stamp(&options.out);
                *state = Some(next);
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
    sink: &'a dyn Sink,
    tree: tree::Tree,
    links: LinkMap,
    /// The last build's records, and the folder it wrote (still in place).
    previous: Option<&'a BuildState>,
    out: &'a Path,
    /// Hash of what every page depends on (crib, config, theme, extensions, links).
    base_key: [u8; 32],
    /// Set when the output is updated in place (`crib serve`): the content
    /// as loaded (which files were read again), and the hash of what every
    /// page's template context shares (see [`BuildState::shared_key`]).
    in_place: Option<(&'a content::Content, [u8; 32])>,
    /// This build's page records.
    records: Mutex<HashMap<String, PageRecord>>,
    reused: AtomicUsize,
}

impl<'a> Site<'a> {
    fn new(
        config: &'a Config,
        pages: &'a [Page],
        theme: &'a Theme,
        extensions: &'a [&'a dyn Extension],
        cache: &'a HighlightCache,
        sink: &'a dyn Sink,
        previous: Option<&'a BuildState>,
        out: &'a Path,
        in_place: Option<&'a content::Content>,
    ) -> Self {
        let tree = tree::build(pages, &config.title);
        let mut links = LinkMap::default();
        let mut base = KeyHasher::new();
        base.part(incremental::build_id().as_bytes()).part(format!("{config:?}").as_bytes()).part(&theme.fingerprint());
        for ext in extensions {
            base.part(ext.name().as_bytes()).part(ext.fingerprint().as_bytes());
        }
        for page in pages {
            links.insert(&page.rel_path, &page.output_path);
            base.part(page.rel_path.as_bytes()).part(page.output_path.as_bytes());
        }
        let base_key = base.finish();
        let in_place = in_place.map(|content| (content, shared_key(&base_key, &tree, pages, extensions)));
        Site {
            config,
            pages,
            theme,
            extensions,
            cache,
            sink,
            tree,
            links,
            previous,
            out,
            base_key,
            in_place,
            records: Mutex::new(HashMap::new()),
            reused: AtomicUsize::new(0),
        }
    }

    /// Writes every page, generated index, 404, sitemap and asset.
    fn write_all(&self, root: &Path, assets: &[String]) -> (usize, Vec<Diagnostic>) {
        let mut diags: Vec<Diagnostic> = self.pages.par_iter().flat_map_iter(|page| self.write_page(page)).collect();
        if self.reused.load(Ordering::Relaxed) > 0 {
            // Reused pages looked nothing up: caches keep their entries.
            self.cache.keep_unused();
            for ext in self.extensions {
                ext.pages_reused();
            }
        }
        // In place, with the shared context as the last build saw it, the
        // generated pages, 404, sitemap and theme files are as it wrote them.
        let shared_unchanged = self.shared_unchanged();
        for generated in &self.tree.generated {
            if shared_unchanged && self.sink.keep(&generated.output_path).is_ok() {
                self.reused.fetch_add(1, Ordering::Relaxed);
            } else {
                diags.extend(self.write_generated(generated));
            }
        }
        if !(shared_unchanged && self.sink.keep("404.html").is_ok()) {
            diags.extend(self.write_404());
        }
        diags.extend(self.write_assets(root, assets, shared_unchanged));
        for ext in self.extensions {
            diags.extend(ext.write_files(self.sink));
        }
        if shared_unchanged && self.config.base_url.is_some() && self.sink.keep("sitemap.xml").is_ok() {
            // As the last build wrote it.
        } else if let Some(base) = &self.config.base_url {
            let mut paths: Vec<String> = self.pages.iter().map(|p| p.output_path.clone()).collect();
            paths.extend(self.tree.generated.iter().map(|g| g.output_path.clone()));
            paths.sort();
            diags.extend(self.write("sitemap.xml", sitemap::render(base, &paths).as_bytes()));
        }
        (self.pages.len() + self.tree.generated.len(), diags)
    }

    /// Whether the output is updated in place and every page's shared
    /// template context is the one the last build used.
    fn shared_unchanged(&self) -> bool {
        matches!((self.in_place, self.previous), (Some((_, key)), Some(prev)) if prev.shared_key == Some(key))
    }

    fn write_page(&self, page: &Page) -> Vec<Diagnostic> {
        if let Some(diags) = self.reuse_unchanged(page) {
            return diags;
        }
        let template = if page.is_index { "section.html" } else { "page.html" };
        let mut ctx = self.context(&page.output_path);
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
        let key = self.page_key(page, template, &ctx);
        if let Some(diags) = self.reuse(page, &key) {
            return diags;
        }
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
        if let Some(Value::Object(fields)) = ctx.get_mut("page") {
            fields.insert("content".into(), Value::String(rendered.html.clone()));
            fields.insert("toc".into(), serde_json::to_value(&rendered.toc).unwrap_or_default());
            fields.insert("has_h1".into(), Value::Bool(rendered.has_h1));
        }
        match self.render(template, ctx) {
            Ok(html) => {
                diags.extend(self.write(&page.output_path, html.as_bytes()));
                let summary = RenderedPage { page, headings: &rendered.headings, code_blocks: &rendered.code_blocks, body_html: &rendered.html };
                let mut records = BTreeMap::new();
                for ext in self.extensions {
                    if let Some(record) = ext.page_rendered(&summary) {
                        records.insert(ext.name().to_string(), record);
                    }
                }
                if !diags.iter().any(Diagnostic::is_error) {
                    let warnings = diags.iter().map(|d| StoredWarning::new(d, &page.text)).collect();
                    let source = self.in_place.map(|_| page.text.clone());
                    let record = PageRecord { key, stamp: None, warnings, records, source };
                    self.records.lock().unwrap_or_else(|e| e.into_inner()).insert(page.output_path.clone(), record);
                }
            }
            Err(diag) => diags.push(diag),
        }
        diags
    }

    /// Everything the page's HTML depends on, hashed (see [`incremental`]).
    fn page_key(&self, page: &Page, template: &str, ctx: &Map<String, Value>) -> incremental::Key {
        let mut h = KeyHasher::new();
        h.part(&self.base_key)
            .part(template.as_bytes())
            .part(page.rel_path.as_bytes())
            .part(page.output_path.as_bytes())
            .part(page.text.as_bytes())
            .part(&serde_json::to_vec(ctx).unwrap_or_default());
        blake3::Hash::from(h.finish()).to_hex().to_string()
    }

    /// Keeps the page from the last output if its key and file are as the
    /// last build left them; replays its warnings and extension records.
    fn reuse(&self, page: &Page, key: &str) -> Option<Vec<Diagnostic>> {
        let record = match self.in_place {
            // crib's own folder: the files are the ones it wrote.
            Some(_) => self.previous?.pages.get(&page.output_path).filter(|r| r.key == key)?,
            None => self.previous?.reusable(self.out, &page.output_path, key)?,
        };
        self.keep(page, record)
    }

    /// In place, while the shared context is unchanged: a page whose text
    /// is the one the last build rendered (not read again) is kept without
    /// computing its key.
    fn reuse_unchanged(&self, page: &Page) -> Option<Vec<Diagnostic>> {
        if !self.shared_unchanged() {
            return None;
        }
        let record = self.previous?.pages.get(&page.output_path)?;
        let source = record.source.as_ref()?;
        if !Arc::ptr_eq(source, &page.text) {
            return None;
        }
        self.keep(page, record)
    }

    fn keep(&self, page: &Page, record: &PageRecord) -> Option<Vec<Diagnostic>> {
        self.sink.keep(&page.output_path).ok()?;
        for ext in self.extensions {
            ext.page_reused(page, record.records.get(ext.name()));
        }
        self.reused.fetch_add(1, Ordering::Relaxed);
        let diags = record.warnings.iter().map(|w| w.diagnostic(&page.text)).collect();
        let source = self.in_place.map(|_| page.text.clone());
        self.records.lock().unwrap_or_else(|e| e.into_inner()).insert(page.output_path.clone(), PageRecord { stamp: None, source, ..record.clone() });
        Some(diags)
    }

    fn render(&self, template: &str, ctx: Map<String, Value>) -> Result<String, Diagnostic> {
        let ctx = tera::Context::from_value(Value::Object(ctx))
            .map_err(|e| Diagnostic::error(format!("templates/{template}"), "", 0..0, format!("template context: {e}")))?;
        self.theme.render(template, &ctx)
    }

    fn write_generated(&self, generated: &tree::GeneratedIndex) -> Vec<Diagnostic> {
        let mut ctx = self.context(&generated.output_path);
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
        match self.render("section.html", ctx) {
            Ok(html) => self.write(&generated.output_path, html.as_bytes()),
            Err(d) => vec![d],
        }
    }

    fn write_404(&self) -> Vec<Diagnostic> {
        let mut ctx = self.context("404.html");
        ctx.insert("page".into(), json!({ "title": "Page not found", "description": "", "path": "404.html", "toc": [], "extra": {} }));
        match self.render("404.html", ctx) {
            Ok(html) => self.write("404.html", html.as_bytes()),
            Err(d) => vec![d],
        }
    }

    /// The theme's static files and the content's other files. In place,
    /// theme files are kept while the shared context (which covers the
    /// theme) is unchanged, and content files that were not read again.
    fn write_assets(&self, root: &Path, assets: &[String], shared_unchanged: bool) -> Vec<Diagnostic> {
        let mut diags = Vec::new();
        for (path, bytes) in &self.theme.statics {
            let rel = format!("static/{path}");
            if !(shared_unchanged && self.sink.keep(&rel).is_ok()) {
                diags.extend(self.write(&rel, bytes));
            }
        }
        let copied: Vec<Diagnostic> = assets
            .par_iter()
            .flat_map_iter(|rel| {
                if let Some((content, _)) = self.in_place
                    && !content.was_read(rel)
                    && self.sink.keep(rel).is_ok()
                {
                    return Vec::new();
                }
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
        match self.sink.write(rel, bytes) {
            Ok(()) => Vec::new(),
            Err(err) => vec![extension::write_error(rel, &err)],
        }
    }

    /// What every template sees, for the page at `output_path`.
    fn context(&self, output_path: &str) -> Map<String, Value> {
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

    fn neighbour(&self, path: &str, step: isize) -> serde_json::Value {
        let order = &self.tree.reading_order;
        let Some(i) = order.iter().position(|p| p == path) else { return serde_json::Value::Null };
        let j = i as isize + step;
        if j < 0 || j as usize >= order.len() {
            return serde_json::Value::Null;
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

/// Hash of everything a page's template context shares with the others:
/// the base key (crib, settings, theme, extensions, the set of pages), the
/// navigation tree, every page's title (previous/next links show them) and
/// the extensions' assets. A page's own part of its context comes from its
/// text and paths.
fn shared_key(base_key: &[u8; 32], tree: &tree::Tree, pages: &[Page], extensions: &[&dyn Extension]) -> [u8; 32] {
    fn items(h: &mut KeyHasher, list: &[tree::NavItem]) {
        h.part(&(list.len() as u64).to_le_bytes());
        for item in list {
            h.part(item.title.as_bytes()).part(item.path.as_bytes()).part(&[u8::from(item.is_section)]);
            items(h, &item.children);
        }
    }
    let mut h = KeyHasher::new();
    h.part(base_key);
    items(&mut h, &tree.nav);
    for (dir, list) in &tree.sections {
        h.part(dir.as_bytes());
        items(&mut h, list);
    }
    for generated in &tree.generated {
        h.part(generated.dir.as_bytes()).part(generated.output_path.as_bytes()).part(generated.title.as_bytes());
    }
    for path in &tree.reading_order {
        h.part(path.as_bytes());
    }
    for page in pages {
        h.part(page.output_path.as_bytes()).part(page.title.as_bytes());
    }
    for ext in extensions {
        h.part(format!("{:?}", ext.assets()).as_bytes());
    }
    h.finish()
}
