//! The one definition of a runnable example: which fences run, and what a
//! run reads (program, file name, stdin, virtual files). `crib build`,
//! `crib check` and the browser playground (through the HTML the build
//! writes) all take their examples from here, so a documented output that
//! `crib check` proves is the output a reader sees.

use crate::markdown::CodeBlock;
use playground::RunOptions;

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
    /// The page's virtual files (the page model's `files`).
    pub files: Vec<(String, String)>,
}

impl Example {
    /// The example a runnable fence describes, on a page whose files are
    /// `files` (the page model's, [`crate::markdown::PageModel::files`]).
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
pub(super) fn unescape_stdin(raw: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::fence_info::parse_info;

    #[test]
    fn stdin_escapes() {
        assert_eq!(unescape_stdin(r"Ada\nLinus"), "Ada\nLinus");
        assert_eq!(unescape_stdin(r"a\\n\tb\"), "a\\n\tb\\");
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
    fn an_example_reads_its_stdin_as_written() {
        let (lang, attrs) = parse_info("js stdin=\"a\\tb\\nc\"");
        let block =
            CodeBlock { index: 0, lang, attrs, info: String::new(), code: "x\n// Output:\n// 1\n".into(), line: 3 };
        let files = vec![("later.txt".to_string(), "L\n".to_string())];
        let example = Example::from_block(&block, files.clone());
        assert_eq!(example.stdin.as_deref(), Some("a\tb\nc"), "\\t is a tab, and no line break is added");
        assert_eq!(example.source, "x\n// Output:\n// 1\n", "the fence's text as written");
        assert_eq!(example.filename, "main.js");
        assert_eq!(example.files, files);
    }
}
