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
                .with_help("keys: title, description, author, theme, language, base_url, and [build] run_examples")
        })?;
        if let Some(url) = &config.base_url {
            config.base_url = Some(url.trim_end_matches('/').to_string() + "/");
        }
        Ok(config)
    }
}
