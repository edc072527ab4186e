//! The one definition of a runnable example: which fences run, and what a
//! run reads (program, file name, stdin, virtual files). `crib build`,
//! `crib check` and the browser playground (through the HTML the build
//! writes) all take their examples from here, so a documented output that
//! `crib check` proves is the output a reader sees.

use crate::markdown::fence_info::parse_info;
use crate::markdown::CodeBlock;
use playground::RunOptions;
use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};

/// One runnable example, as the runtime and the browser see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// The fence's text as written (an `// Output:` block is a comment, so
    /// it runs with the program; the cache key stays the build's).
    pub source: String,
    /// `main.js`, or `main.mjs` / `main.cjs` from the fence's language.
    pub filename: String,
    /// `stdin="..."`, unescaped.
    pub stdin: Option<String>,
    /// The page's virtual files (see [`example_files`]).
    pub files: Vec<(String, String)>,
}

impl Example {
    /// The example a runnable fence describes, on a page whose files are
    /// `files` (from [`example_files`]).
    pub fn from_block(block: &CodeBlock, files: Vec<(String, String)>) -> Example {
        Example {
            source: block.code.clone(),
            filename: filename_for(&block.lang).to_string(),
            stdin: block.attr("stdin").map(unescape_stdin),
            files,
        }
    }

    pub fn options(&self) -> RunOptions {
        RunOptions {
            source: self.source.clone(),
            filename: self.filename.clone(),
            stdin: self.stdin.clone(),
            files: self.files.clone(),
            ..RunOptions::default()
        }
    }
}

/// Whether a fence is a runnable example: `js`, `javascript`, `mjs` or
/// `cjs`, without `norun`, and not a virtual file (`js file=lib.js`).
pub fn is_runnable(block: &CodeBlock) -> bool {
    matches!(block.lang.as_str(), "js" | "javascript" | "mjs" | "cjs") && !block.has("norun") && !block.has("file")
}

/// The file name a fence's language implies (`.mjs` is always ESM, `.cjs` CommonJS).
fn filename_for(lang: &str) -> &'static str {
    match lang {
        "mjs" => "main.mjs",
        "cjs" => "main.cjs",
        _ => "main.js",
    }
}

/// `stdin="a\nb"`: `\n` means a line break, `\t` a tab, `\\` a backslash;
/// nothing is added (no final line break unless written).
pub fn unescape_stdin(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The files every example of a page starts with: the front matter's
/// `files` table (by name), then every `file=` fence of the body, before
/// or after the example (a fence replaces a front matter file of the same
/// name, a later fence an earlier one).
pub fn example_files(text: &str, body_start: usize) -> Vec<(String, String)> {
    // The content stage already reported a front matter that does not parse.
    let mut files: Vec<(String, String)> =
        crate::content::front_matter::split(text).map(|(fm, _)| fm.files.into_iter().collect()).unwrap_or_default();
    for (name, body) in page_files(&text[body_start.min(text.len())..]) {
        files.retain(|(n, _)| *n != name);
        files.push((name, body));
    }
    files
}

/// Every `file=NAME` fence of a page, in order: (NAME, text). Parsed with
/// the site's Markdown options, so it sees the fences the page renders.
pub fn page_files(markdown: &str) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut current: Option<(String, String)> = None;
    for event in Parser::new_ext(markdown, crate::markdown::options()) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                let (_, attrs) = parse_info(&info);
                current = attrs.get("file").filter(|n| !n.is_empty()).map(|n| (n.clone(), String::new()));
            }
            Event::Text(text) => {
                if let Some((_, body)) = current.as_mut() {
                    body.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some(file) = current.take() {
                    files.retain(|(n, _): &(String, String)| *n != file.0);
                    files.push(file);
                }
            }
            _ => {}
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdin_escapes() {
        assert_eq!(unescape_stdin(r"Ada\nLinus"), "Ada\nLinus");
        assert_eq!(unescape_stdin(r"a\\n\tb\"), "a\\n\tb\\");
    }

    #[test]
    fn file_fences_of_a_page() {
        let md = "# T\n\n```json file=config.json\n{ \"a\": 1 }\n```\n\n```js\nx\n```\n\n```text file=notes.txt\nhi\n```\n\n```text file=notes.txt\nagain\n```\n";
        assert_eq!(
            page_files(md),
            vec![("config.json".to_string(), "{ \"a\": 1 }\n".to_string()), ("notes.txt".to_string(), "again\n".to_string())]
        );
    }

    #[test]
    fn front_matter_files_then_fences() {
        let md = "+++\n[files]\n\"config.json\" = '{\"port\": 1}'\n\"a.txt\" = \"A\"\n+++\n# T\n\n```json file=config.json\n{\"port\": 2}\n```\n";
        let body = md.find("# T").unwrap();
        assert_eq!(
            example_files(md, body),
            vec![("a.txt".to_string(), "A".to_string()), ("config.json".to_string(), "{\"port\": 2}\n".to_string())],
            "front matter first, a fence of the same name wins"
        );
        let yaml = "---\nfiles:\n  data/x.txt: |\n    hi\n---\nbody\n";
        assert_eq!(example_files(yaml, yaml.find("body").unwrap()), vec![("data/x.txt".to_string(), "hi\n".to_string())]);
        assert_eq!(example_files("no front matter\n", 0), vec![]);
    }

    #[test]
    fn runnable_fences() {
        let block = |info: &str| {
            let (lang, attrs) = parse_info(info);
            CodeBlock { index: 0, lang, attrs, info: info.into(), code: String::new(), line: 1 }
        };
        assert!(is_runnable(&block("js")));
        assert!(is_runnable(&block("javascript stdin=\"a\"")));
        assert!(is_runnable(&block("mjs")));
        assert!(!is_runnable(&block("js norun")));
        assert!(!is_runnable(&block("ts")));
        assert!(!is_runnable(&block("json file=a.json")));
        assert!(!is_runnable(&block("js file=lib.js")), "a file for the virtual file system, not an example");
    }

    #[test]
    fn an_example_reads_every_file_of_its_page_and_its_stdin_as_written() {
        let md = "# T\n\n```js stdin=\"a\\tb\\nc\"\nx\n// Output:\n// 1\n```\n\n```text file=later.txt\nL\n```\n";
        let files = example_files(md, 0);
        assert_eq!(files, vec![("later.txt".to_string(), "L\n".to_string())], "a file= fence after the example counts too");
        let (lang, attrs) = parse_info("js stdin=\"a\\tb\\nc\"");
        let block = CodeBlock { index: 0, lang, attrs, info: String::new(), code: "x\n// Output:\n// 1\n".into(), line: 3 };
        let example = Example::from_block(&block, files);
        assert_eq!(example.stdin.as_deref(), Some("a\tb\nc"), "\\t is a tab, and no line break is added");
        assert_eq!(example.source, "x\n// Output:\n// 1\n", "the fence's text as written");
        assert_eq!(example.filename, "main.js");
    }
}
