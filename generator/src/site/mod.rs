//! The site: orchestrates a build. [`Pipeline`] (the one pipeline of
//! `build`, `serve`, `check` and `--single-file`) loads the settings,
//! content and theme and commits the output; [`Site`] is one render: it
//! walks every page in parallel through the stages, in order (template
//! context [`context`], cache key and reuse decision [`incremental`],
//! markdown, template, write, records), then writes the generated pages,
//! 404, sitemap and assets. Stages never call each other; this module does.
//!
//! Builds are incremental: a page whose inputs did not change since the
//! last build into the same folder is linked from the last output instead
//! of rendered ([`incremental`]). `crib serve` keeps the whole site in
//! memory between builds and updates its own folder in place ([`pipeline`]).

mod context;
pub mod extension;
pub mod fences;
pub mod incremental;
pub mod nav;
pub mod output;
pub mod pipeline;
pub mod sitemap;

use crate::cache::HighlightCache;
use crate::config::Config;
use crate::content::{self, Page, tree};
use crate::diagnostics::Diagnostic;
use crate::markdown::{self, LinkMap};
use crate::theme::Theme;
pub use extension::{Extension, RenderedPage};
use incremental::{BuildState, PageRecord, StoredWarning};
use output::Sink;
pub use pipeline::{Features, Pipeline};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What to build and where.
#[derive(Debug, Clone)]
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

/// Builds the site once into `options.out` with exactly `extensions`
/// (tools and tests; the commands run a [`Pipeline`] with their [`Features`]).
pub fn build_with(options: &BuildOptions, extensions: &[&dyn Extension]) -> BuildReport {
    Pipeline::staged(options.clone(), Features::default()).build_with(extensions, &[])
}

pub(crate) fn finish(mut report: BuildReport, started: Instant) -> BuildReport {
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

/// What one render needs, as the [`Pipeline`] loaded it.
pub(crate) struct Inputs<'a> {
    pub config: &'a Config,
    pub content: &'a content::Content,
    pub theme: &'a Theme,
    pub extensions: &'a [&'a dyn Extension],
    pub cache: &'a HighlightCache,
    pub sink: &'a dyn Sink,
    /// The last build's records, and the folder it wrote (still in place).
    pub previous: Option<&'a BuildState>,
    pub out: &'a Path,
    /// The output is updated in place (`crib serve`).
    pub in_place: bool,
}

/// One render of the site: walks every page through the stages (template
/// context, cache key, reuse decision, markdown + template, write, records)
/// and writes the generated pages, 404, sitemap and assets.
pub(crate) struct Site<'a> {
    inputs: Inputs<'a>,
    contexts: context::Contexts<'a>,
    links: LinkMap,
    /// Hash of what every page depends on (crib, config, theme, extensions, links).
    base_key: [u8; 32],
    /// In place: the hash of what every page's template context shares
    /// (see [`BuildState::shared_key`]).
    shared_key: Option<[u8; 32]>,
    /// This build's page records.
    records: Mutex<HashMap<String, PageRecord>>,
    reused: AtomicUsize,
}

impl<'a> Site<'a> {
    pub(crate) fn new(inputs: Inputs<'a>) -> Self {
        let pages = &inputs.content.pages;
        let tree = tree::build(pages, &inputs.config.title);
        let mut links = LinkMap::default();
        for page in pages {
            links.insert(&page.rel_path, &page.output_path);
        }
        let base_key = incremental::base_key(inputs.config, inputs.theme, inputs.extensions, pages);
        let shared_key = inputs.in_place.then(|| incremental::shared_key(&base_key, &tree, pages, inputs.extensions));
        let contexts = context::Contexts { config: inputs.config, pages, extensions: inputs.extensions, tree };
        Site {
            inputs,
            contexts,
            links,
            base_key,
            shared_key,
            records: Mutex::new(HashMap::new()),
            reused: AtomicUsize::new(0),
        }
    }

    pub(crate) fn reused(&self) -> usize {
        self.reused.load(Ordering::Relaxed)
    }

    pub(crate) fn shared_key(&self) -> Option<[u8; 32]> {
        self.shared_key
    }

    pub(crate) fn into_records(self) -> HashMap<String, PageRecord> {
        self.records.into_inner().unwrap_or_else(|e| e.into_inner())
    }

    /// Writes every page, generated index, 404, sitemap and asset.
    pub(crate) fn write_all(&self, root: &Path) -> (usize, Vec<Diagnostic>) {
        let (pages, tree, sink, config) =
            (&self.inputs.content.pages, &self.contexts.tree, self.inputs.sink, self.inputs.config);
        let mut diags: Vec<Diagnostic> = pages.par_iter().flat_map_iter(|page| self.write_page(page)).collect();
        if self.reused() > 0 {
            // Reused pages looked nothing up: caches keep their entries.
            self.inputs.cache.keep_unused();
            for ext in self.inputs.extensions {
                ext.pages_reused();
            }
        }
        // In place, with the shared context as the last build saw it, the
        // generated pages, 404, sitemap and theme files are as it wrote them.
        let shared_unchanged = self.shared_unchanged();
        for generated in &tree.generated {
            if shared_unchanged && sink.keep(&generated.output_path).is_ok() {
                self.reused.fetch_add(1, Ordering::Relaxed);
            } else {
                diags.extend(self.render_to(
                    "section.html",
                    self.contexts.generated(generated),
                    &generated.output_path,
                ));
            }
        }
        if !(shared_unchanged && sink.keep("404.html").is_ok()) {
            diags.extend(self.render_to("404.html", self.contexts.not_found(), "404.html"));
        }
        diags.extend(self.write_assets(root, shared_unchanged));
        for ext in self.inputs.extensions {
            diags.extend(ext.write_files(sink, self.inputs.theme));
        }
        if shared_unchanged && config.base_url.is_some() && sink.keep("sitemap.xml").is_ok() {
            // As the last build wrote it.
        } else if let Some(base) = &config.base_url {
            let mut paths: Vec<String> = pages.iter().map(|p| p.output_path.clone()).collect();
            paths.extend(tree.generated.iter().map(|g| g.output_path.clone()));
            paths.sort();
            diags.extend(self.write("sitemap.xml", sitemap::render(base, &paths).as_bytes()));
        }
        (pages.len() + tree.generated.len(), diags)
    }

    /// Whether the output is updated in place and every page's shared
    /// template context is the one the last build used.
    fn shared_unchanged(&self) -> bool {
        matches!((self.shared_key, self.inputs.previous), (Some(key), Some(prev)) if prev.shared_key == Some(key))
    }

    /// One page's walk. Each step is one stage; none calls another.
    fn write_page(&self, page: &Page) -> Vec<Diagnostic> {
        // Reuse without a key: in place, shared context and text unchanged.
        if let Some(record) = self.unchanged(page)
            && let Some(diags) = self.keep(page, record)
        {
            return diags;
        }
        // Template context, then the cache key over it, then the reuse decision.
        let (template, ctx) = self.contexts.page(page);
        let key = incremental::page_key(&self.base_key, page, template, &ctx);
        if let Some(record) = self.reusable(page, &key)
            && let Some(diags) = self.keep(page, record)
        {
            return diags;
        }
        // Markdown stage, then template stage.
        let model = self.markdown(page);
        let mut diags = model.diagnostics.clone();
        let html = match self.render(template, ctx.with_body(&model)) {
            Ok(html) => html,
            Err(diag) => {
                diags.push(diag);
                return diags;
            }
        };
        // Write, then collect the records.
        diags.extend(self.write(&page.output_path, html.as_bytes()));
        self.record(page, key, &model, &diags);
        diags
    }

    /// In place, while the shared context is unchanged: the record of a
    /// page whose text is the one the last build rendered (not read again).
    fn unchanged(&self, page: &Page) -> Option<&'a PageRecord> {
        if !self.shared_unchanged() {
            return None;
        }
        let record = self.inputs.previous?.pages.get(&page.output_path)?;
        Arc::ptr_eq(record.source.as_ref()?, &page.text).then_some(record)
    }

    /// The last build's record of the page if its key is `key` and its
    /// file is as that build left it.
    fn reusable(&self, page: &Page, key: &str) -> Option<&'a PageRecord> {
        let previous = self.inputs.previous?;
        if self.inputs.in_place {
            // crib's own folder: the files are the ones it wrote.
            previous.pages.get(&page.output_path).filter(|r| r.key == key)
        } else {
            previous.reusable(self.inputs.out, &page.output_path, key)
        }
    }

    /// Keeps the page from the last output; replays its warnings and
    /// extension records. `None` when the file cannot be kept.
    fn keep(&self, page: &Page, record: &PageRecord) -> Option<Vec<Diagnostic>> {
        self.inputs.sink.keep(&page.output_path).ok()?;
        for ext in self.inputs.extensions {
            ext.page_reused(page, record.records.get(ext.name()));
        }
        self.reused.fetch_add(1, Ordering::Relaxed);
        let diags = record.warnings.iter().map(|w| w.diagnostic(&page.text)).collect();
        let source = self.inputs.in_place.then(|| page.text.clone());
        self.records
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(page.output_path.clone(), PageRecord { stamp: None, source, ..record.clone() });
        Some(diags)
    }

    /// The markdown stage, with the site's fences (highlight, diagrams, extensions).
    fn markdown(&self, page: &Page) -> markdown::PageModel {
        let file = page.display_path();
        let input = markdown::Input {
            file: &file,
            text: &page.text,
            body_start: page.body_start,
            rel_path: &page.rel_path,
            output_path: &page.output_path,
            links: &self.links,
            meta: &page.meta,
        };
        let fences = fences::SiteFences { cache: self.inputs.cache, extensions: self.inputs.extensions };
        markdown::render(&input, &fences)
    }

    /// The extensions' records of a page just written, kept with its key
    /// and warnings when it has no error.
    fn record(&self, page: &Page, key: incremental::Key, model: &markdown::PageModel, diags: &[Diagnostic]) {
        let summary = RenderedPage { page, model };
        let mut records = BTreeMap::new();
        for ext in self.inputs.extensions {
            if let Some(record) = ext.page_rendered(&summary) {
                records.insert(ext.name().to_string(), record);
            }
        }
        if !diags.iter().any(Diagnostic::is_error) {
            let warnings = diags.iter().map(|d| StoredWarning::new(d, &page.text)).collect();
            let source = self.inputs.in_place.then(|| page.text.clone());
            let record = PageRecord { key, stamp: None, warnings, records, source };
            self.records.lock().unwrap_or_else(|e| e.into_inner()).insert(page.output_path.clone(), record);
        }
    }

    /// The template stage.
    fn render(&self, template: &str, ctx: context::TemplateContext) -> Result<String, Diagnostic> {
        let ctx = tera::Context::from_serialize(&ctx).map_err(|e| {
            Diagnostic::error(format!("templates/{template}"), "", 0..0, format!("template context: {e}"))
        })?;
        self.inputs.theme.render(template, &ctx)
    }

    fn render_to(&self, template: &str, ctx: context::TemplateContext, rel: &str) -> Vec<Diagnostic> {
        match self.render(template, ctx) {
            Ok(html) => self.write(rel, html.as_bytes()),
            Err(d) => vec![d],
        }
    }

    /// The theme's static files and the content's other files. In place,
    /// theme files are kept while the shared context (which covers the
    /// theme) is unchanged, and content files that were not read again.
    fn write_assets(&self, root: &Path, shared_unchanged: bool) -> Vec<Diagnostic> {
        let sink = self.inputs.sink;
        let mut diags = Vec::new();
        for (path, bytes) in self.inputs.theme.statics() {
            let rel = format!("static/{path}");
            if !(shared_unchanged && sink.keep(&rel).is_ok()) {
                diags.extend(self.write(&rel, bytes));
            }
        }
        let content = self.inputs.content;
        let copied: Vec<Diagnostic> = content
            .assets
            .par_iter()
            .flat_map_iter(|rel| {
                if self.inputs.in_place && !content.was_read(rel) && sink.keep(rel).is_ok() {
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
        match self.inputs.sink.write(rel, bytes) {
            Ok(()) => Vec::new(),
            Err(err) => vec![extension::write_error(rel, &err)],
        }
    }
}
