//! Runnable examples: every `js`/`javascript`/`mjs`/`cjs` fence whose info
//! string does not say `norun` is run at build time with the playground
//! runtime (natively, the same code the browser runs as wasm), and its output
//! is embedded under the block, so readers without JavaScript and search
//! engines see it; the browser playground (`static/playground/`) adds Run,
//! Edit, Reset and the step-through on top of that HTML.
//!
//! Fence attributes: `norun` (not runnable; nor is a fence with `file=`), `stdin="line 1\nline 2"`
//! (scripted standard input; `\n` is a line break). A fence whose info string
//! has `file=NAME` (for example ` ```json file=config.json `) puts its text in
//! the virtual file system of every example on the same page, so
//! `fs.readFileSync('config.json')` reads it; other names are ENOENT as in Node.
//! A `files` table in the page's front matter does the same without a
//! visible fence (`[files]` then `"config.json" = '{"port": 8080}'`); a
//! `file=` fence of the same name wins over it.
//!
//! An example that needs a module the playground lacks (express, ws, ...)
//! gets a short note naming it instead of a Run button that would fail.
//!
//! With running switched off (`crib build --no-run`, or `[build]
//! run_examples = false` in crib.toml), nothing runs at build time: each
//! example gets its Run button and an empty, hidden output panel that the
//! browser fills on Run.
//!
//! Quiz mode: a fence with the flag `quiz` (` ```js quiz `), or every
//! example of a page whose front matter says `quiz = true`, starts as a
//! quiz when it was run at build time and printed something: the div gets
//! `pg-quiz` and the `// Output:` comment lines of its code are wrapped in
//! `span.pg-answer`, which the theme hides (only when scripts run) until
//! the reader checks or reveals (`static/playground/quiz.js`). Without
//! scripts the page reads as any other.
//!
//! Runs happen on the rendering threads (all cores), each on its own thread
//! with a large stack, and are cached by a hash of the runtime and the input
//! (`examples.json` in the cache folder).

mod cache;
mod documented;
mod example;
mod render;

use crate::markdown::{CodeBlock, Input};
use crate::site::extension::{Assets, Extension};
use playground::RunResult;
use std::path::PathBuf;
use std::sync::Arc;

pub use cache::ResultCache;
pub use documented::{Expected, documented, split_output_comment, trim_lines};
pub use example::{Example, is_runnable};
pub use render::badges_js;

/// `quiz = true` in a page's front matter.
fn page_is_quiz(page: &Input) -> bool {
    page.meta.extra.get("quiz").and_then(serde_json::Value::as_bool).unwrap_or(false)
}

/// The highlighted code with its `// Output:` block (from the marker line
/// to the end) wrapped in `span.pg-answer`. Highlighted lines are
/// self-contained (every span closes on its line), so the wrap is at a
/// line start; `None` when the code documents no output.
pub fn wrap_answer(code: &str, html: &str) -> Option<String> {
    let (source, expected) = split_output_comment(code, 0);
    expected?;
    // The blank lines that set the block apart go with it.
    let lines: Vec<&str> = source.lines().collect();
    let mut marker = lines.len();
    while marker > 0 && lines[marker - 1].trim().is_empty() {
        marker -= 1;
    }
    let mut at = 0;
    for _ in 0..marker {
        at += html[at..].find('\n')? + 1;
    }
    Some(format!("{}<span class=\"pg-answer\">{}</span>", &html[..at], &html[at..]))
}

/// The build stage: an [`Extension`] of the site.
pub struct Examples {
    cache: ResultCache,
    /// Run examples at build time (else only the browser runs them).
    run: bool,
}

impl Examples {
    /// Results are cached in `cache_dir/examples.json` when given.
    pub fn new(cache_dir: Option<PathBuf>) -> Self {
        Examples { cache: ResultCache::open(cache_dir), run: true }
    }

    /// Whether examples run at build time (on by default).
    pub fn running(mut self, run: bool) -> Self {
        self.run = run;
        self
    }

    /// Whether a runnable block starts as a quiz: flagged, or on a quiz
    /// page, with a build-time run that printed something to predict in
    /// one order that Node always keeps.
    fn quiz(&self, page: &Input, block: &CodeBlock, files: &[(String, String)]) -> Option<Arc<RunResult>> {
        if !self.run || !(block.has("quiz") || page_is_quiz(page)) {
            return None;
        }
        let result = self.run(&Example::from_block(block, files.to_vec()));
        // An order that can vary in real Node has no single right answer.
        let one_answer = result.notes.is_empty() && result.limit.is_none();
        (result.missing_modules.is_empty() && one_answer && !result.output.is_empty()).then_some(result)
    }

    /// Runs an example (or takes its result from the cache).
    pub fn run(&self, example: &Example) -> Arc<RunResult> {
        self.cache.run(example)
    }
}

impl Extension for Examples {
    fn after_code_block(&self, page: &Input, block: &CodeBlock, files: &[(String, String)]) -> Option<String> {
        if !is_runnable(block) {
            return None;
        }
        let example = Example::from_block(block, files.to_vec());
        if !self.run {
            return Some(render::unrun_example_html(&example, block.index));
        }
        let result = self.run(&example);
        let quiz = self.quiz(page, block, files).is_some();
        Some(render::example_html(&example, &result, block.index, quiz))
    }

    fn code_html(&self, page: &Input, block: &CodeBlock, files: &[(String, String)], html: &str) -> Option<String> {
        if !is_runnable(block) {
            return None;
        }
        self.quiz(page, block, files)?;
        wrap_answer(&block.code, html)
    }

    fn fingerprint(&self) -> String {
        format!("examples run={}", self.run)
    }

    fn pages_reused(&self) {
        self.cache.keep_unused();
    }

    fn files(&self, theme: &crate::theme::Theme) -> Vec<(String, Vec<u8>)> {
        self.cache.save();
        crate::playground_assets::files(theme)
    }

    fn assets(&self) -> Assets {
        crate::playground_assets::assets()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classic_example_renders_badged_lines() {
        let example = Example {
            source: "console.log('1. Start');\nsetTimeout(() => console.log('4. setTimeout'), 0);\nPromise.resolve().then(() => console.log('3. Promise'));\nprocess.nextTick(() => console.log('2. nextTick'));\nconsole.log('5. End');\n".into(),
            filename: "main.js".into(),
            stdin: None,
            files: Vec::new(),
        };
        let result = crate::runner::run(example.options());
        let html = render::example_html(&example, &result, 0, false);
        let badges: Vec<&str> = html
            .match_indices("class=\"pg-badge")
            .map(|(i, _)| {
                let rest = &html[i..];
                let start = rest.find('>').unwrap() + 1;
                let end = rest.find("</span>").unwrap();
                &rest[start..end]
            })
            .collect();
        assert_eq!(badges, ["sync", "sync", "nextTick", "microtask", "timer"], "{html}");
        for text in ["1. Start", "5. End", "2. nextTick", "3. Promise", "4. setTimeout"] {
            assert!(html.contains(&format!("<span class=\"pg-text\">{text}</span>")), "{text} in {html}");
        }
        assert!(html.contains("exit 0"));
    }

    #[test]
    fn output_is_escaped_and_missing_modules_get_a_note() {
        let example = |source: &str| Example {
            source: source.into(),
            filename: "main.js".into(),
            stdin: None,
            files: Vec::new(),
        };
        let ex = example("console.log('<b>x</b> & y')");
        let html = render::example_html(&ex, &crate::runner::run(ex.options()), 0, false);
        assert!(html.contains("&lt;b&gt;x&lt;/b&gt; &amp; y"), "{html}");
        let ex = example("const ws = require('ws');\nnew ws.WebSocketServer({ port: 8080 });");
        let html = render::example_html(&ex, &crate::runner::run(ex.options()), 0, false);
        assert!(html.contains("pg-missing") && html.contains("<code>ws</code>"), "{html}");
        assert!(!html.contains("pg-output"));
    }
}
