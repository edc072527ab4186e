//! How the site renders a code block for the markdown stage: Mermaid to a
//! diagram, known languages highlighted (through the cache), everything
//! else escaped, unknown languages with a warning. Each block is wrapped
//! in a `div.code-block` carrying its language and info-string attributes,
//! followed by whatever the site's extensions add after it.

use super::Extension;
use crate::cache::HighlightCache;
use crate::diagnostics::Diagnostic;
use crate::highlight::{self, Language};
use crate::markdown::{CodeBlock, FenceRenderer, Input, escape, escape_into};

pub struct SiteFences<'a> {
    pub cache: &'a HighlightCache,
    pub extensions: &'a [&'a dyn Extension],
}

impl FenceRenderer for SiteFences<'_> {
    fn render(&self, block: &CodeBlock, page: &Input, files: &[(String, String)]) -> (String, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        if block.lang == "mermaid" {
            let id =
                format!("d-{}-{}", page.output_path.trim_end_matches(".html").replace(['/', '.'], "-"), block.index);
            let rendered = match self.cache.dir() {
                Some(dir) => crate::diagrams::render_fence_cached(&block.code, &id, &dir.join("diagrams")),
                None => crate::diagrams::render_fence(&block.code, &id),
            };
            return match rendered {
                // The figure carries its own ids (all prefixed with `id`).
                Ok(figure) => (format!("{figure}\n"), diags),
                Err(err) => {
                    diags.push(diagram_error(block, page, &err));
                    (wrap(block, &escape(&block.code), ""), diags)
                }
            };
        }
        let mut code_html = self.highlight(block, page, &mut diags);
        for extension in self.extensions {
            if let Some(html) = extension.code_html(page, block, files, &code_html) {
                code_html = html;
            }
        }
        let after: String = self.extensions.iter().filter_map(|e| e.after_code_block(page, block, files)).collect();
        (wrap(block, &code_html, &after), diags)
    }
}

impl SiteFences<'_> {
    fn highlight(&self, block: &CodeBlock, page: &Input, diags: &mut Vec<Diagnostic>) -> String {
        if let Language::Plain = plain_or_unresolved(&block.lang) {
            return highlight::plain(&block.code);
        }
        let key = HighlightCache::key(&block.lang, &block.code);
        if let Some(hit) = self.cache.get(&key) {
            return hit;
        }
        match highlight::resolve(&block.lang) {
            Language::Syntax(syntax) => {
                let html = highlight::highlight(syntax, &block.code);
                self.cache.insert(key, &html);
                html
            }
            Language::Plain => highlight::plain(&block.code),
            Language::Unknown => {
                let start = line_offset(page.text, block.line);
                let line_len = page.text[start..].find('\n').unwrap_or(page.text.len() - start);
                let lang_at = page.text[start..start + line_len].find(&block.info).map_or(start, |i| start + i);
                diags.push(
                    Diagnostic::warning(
                        page.file,
                        page.text.clone(),
                        lang_at..lang_at + block.lang.len(),
                        format!("unknown language `{}`: rendered as plain text", block.lang),
                    )
                    .with_help(
                        "use one of js, ts, json, bash, rust, html, css, sql, yaml, toml, python, go, diff, text",
                    ),
                );
                highlight::plain(&block.code)
            }
        }
    }
}

/// Plain languages are decided without loading the syntax set.
fn plain_or_unresolved(lang: &str) -> Language {
    if matches!(lang, "" | "text" | "txt" | "plain" | "plaintext" | "output" | "console-output" | "log") {
        Language::Plain
    } else {
        Language::Unknown
    }
}

fn wrap(block: &CodeBlock, code_html: &str, after: &str) -> String {
    let mut out = String::with_capacity(code_html.len() + after.len() + 160);
    out.push_str("<div class=\"code-block\"");
    if !block.lang.is_empty() {
        out.push_str(" data-lang=\"");
        escape_into(&mut out, &block.lang);
        out.push('"');
    }
    if !block.attrs.is_empty() {
        out.push_str(" data-info=\"");
        escape_into(&mut out, block.info.trim());
        out.push('"');
    }
    out.push_str("><pre class=\"hl\"><code");
    if !block.lang.is_empty() {
        out.push_str(" class=\"language-");
        escape_into(&mut out, &block.lang);
        out.push('"');
    }
    out.push('>');
    out.push_str(code_html);
    out.push_str("</code></pre>");
    out.push_str(after);
    out.push_str("</div>\n");
    out
}

fn line_offset(text: &str, line: usize) -> usize {
    text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum()
}

fn diagram_error(block: &CodeBlock, page: &Input, err: &crate::diagrams::DiagramError) -> Diagnostic {
    // Line 1 of the diagram is the line after the opening fence.
    let line = block.line + err.line.max(1);
    let start = line_offset(page.text, line).min(page.text.len());
    let line_text = page.text[start..].lines().next().unwrap_or("");
    let col = line_text.char_indices().nth(err.column.saturating_sub(1)).map_or(0, |(i, _)| i);
    Diagnostic::error(page.file, page.text.clone(), start + col..start + col, format!("diagram error: {}", err.message))
        .with_help("check the Mermaid syntax of this fence")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagrams::DiagramError;
    use crate::markdown::LinkMap;
    use std::sync::Arc;

    #[test]
    fn diagram_errors_point_into_the_page() {
        let text: Arc<str> = "# T\n\n```mermaid\nflowchart LR\n  A --> \n```\n".into();
        let links = LinkMap::default();
        let input = Input {
            file: "content/a.md",
            text: &text,
            body_start: 0,
            rel_path: "a.md",
            output_path: "a.html",
            links: &links,
            meta: &Default::default(),
        };
        let block = CodeBlock {
            index: 0,
            lang: "mermaid".into(),
            attrs: Default::default(),
            info: "mermaid".into(),
            code: "flowchart LR\n  A --> \n".into(),
            line: 3,
        };
        let err = DiagramError { line: 2, column: 5, message: "expected a node".into() };
        let diag = diagram_error(&block, &input, &err);
        assert_eq!(diag.location(), "content/a.md:5:5");
        assert!(diag.is_error());
        assert_eq!(diag.message, "diagram error: expected a node");
    }
}
