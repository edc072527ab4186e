//! The templates stage: Tera templates and static assets of the theme. The
//! default theme (`themes/default/`) is embedded in the binary; a site
//! overrides any file by putting its own at the same path under
//! `ROOT/themes/<theme>/` (`templates/page.html`, `static/style.css`...).

use crate::diagnostics::Diagnostic;
use std::borrow::Cow;
use std::path::Path;
use tera::Tera;

macro_rules! embed {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_bytes!(concat!("../../themes/default/", $path)))),*]
    };
}

/// Every file of the default theme: templates first, then static assets.
const DEFAULT_THEME: &[(&str, &[u8])] = embed!(
    "templates/base.html",
    "templates/macros.html",
    "templates/page.html",
    "templates/section.html",
    "templates/404.html",
    "templates/search.html",
    "static/style.css",
    "static/print.css",
    "static/crib.js",
    "static/favicon.svg",
);

/// The loaded theme: parsed templates and the static files to copy.
pub struct Theme {
    tera: Tera,
    /// Template name -> (file shown in diagnostics, its text).
    sources: Vec<(String, String, String)>,
    /// Path under `static/` -> bytes, defaults overlaid with the site's.
    pub statics: Vec<(String, Cow<'static, [u8]>)>,
}

impl Theme {
    /// Loads the default theme with `ROOT/themes/<name>/` on top.
    pub fn load(root: &Path, name: &str) -> Result<Theme, Vec<Diagnostic>> {
        let site_dir = root.join("themes").join(name);
        if name != "default" && !site_dir.is_dir() {
            let shown = "crib.toml";
            let text = std::fs::read_to_string(root.join(shown)).unwrap_or_default();
            let span = text.find(name).map_or(0..0, |i| i..i + name.len());
            return Err(vec![
                Diagnostic::error(shown, text, span, format!("theme `{name}` not found: no folder themes/{name}/"))
                    .with_help("create the folder, or remove `theme` to use the built-in default theme"),
            ]);
        }
        let mut files: Vec<(String, String, Cow<'static, [u8]>)> =
            DEFAULT_THEME.iter().map(|(p, b)| (p.to_string(), format!("(built-in) themes/default/{p}"), Cow::Borrowed(*b))).collect();
        let mut diags = Vec::new();
        if site_dir.is_dir() {
            for entry in walkdir::WalkDir::new(&site_dir).sort_by_file_name().into_iter().flatten() {
                if !entry.file_type().is_file() {
                    continue;
                }
                let rel = entry.path().strip_prefix(&site_dir).unwrap_or(entry.path());
                let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
                let shown = format!("themes/{name}/{rel}");
                match std::fs::read(entry.path()) {
                    Ok(bytes) => {
                        files.retain(|(p, _, _)| *p != rel);
                        files.push((rel, shown, Cow::Owned(bytes)));
                    }
                    Err(err) => diags.push(Diagnostic::io(&shown, &err)),
                }
            }
        }
        let mut theme = Theme { tera: Tera::default(), sources: Vec::new(), statics: Vec::new() };
        theme.tera.autoescape_on(vec![".html", ".xml"]);
        // Tera's default also escapes `/`, which makes every relative URL `..&#x2F;`.
        theme.tera.set_escape_fn(|text| crate::markdown::escape(text));
        // Tera checks imports and parents as templates are added: macros, then base, then the rest.
        files.sort_by_key(|(p, _, _)| (!p.ends_with("/macros.html"), !p.ends_with("/base.html"), p.clone()));
        for (rel, shown, bytes) in files {
            if let Some(name) = rel.strip_prefix("templates/") {
                let text = match String::from_utf8(bytes.into_owned()) {
                    Ok(t) => t,
                    Err(err) => {
                        diags.push(Diagnostic::invalid_utf8(&shown, err.as_bytes(), err.utf8_error()));
                        continue;
                    }
                };
                if let Err(err) = theme.tera.add_raw_template(name, &text) {
                    diags.push(parse_error(&shown, &text, &err));
                }
                theme.sources.push((name.to_string(), shown, text));
            } else if let Some(path) = rel.strip_prefix("static/") {
                theme.statics.push((path.to_string(), bytes));
            }
        }
        if diags.is_empty() { Ok(theme) } else { Err(diags) }
    }

    /// A hash of every template and static file: part of each page's cache key.
    pub fn fingerprint(&self) -> [u8; 32] {
        let mut h = blake3::Hasher::new();
        for (name, _, text) in &self.sources {
            for part in [name.as_bytes(), text.as_bytes()] {
                h.update(&(part.len() as u64).to_le_bytes());
                h.update(part);
            }
        }
        for (path, bytes) in &self.statics {
            for part in [path.as_bytes(), bytes.as_ref()] {
                h.update(&(part.len() as u64).to_le_bytes());
                h.update(part);
            }
        }
        *h.finalize().as_bytes()
    }

    /// Renders template `name`; a failure names the template file and,
    /// where it can be found, the line of the offending expression.
    pub fn render(&self, name: &str, context: &tera::Context) -> Result<String, Diagnostic> {
        self.tera.render(name, context).map_err(|err| self.render_error(name, &err))
    }

    fn render_error(&self, name: &str, err: &tera::Error) -> Diagnostic {
        let chain = error_chain(err);
        // Tera names the template the error happened in, if it is a parent.
        let culprit = chain
            .split("error happened in '")
            .nth(1)
            .and_then(|s| s.split('\'').next())
            .unwrap_or(name)
            .to_string();
        let (shown, text) = self
            .sources
            .iter()
            .find(|(n, _, _)| *n == culprit)
            .map(|(_, s, t)| (s.clone(), t.clone()))
            .unwrap_or_else(|| (format!("templates/{culprit}"), String::new()));
        // Point at the first mention of the variable or filter named in backticks.
        let span = chain
            .split('`')
            .skip(1)
            .step_by(2)
            .find_map(|needle| text.find(needle).map(|i| i..i + needle.len()))
            .unwrap_or(0..0);
        Diagnostic::error(shown, text, span, format!("template error: {}", chain.replace('\n', " ")))
            .with_help("fix the template, or delete it to fall back to the built-in one")
    }
}

fn error_chain(err: &tera::Error) -> String {
    let mut parts = vec![err.to_string()];
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    parts.join(": ")
}

/// Tera (pest) parse errors carry ` --> line:col` and `= expected ...`.
fn parse_error(shown: &str, text: &str, err: &tera::Error) -> Diagnostic {
    let chain = error_chain(err);
    let pos = chain.split("--> ").nth(1).and_then(|rest| {
        let mut it = rest.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty());
        Some((it.next()?.parse::<usize>().ok()?, it.next()?.parse::<usize>().ok()?))
    });
    let offset = pos.map_or(0, |(line, col)| offset_of(text, line, col));
    let detail = chain
        .lines()
        .find_map(|l| l.trim().strip_prefix("= "))
        .map(str::to_string)
        .unwrap_or_else(|| chain.lines().next().unwrap_or("").to_string());
    Diagnostic::error(shown, text.to_string(), offset..offset, format!("template syntax error: {detail}"))
        .with_help("Tera syntax: {{ variable }}, {% if %}...{% endif %}, {% block name %}...{% endblock %}")
}

fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let line_text = text[start..].lines().next().unwrap_or("");
    start + line_text.char_indices().nth(col.saturating_sub(1)).map_or(line_text.len(), |(i, _)| i)
}
