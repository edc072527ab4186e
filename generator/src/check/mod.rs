//! `crib check`: proves a site true without building it. Runs every
//! runnable example with the playground runtime and compares documented
//! outputs, checks internal links and `#anchors`, images and assets, and
//! Mermaid diagrams. The pages are rendered once (markdown stage only, no
//! highlighting); the checks read their page models (code blocks, files,
//! element ids), never the HTML.

pub mod examples;
pub mod links;
pub mod outputs;
pub mod report;

use crate::config::Config;
use crate::content::{Content, Page};
use crate::diagnostics::Diagnostic;
use crate::examples::ResultCache;
use crate::markdown::{self, CodeBlock, FenceRenderer, Input, LinkMap, PageModel};
use crate::theme::Theme;
use rayon::prelude::*;
pub use report::{Finding, Kind, Report, Severity};
use std::path::Path;
use std::time::Instant;

/// One page as the checks see it: its source and its page model (code
/// blocks, files, element ids).
pub struct CheckedPage<'a> {
    pub page: &'a Page,
    pub model: PageModel,
}

/// Checks the site at `root` as the [`Pipeline`](crate::site::Pipeline)
/// loaded it (`config` and `theme` when they load); `cache` reuses runs of
/// unchanged examples (`.crib-cache/check-runs.json`).
pub fn check_content(
    root: &Path,
    content: &Content,
    config: Option<&Config>,
    theme: Option<&Theme>,
    cache: bool,
) -> Report {
    let started = Instant::now();
    let mut report = Report::default();
    for diag in &content.diagnostics {
        report.findings.push(Finding::from_diagnostic(diag));
    }
    let mut links = LinkMap::default();
    for page in &content.pages {
        links.insert(&page.rel_path, &page.output_path);
    }
    let rendered: Vec<(CheckedPage, Vec<Diagnostic>)> =
        content.pages.par_iter().map(|page| render(page, &links)).collect();
    let mut pages = Vec::with_capacity(rendered.len());
    for (page, diags) in rendered {
        report.findings.extend(diags.iter().map(Finding::from_diagnostic));
        pages.push(page);
    }
    report.pages = pages.len();
    report.diagrams = pages.iter().map(|p| p.model.code_blocks.iter().filter(|b| b.lang == "mermaid").count()).sum();

    let examples: Vec<examples::CheckedExample> = pages.iter().flat_map(examples::extract).collect();
    report.examples = examples.len();
    report.documented = examples.iter().filter(|e| e.expected.is_some()).count();
    // Remembered runs (the build's cache, in a file of check's own), so a
    // check on every save re-runs only the examples whose inputs changed.
    let runs = ResultCache::open_file(cache.then(|| root.join(".crib-cache").join("check-runs.json")));
    let results: Vec<Vec<Finding>> =
        examples.par_iter().map(|example| outputs::judge(example, &runs.run(&example.run))).collect();
    runs.save();
    report.findings.extend(results.into_iter().flatten());

    let site = links::SiteIndex::new(content, &pages, config, theme);
    let (count, findings) = links::check_all(&site, &pages, &links);
    report.links = count;
    report.findings.extend(findings);

    report.findings.sort_by(|a, b| (a.file.as_str(), a.line, a.column).cmp(&(b.file.as_str(), b.line, b.column)));
    report.elapsed = started.elapsed();
    report
}

/// Renders a page's body with fences that only record (and render Mermaid,
/// whose errors are diagnostics); returns its model.
fn render<'a>(page: &'a Page, links: &LinkMap) -> (CheckedPage<'a>, Vec<Diagnostic>) {
    let file = page.display_path();
    let input = Input {
        file: &file,
        text: &page.text,
        body_start: page.body_start,
        rel_path: &page.rel_path,
        output_path: &page.output_path,
        links,
        meta: &page.meta,
    };
    let fences = CheckFences;
    let mut model = markdown::render(&input, &fences);
    let mut diags = std::mem::take(&mut model.diagnostics);
    // Link warnings are reported by the link checker with its own wording.
    diags.retain(|d| d.is_error() || !d.message.contains("link"));
    (CheckedPage { page, model }, diags)
}

struct CheckFences;

impl FenceRenderer for CheckFences {
    fn render(&self, block: &CodeBlock, page: &Input, _files: &[(String, String)]) -> (String, Vec<Diagnostic>) {
        if block.lang != "mermaid" {
            return (String::new(), Vec::new());
        }
        let id = format!("d-check-{}", block.index);
        match crate::diagrams::render_fence(&block.code, &id) {
            Ok(_) => (String::new(), Vec::new()),
            Err(err) => {
                let line = block.line + err.line.max(1);
                let start = line_offset(page.text, line);
                let diag = Diagnostic::error(
                    page.file,
                    page.text.clone(),
                    start..start,
                    format!("diagram error: {}", err.message),
                )
                .with_help("check the Mermaid syntax of this fence");
                (String::new(), vec![diag])
            }
        }
    }
}

/// Byte offset of the start of 1-based `line`.
pub(crate) fn line_offset(text: &str, line: usize) -> usize {
    text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum::<usize>().min(text.len())
}
