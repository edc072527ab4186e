//! Code fences: the info string (` ```js norun stdin="a b" `) parsed into a
//! language and attributes, kept for highlighting and for later stages
//! (runnable examples read `norun`, `stdin=...`, `file=...`, `output`).

use serde::Serialize;
use std::collections::BTreeMap;

/// One fenced or indented code block of a page.
#[derive(Debug, Clone, Serialize)]
pub struct CodeBlock {
    /// Position among the page's code blocks, from 0.
    pub index: usize,
    /// First word of the info string, lower-cased (`""` when none).
    pub lang: String,
    /// Every other word: `norun` -> `""`, `file=config.json` -> `config.json`.
    pub attrs: BTreeMap<String, String>,
    /// The info string as written.
    pub info: String,
    /// The block's text.
    pub code: String,
    /// 1-based line of the opening fence in the source file.
    pub line: usize,
}

impl CodeBlock {
    /// Whether the info string carries a flag or key (`norun`, `output`).
    pub fn has(&self, attr: &str) -> bool {
        self.attrs.contains_key(attr)
    }

    pub fn attr(&self, key: &str) -> Option<&str> {
        self.attrs.get(key).map(String::as_str)
    }
}

/// Splits an info string into the language and its attributes. Words are
/// separated by spaces or commas; values may be quoted with `"` or `'`.
pub fn parse_info(info: &str) -> (String, BTreeMap<String, String>) {
    let words = split_words(info.trim());
    let mut iter = words.into_iter();
    let lang = iter
        .next()
        .map(|w| w.trim_start_matches('{').trim_start_matches('.').trim_end_matches('}').to_lowercase())
        .unwrap_or_default();
    let mut attrs = BTreeMap::new();
    for word in iter {
        let word = word.trim_matches(|c| c == '{' || c == '}');
        if word.is_empty() {
            continue;
        }
        match word.split_once('=') {
            Some((k, v)) => attrs.insert(k.to_string(), v.to_string()),
            None => attrs.insert(word.to_string(), String::new()),
        };
    }
    (lang, attrs)
}

fn split_words(info: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut quote: Option<char> = None;
    for c in info.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => current.push(c),
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c.is_whitespace() || c == ',' => {
                if !current.is_empty() {
                    words.push(std::mem::take(&mut current));
                }
            }
            None => current.push(c),
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn info_strings() {
        let (lang, attrs) = parse_info("js norun stdin=\"one two\" file=config.json");
        assert_eq!(lang, "js");
        assert_eq!(attrs["norun"], "");
        assert_eq!(attrs["stdin"], "one two");
        assert_eq!(attrs["file"], "config.json");
        assert_eq!(parse_info("rust,ignore").1.len(), 1);
        assert_eq!(parse_info("").0, "");
        assert_eq!(parse_info("TEXT output").0, "text");
    }
}
