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
/// separated by spaces or commas; values (after `=`) may be quoted with `"`
/// or `'`. A quote anywhere else is a plain character, so an unclosed one
/// never swallows the rest of the line into the language or a name.
pub fn parse_info(info: &str) -> (String, BTreeMap<String, String>) {
    // The language is the first word as written: quotes are not special in it.
    let info = info.trim();
    let (first, rest) = info.split_once(|c: char| c.is_whitespace() || c == ',').unwrap_or((info, ""));
    let lang = first.trim_start_matches('{').trim_start_matches('.').trim_end_matches('}').to_lowercase();
    let mut attrs = BTreeMap::new();
    for word in split_words(rest) {
        let word = word.trim_matches(|c| c == '{' || c == '}');
        if word.is_empty() {
            continue;
        }
        match word.split_once('=') {
            Some(("", _)) => None,
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
            None if (c == '"' || c == '\'') && current.contains('=') => quote = Some(c),
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

    /// Found by the property tests (tests/properties.rs): an unclosed quote
    /// made the rest of the line the language (`" norun`), and a quoted
    /// word an attribute name with spaces.
    #[test]
    fn quotes_outside_values_are_plain_characters() {
        let (lang, attrs) = parse_info("\" norun");
        assert_eq!(lang, "\"");
        assert!(attrs.contains_key("norun"));
        let (lang, attrs) = parse_info("file=\" norun");
        assert_eq!(lang, "file=\"");
        assert!(attrs.contains_key("norun"));
        let (lang, attrs) = parse_info("js \"a b\"=c =x stdin='p q'");
        assert_eq!(lang, "js");
        assert!(attrs.keys().all(|k| !k.is_empty() && !k.contains(' ')), "{attrs:?}");
        assert_eq!(attrs["stdin"], "p q");
    }
}
