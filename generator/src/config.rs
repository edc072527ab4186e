//! `crib.toml`: the site's settings, with sensible defaults when the file
//! or any key is absent.

use crate::diagnostics::Diagnostic;
use serde::Deserialize;
use std::path::Path;

/// Settings read from `crib.toml` at the site root.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Shown in the header and in every `<title>`.
    pub title: String,
    /// The site's `<meta name="description">` when a page has none.
    pub description: String,
    pub author: String,
    /// Theme folder name under `themes/` (`default` is built in).
    pub theme: String,
    /// The `lang` attribute of every page.
    pub language: String,
    /// Absolute URL the site is published at; enables `sitemap.xml`.
    /// Never used in links: pages link relatively.
    pub base_url: Option<String>,
    /// `[build]`: what a build does besides rendering.
    pub build: BuildSettings,
    /// `[run]`: what each program run may spend (examples, `crib check`, `crib run`).
    pub run: RunSettings,
}

/// The `[run]` table of `crib.toml`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct RunSettings {
    /// CPU seconds a run may take before it stops with `[limit: time]`
    /// (the browser's watchdog allows 5 s of wall time); 0 turns it off.
    pub timeout: f64,
    /// Megabytes of memory a run may add before it stops with `[limit: heap]`; 0 turns it off.
    pub heap_mb: u64,
}

impl Default for RunSettings {
    fn default() -> Self {
        let budget = crate::runner::Budget::default();
        RunSettings { timeout: budget.cpu_time_ms / 1000.0, heap_mb: budget.heap_bytes >> 20 }
    }
}

impl RunSettings {
    /// The runner's budget these settings describe.
    pub fn budget(&self) -> crate::runner::Budget {
        crate::runner::Budget { cpu_time_ms: self.timeout.max(0.0) * 1000.0, heap_bytes: self.heap_mb << 20 }
    }
}

/// The `[build]` table of `crib.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BuildSettings {
    /// Run every runnable example at build time and embed its output
    /// (`crib build --no-run` turns it off for one build).
    pub run_examples: bool,
}

impl Default for BuildSettings {
    fn default() -> Self {
        BuildSettings { run_examples: true }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: "Cheat sheet".into(),
            description: String::new(),
            author: String::new(),
            theme: "default".into(),
            language: "en".into(),
            base_url: None,
            build: BuildSettings::default(),
            run: RunSettings::default(),
        }
    }
}

impl Config {
    /// Reads `ROOT/crib.toml`; a missing file gives the defaults.
    pub fn load(root: &Path) -> Result<Config, Diagnostic> {
        let path = root.join("crib.toml");
        let text = match std::fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(err) => return Err(Diagnostic::invalid_utf8("crib.toml", err.as_bytes(), err.utf8_error())),
            },
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(err) => return Err(Diagnostic::io("crib.toml", &err)),
        };
        Self::parse(&text)
    }

    /// Parses the text of a `crib.toml`.
    pub fn parse(text: &str) -> Result<Config, Diagnostic> {
        let mut config: Config = toml::from_str(text).map_err(|err| {
            let span = err.span().unwrap_or(0..0);
            Diagnostic::error("crib.toml", text, span, format!("invalid crib.toml: {}", err.message()))
                .with_help("keys: title, description, author, theme, language, base_url, [build] run_examples, and [run] timeout, heap_mb")
        })?;
        if !(config.run.timeout.is_finite() && config.run.timeout >= 0.0) {
            let span = locate_key(text, "timeout");
            return Err(Diagnostic::error(
                "crib.toml",
                text,
                span,
                "invalid crib.toml: [run] timeout must be a number of seconds, 0 or more",
            )
            .with_help("for example `timeout = 5` (0 turns the time limit off)"));
        }
        if let Some(url) = &config.base_url {
            config.base_url = Some(url.trim_end_matches('/').to_string() + "/");
        }
        Ok(config)
    }
}

/// The byte span of `key`'s first occurrence in `text` (for a diagnostic).
fn locate_key(text: &str, key: &str) -> std::ops::Range<usize> {
    text.find(key).map_or(0..0, |i| i..i + key.len())
}
