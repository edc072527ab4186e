//! The markdown stage: one page's body to HTML with pulldown-cmark
//! (CommonMark + GFM tables, footnotes, strikethrough, task lists, heading
//! attributes, alerts), unique heading ids with anchor links, a table of
//! contents, and `.md` links rewritten. Code blocks are handed to a
//! [`FenceRenderer`] the site supplies (highlighting, diagrams, and later
//! stages), so this stage never calls another one. It returns the typed
//! [`PageModel`] (`model.rs`); later stages read it, never the HTML.
//!
//! Two passes over the page's events: the first collects headings, code
//! blocks and ids; the fences render in the second, once the page's files
//! (every `file=` fence, also those after an example) are known.

pub mod alerts;
pub mod fence_info;
pub mod links;
pub mod model;
pub mod slug;

use crate::content::front_matter::FrontMatter;
use crate::diagnostics::Diagnostic;
pub use fence_info::CodeBlock;
pub use links::LinkMap;
pub use model::{Heading, PageModel, TocEntry};
use pulldown_cmark::{CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd};
use std::sync::Arc;

/// The page being rendered and what it needs to know about the site.
pub struct Input<'a> {
    /// Path shown in diagnostics (`content/a.md`).
    pub file: &'a str,
    /// The whole file, front matter included (for line numbers).
    pub text: &'a Arc<str>,
    pub body_start: usize,
    /// Path under `content/` (`guide/a.md`) and output path (`guide/a.html`).
    pub rel_path: &'a str,
    pub output_path: &'a str,
    pub links: &'a LinkMap,
    /// The page's front matter, as the content stage parsed it.
    pub meta: &'a FrontMatter,
}

/// Turns a code block into HTML; supplied by the site. `files` are the
/// page's files (the model's [`PageModel::files`]).
pub trait FenceRenderer: Sync {
    fn render(&self, block: &CodeBlock, page: &Input, files: &[(String, String)]) -> (String, Vec<Diagnostic>);
}

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
}

/// Renders `input`'s body into its page model.
pub fn render(input: &Input, fences: &dyn FenceRenderer) -> PageModel {
    let body = &input.text[input.body_start..];
    let mut out = PageModel::default();
    let mut slugger = slug::Slugger::default();
    let mut events: Vec<Event> = Vec::new();
    let mut heading: Option<HeadingState> = None;
    let mut code: Option<(CodeBlockKind, String, usize)> = None;
    let mut in_alert: Vec<bool> = Vec::new();
    let mut lines = LineCounter::default();
    let mut tasks = TaskLabels::default();
    // Per code block: its event (a placeholder until the fences render)
    // and how many diagnostics came before it (to keep them in page order).
    let mut fence_at: Vec<(usize, usize)> = Vec::new();
    let mut html_block: Option<String> = None;

    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        if let Some((_, text, _)) = code.as_mut() {
            match event {
                Event::Text(t) => text.push_str(&t),
                Event::End(TagEnd::CodeBlock) => {
                    let (kind, text, offset) = code.take().expect("in code");
                    let info = match kind {
                        CodeBlockKind::Fenced(info) => info.to_string(),
                        CodeBlockKind::Indented => String::new(),
                    };
                    let (lang, attrs) = fence_info::parse_info(&info);
                    let line = lines.line_at(input.text, offset);
                    let block = CodeBlock { index: out.code_blocks.len(), lang, attrs, info, code: text, line };
                    out.code_blocks.push(block);
                    fence_at.push((events.len(), out.diagnostics.len()));
                    events.push(Event::Html(CowStr::Borrowed("")));
                }
                _ => {}
            }
            continue;
        }
        if let Some(h) = heading.as_mut() {
            if let Event::End(TagEnd::Heading(_)) = event {
                let h = heading.take().expect("in heading");
                events.push(Event::Html(finish_heading(h, &mut slugger, &mut out).into()));
            } else {
                match &event {
                    Event::Text(t) | Event::Code(t) => h.text.push_str(t),
                    Event::InlineHtml(html) => model::html_ids(html, &mut out.ids),
                    _ => {}
                }
                let event = rewrite_link(event, input, range.start, &mut out.diagnostics);
                h.inner.push(event);
            }
            continue;
        }
        match event {
            Event::Start(Tag::Heading { level, id, classes, .. }) => {
                heading = Some(HeadingState {
                    level: level as u8,
                    id: id.map(|i| i.to_string()),
                    classes: classes.iter().map(|c| c.to_string()).collect(),
                    text: String::new(),
                    inner: Vec::new(),
                });
            }
            Event::Start(Tag::CodeBlock(kind)) => code = Some((kind, String::new(), input.body_start + range.start)),
            Event::Start(Tag::HtmlBlock) => {
                html_block = Some(String::new());
                events.push(event);
            }
            Event::Html(ref html) => {
                if let Some(block) = html_block.as_mut() {
                    block.push_str(html);
                }
                events.push(event);
            }
            Event::End(TagEnd::HtmlBlock) => {
                if let Some(block) = html_block.take() {
                    model::html_ids(&block, &mut out.ids);
                }
                events.push(event);
            }
            Event::InlineHtml(ref html) => {
                model::html_ids(html, &mut out.ids);
                events.push(event);
            }
            Event::Start(Tag::FootnoteDefinition(ref name)) => {
                out.ids.insert(name.to_string());
                events.push(event);
            }
            Event::Start(Tag::BlockQuote(kind)) => {
                in_alert.push(kind.is_some());
                match kind {
                    Some(kind) => events.push(Event::Html(alerts::open(kind).into())),
                    None => events.push(Event::Start(Tag::BlockQuote(None))),
                }
            }
            Event::End(TagEnd::BlockQuote(kind)) => {
                if in_alert.pop().unwrap_or(false) {
                    events.push(Event::Html(alerts::CLOSE.into()));
                } else {
                    events.push(Event::End(TagEnd::BlockQuote(kind)));
                }
            }
            Event::Start(Tag::Table(align)) => {
                events.push(Event::Html("<div class=\"table-wrap\">".into()));
                events.push(Event::Start(Tag::Table(align)));
            }
            Event::End(TagEnd::Table) => {
                events.push(Event::End(TagEnd::Table));
                events.push(Event::Html("</div>\n".into()));
            }
            Event::Start(Tag::Item) => {
                tasks.open_item();
                events.push(Event::Start(Tag::Item));
            }
            Event::TaskListMarker(checked) => {
                tasks.marker(events.len(), checked);
                events.push(Event::TaskListMarker(checked));
            }
            Event::End(TagEnd::Item) => {
                if let Some((at, html)) = tasks.close_item() {
                    events[at] = Event::Html(html.into());
                }
                events.push(Event::End(TagEnd::Item));
            }
            Event::Text(ref t) | Event::Code(ref t) => {
                tasks.text(t);
                events.push(event);
            }
            event => events.push(rewrite_link(event, input, range.start, &mut out.diagnostics)),
        }
    }
    out.files = model::page_files(&input.meta.files, &out.code_blocks);
    let mut diagnostics = std::mem::take(&mut out.diagnostics).into_iter();
    let mut taken = 0;
    for (block, &(at, diags_before)) in out.code_blocks.iter().zip(&fence_at) {
        out.diagnostics.extend(diagnostics.by_ref().take(diags_before - taken));
        taken = diags_before;
        let (html, diags) = fences.render(block, input, &out.files);
        out.diagnostics.extend(diags);
        events[at] = Event::Html(html.into());
    }
    out.diagnostics.extend(diagnostics);
    out.html.reserve(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut out.html, events.into_iter());
    out.toc = model::nest_toc(&out.headings);
    out
}

/// Line numbers for increasing offsets, counting each newline once (a
/// page with many code blocks must not rescan the file for every block).
#[derive(Default)]
struct LineCounter {
    offset: usize,
    line: usize,
}

impl LineCounter {
    fn line_at(&mut self, text: &str, offset: usize) -> usize {
        let offset = offset.min(text.len());
        if offset < self.offset {
            *self = LineCounter::default();
        }
        self.line += text.as_bytes()[self.offset..offset].iter().filter(|&&b| b == b'\n').count();
        self.offset = offset;
        self.line + 1
    }
}

/// Task-list checkboxes with an accessible name: pulldown-cmark writes a
/// bare `<input type="checkbox">`, which screen readers announce as an
/// unlabelled control (axe-core's `label` rule). Each marker becomes a
/// checkbox whose `aria-label` is its item's own text (not a nested list's).
#[derive(Default)]
struct TaskLabels {
    /// Per open list item: its marker's event index, state and text so far.
    items: Vec<Option<(usize, bool, String)>>,
}

impl TaskLabels {
    fn open_item(&mut self) {
        self.items.push(None);
    }

    fn marker(&mut self, at: usize, checked: bool) {
        if let Some(top) = self.items.last_mut() {
            *top = Some((at, checked, String::new()));
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(Some((_, _, label))) = self.items.last_mut() {
            label.push_str(text);
        }
    }

    /// The marker to replace and its HTML, when the closing item had one.
    fn close_item(&mut self) -> Option<(usize, String)> {
        let (at, checked, label) = self.items.pop().flatten()?;
        let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
        Some((
            at,
            format!(
                "<input disabled=\"\" type=\"checkbox\"{} aria-label=\"{}\"/>\n",
                if checked { " checked=\"\"" } else { "" },
                escape(&label)
            ),
        ))
    }
}

struct HeadingState<'a> {
    level: u8,
    id: Option<String>,
    classes: Vec<String>,
    text: String,
    inner: Vec<Event<'a>>,
}

fn finish_heading(h: HeadingState, slugger: &mut slug::Slugger, out: &mut PageModel) -> String {
    let id = match h.id {
        Some(id) => slugger.unique(id),
        None => slugger.slug(&h.text),
    };
    let mut inner = String::new();
    pulldown_cmark::html::push_html(&mut inner, h.inner.into_iter());
    let class =
        if h.classes.is_empty() { String::new() } else { format!(" class=\"{}\"", escape(&h.classes.join(" "))) };
    let title = h.text.trim().to_string();
    if h.level == 1 {
        out.has_h1 = true;
    }
    let html = format!(
        "<h{l} id=\"{id}\"{class}>{inner} <a class=\"anchor\" href=\"#{frag}\" aria-label=\"Link to this section: {t}\">#</a></h{l}>\n",
        l = h.level,
        id = escape(&id),
        frag = escape(&links::encode_fragment(&id)),
        t = escape(&title),
    );
    out.ids.insert(id.clone());
    out.headings.push(Heading { level: h.level, id, text: title });
    html
}

fn rewrite_link<'a>(event: Event<'a>, input: &Input, offset: usize, diags: &mut Vec<Diagnostic>) -> Event<'a> {
    let (is_image, tag) = match event {
        Event::Start(Tag::Link { link_type, dest_url, title, id }) => (false, (link_type, dest_url, title, id)),
        Event::Start(Tag::Image { link_type, dest_url, title, id }) => (true, (link_type, dest_url, title, id)),
        other => return other,
    };
    let (link_type, dest_url, title, id) = tag;
    let new_url: CowStr = match input.links.rewrite(&dest_url, input.rel_path, input.output_path) {
        links::Rewrite::Keep => dest_url,
        links::Rewrite::To(url) => url.into(),
        links::Rewrite::Missing(target) => {
            let start = input.body_start + offset;
            let end = input.text[start..].find(')').map_or(start, |i| start + i + 1);
            diags.push(
                Diagnostic::warning(
                    input.file,
                    input.text.clone(),
                    start..end,
                    format!("link to a page that does not exist: content/{target}"),
                )
                .with_help("fix the path, relative to this file, or create the page"),
            );
            dest_url
        }
    };
    if is_image {
        Event::Start(Tag::Image { link_type, dest_url: new_url, title, id })
    } else {
        Event::Start(Tag::Link { link_type, dest_url: new_url, title, id })
    }
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    escape_into(&mut out, text);
    out
}

pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}
