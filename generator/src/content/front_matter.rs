//! Front matter: an optional `+++` TOML or `---` YAML block at the top of a
//! page, split from the Markdown body and parsed into [`FrontMatter`].

use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;

/// The keys crib understands; anything else lands in `extra` for templates
/// and later stages.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(default)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub description: Option<String>,
    /// Lower comes first in the navigation; `order` is accepted as an alias.
    #[serde(alias = "order")]
    pub weight: Option<i64>,
    /// Drafts are not built.
    pub draft: bool,
    /// Replaces the file name in the page's URL.
    pub slug: Option<String>,
    /// Files every runnable example of the page starts with in its virtual
    /// file system: name (relative to the virtual cwd, or absolute) -> text.
    /// `[files]` then `"config.json" = '{"port": 8080}'` in TOML, or
    /// `files:` with `config.json: '{"port": 8080}'` under it in YAML.
    pub files: BTreeMap<String, String>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// A front matter block that did not parse.
#[derive(Debug)]
pub struct FrontMatterError {
    /// Byte range in the whole file.
    pub span: Range<usize>,
    pub message: String,
    pub help: &'static str,
}

/// Splits `text` into front matter and body. Returns the parsed front
/// matter (default when absent) and the byte offset where the body starts.
pub fn split(text: &str) -> Result<(FrontMatter, usize), FrontMatterError> {
    let text_no_bom = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bom = text.len() - text_no_bom.len();
    let (fence, is_toml) = if starts_with_fence(text_no_bom, "+++") {
        ("+++", true)
    } else if starts_with_fence(text_no_bom, "---") {
        ("---", false)
    } else {
        return Ok((FrontMatter::default(), 0));
    };
    let open_len = bom + text_no_bom.find('\n').map_or(text_no_bom.len(), |i| i + 1);
    let (block_end, body_start) = match find_closing(text, open_len, fence) {
        Some(found) => found,
        None => {
            return Err(FrontMatterError {
                span: bom..bom + 3,
                message: format!("front matter opened with `{fence}` is never closed"),
                help: "close it with the same fence on a line of its own",
            });
        }
    };
    let block = &text[open_len..block_end];
    let parsed = if is_toml { parse_toml(block) } else { parse_yaml(block) };
    parsed.map(|fm| (fm, body_start)).map_err(|(span, message)| FrontMatterError {
        span: open_len + span.start..open_len + span.end,
        message,
        help: if is_toml {
            "`+++` front matter is TOML: key = \"value\", one per line"
        } else {
            "`---` front matter is YAML: key: value, one per line"
        },
    })
}

fn starts_with_fence(text: &str, fence: &str) -> bool {
    text.strip_prefix(fence).is_some_and(|rest| rest.trim_start_matches([' ', '\t']).starts_with(['\n', '\r']))
}

/// Finds the closing fence line; returns (end of block, start of body).
fn find_closing(text: &str, from: usize, fence: &str) -> Option<(usize, usize)> {
    let mut pos = from;
    for line in text[from..].split_inclusive('\n') {
        if line.trim_end() == fence {
            return Some((pos, pos + line.len()));
        }
        pos += line.len();
    }
    None
}

fn parse_toml(block: &str) -> Result<FrontMatter, (Range<usize>, String)> {
    toml::from_str(block)
        .map_err(|err| (err.span().unwrap_or(0..0), format!("invalid TOML front matter: {}", err.message().trim())))
}

fn parse_yaml(block: &str) -> Result<FrontMatter, (Range<usize>, String)> {
    if block.trim().is_empty() {
        return Ok(FrontMatter::default());
    }
    serde_yaml_ng::from_str(block).map_err(|err| {
        let at = err.location().map_or(0, |l| l.index());
        let mut message = err.to_string();
        // serde_yaml appends " at line X column Y"; the diagnostic shows that.
        if let Some(i) = message.find(" at line ") {
            message.truncate(i);
        }
        (at..at, format!("invalid YAML front matter: {message}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_and_yaml_and_none() {
        let (fm, body) = split("+++\ntitle = \"A\"\nweight = 2\n+++\n# Body\n").unwrap();
        assert_eq!(fm.title.as_deref(), Some("A"));
        assert_eq!(fm.weight, Some(2));
        assert_eq!(body, 31);
        let (fm, _) = split("---\ntitle: B\norder: 3\ndraft: true\n---\nx").unwrap();
        assert_eq!((fm.title.as_deref(), fm.weight, fm.draft), (Some("B"), Some(3), true));
        let (fm, body) = split("# no front matter\n---\n").unwrap();
        assert!(fm.title.is_none());
        assert_eq!(body, 0);
    }

    #[test]
    fn files_table_in_toml_and_yaml() {
        let (fm, _) = split("+++\ntitle = \"A\"\n[files]\n\"config.json\" = '{\"port\": 8080}'\n\"data/a.txt\" = \"\"\"\nline\n\"\"\"\n+++\nx").unwrap();
        let files: Vec<(&str, &str)> = fm.files.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(files, [("config.json", "{\"port\": 8080}"), ("data/a.txt", "line\n")]);
        assert!(!fm.extra.contains_key("files"), "a typed key, not an extra");
        let (fm, _) = split("---\nfiles:\n  config.json: '{\"port\": 8080}'\n  notes.txt: |\n    hi\n---\nx").unwrap();
        let files: Vec<(&str, &str)> = fm.files.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(files, [("config.json", "{\"port\": 8080}"), ("notes.txt", "hi\n")]);
        let text = "+++\n[files]\n\"a.json\" = 3\n+++\n";
        let err = split(text).unwrap_err();
        assert!(err.message.contains("invalid TOML"), "{}", err.message);
        assert_eq!(&text[err.span.start..err.span.start + 1], "3", "points at the value");
    }

    #[test]
    fn errors_point_into_the_file() {
        let text = "+++\ntitle = \"A\"\nweight = oops\n+++\n";
        let err = split(text).unwrap_err();
        assert!(err.message.contains("invalid TOML"), "{}", err.message);
        assert_eq!(&text[err.span.start..err.span.start + 4], "oops");
        let err = split("---\ntitle: [unclosed\n---\n").unwrap_err();
        assert!(err.message.contains("invalid YAML"), "{}", err.message);
        let err = split("+++\ntitle = 1\n").unwrap_err();
        assert!(err.message.contains("never closed"));
    }
}
