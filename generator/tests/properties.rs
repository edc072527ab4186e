//! Property tests over every input surface (issue 20), on stable Rust with
//! proptest: CommonMark documents, front matter (TOML and YAML), fence
//! info strings, Mermaid sources, file and folder names, `crib.toml`, and
//! JavaScript programs for the runtime's parser and event loop. Inputs come
//! from small grammars (fragments that mean something to each parser,
//! mixed with arbitrary text), so most cases reach deep into the parsers.
//!
//! Each surface runs a few hundred cases in the normal suite (all together
//! well under a minute). `CRIB_FUZZ_CASES=N` runs N cases per surface
//! instead (`CRIB_FUZZ_CASES=1000000 cargo test --release -p crib --test
//! properties -- markdown`): the long-run mode. A failing case is shrunk by
//! proptest and printed; it then becomes a fixture (a regression case in
//! `properties/regressions.rs` style: a plain `#[test]` below).
//!
//! The properties: nothing panics; every diagnostic's span lies inside its
//! text on character boundaries and renders; heading ids are unique; a
//! name's URL is ASCII and decodes back to the name, and a link written
//! with it reaches the page; a JavaScript program always ends (output, exit
//! code or a limit), and the same program twice gives the same output.

use crib::diagnostics::Diagnostic;
use crib::markdown::{self, CodeBlock, FenceRenderer, Input, LinkMap, links};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::sync::Arc;

/// Cases per surface: `CRIB_FUZZ_CASES`, else `default`.
fn cases(default: u32) -> u32 {
    std::env::var("CRIB_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Runs `test` on `cases` values of `strategy`, failing with the shrunk case.
fn check<S: Strategy>(name: &str, cases: u32, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let config = Config { cases, failure_persistence: None, max_shrink_iters: 2_000, ..Config::default() };
    let start = std::time::Instant::now();
    let mut runner = TestRunner::new(config);
    if let Err(err) = runner.run(&strategy, test) {
        panic!("{name}: {err}");
    }
    eprintln!("{name}: {cases} cases in {:.1} s", start.elapsed().as_secs_f64());
}

/// Text made of `atoms` (and now and then any character at all).
fn text_of(atoms: &'static [&'static str], len: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => prop::sample::select(atoms).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, len).prop_map(|pieces| pieces.concat())
}

// ---------------------------------------------------------------- markdown

const MD: &[&str] = &[
    "# ",
    "## ",
    "### ",
    "#### ",
    "\n",
    "\n",
    "\n\n",
    "- ",
    "* ",
    "1. ",
    "2) ",
    "> ",
    "> [!NOTE]\n",
    "> [!WARNING]\n",
    "```js\n",
    "```\n",
    "```mermaid\n",
    "```text output\n",
    "~~~\n",
    "    ",
    "  ",
    "*",
    "**",
    "_",
    "__",
    "`",
    "``",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "![",
    "](",
    "a.md",
    "b/c.md",
    "../a.md",
    "/a.md",
    "my%20notes%20%231.md",
    "<sub dir/a b.md>",
    "caf%C3%A9.md",
    "café",
    "100%25.md",
    "%",
    "%C3",
    "%FF.md",
    "#x",
    "#",
    "|",
    "| a | b |\n",
    "|---|:-:|\n",
    "\\",
    "&amp;",
    "&#0;",
    "<div>",
    "</div>",
    "<a href=\"x.md\">",
    "</a>",
    "[^1]",
    "[^1]: ",
    "text",
    "word",
    " ",
    "\t",
    "{#id}",
    "{.cls}",
    "- [ ] ",
    "- [x] ",
    "~~",
    "https://x.org/",
    "mailto:a@b",
    "é",
    "😀",
    "\r\n",
    "<!--",
    "-->",
    "---",
    "***",
    "+++",
    "..",
    "/",
    "?q",
    "=",
    "\"",
    "'",
    "[x]: ",
    "[x]",
    "a b",
    "\u{200d}",
    "\u{0}",
    "\u{feff}",
    "title=\"t\"",
    "console.log(1)",
    "===",
    "Setext\n===\n",
];

struct Fences;

impl FenceRenderer for Fences {
    fn render(&self, block: &CodeBlock, _page: &Input, _files: &[(String, String)]) -> (String, Vec<Diagnostic>) {
        (format!("<pre>{}</pre>", markdown::escape(&block.code)), Vec::new())
    }
}

fn link_map() -> LinkMap {
    let mut map = LinkMap::default();
    for (rel, out) in [
        ("index.md", "index.html"),
        ("a.md", "a.html"),
        ("b/c.md", "b/c.html"),
        ("my notes #1.md", "my notes #1.html"),
        ("café.md", "café.html"),
        ("100%.md", "100%.html"),
        ("sub dir/a b.md", "sub dir/a b.html"),
    ] {
        map.insert(rel, out);
    }
    map
}

/// The diagnostics' spans are inside `text`, on character boundaries, and render.
fn diagnostics_are_sound(diags: &[Diagnostic], text: &str) -> Result<(), TestCaseError> {
    for d in diags {
        prop_assert!(
            d.span.start <= d.span.end && d.span.end <= text.len(),
            "span {:?} outside {} bytes",
            d.span,
            text.len()
        );
        prop_assert!(
            text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end),
            "span {:?} splits a character",
            d.span
        );
        let _ = d.render(false);
    }
    Ok(())
}

fn render_markdown(text: &str, rel: &str, out: &str, map: &LinkMap) -> Result<(), TestCaseError> {
    let text: Arc<str> = text.into();
    let input = Input {
        file: "content/x.md",
        text: &text,
        body_start: 0,
        rel_path: rel,
        output_path: out,
        links: map,
        meta: &Default::default(),
    };
    let rendered = markdown::render(&input, &Fences);
    diagnostics_are_sound(&rendered.diagnostics, &text)?;
    let mut ids = std::collections::HashSet::new();
    for heading in &rendered.headings {
        prop_assert!(ids.insert(heading.id.clone()), "heading id {:?} twice", heading.id);
    }
    // The page model's ids are element ids of the HTML it describes.
    let mut in_html = std::collections::BTreeSet::new();
    markdown::model::html_ids(&rendered.html, &mut in_html);
    for id in &rendered.ids {
        prop_assert!(in_html.contains(id), "model id {id:?} is not an id of the HTML");
    }
    let _ = crib::search::extract::sections(&rendered.html);
    Ok(())
}

#[test]
fn markdown_documents() {
    let map = link_map();
    check("markdown", cases(3_000), text_of(MD, 0..60), |text| {
        render_markdown(&text, "sub dir/a b.md", "sub dir/a b.html", &map)
    });
}

#[test]
fn markdown_arbitrary_text() {
    let map = link_map();
    check("markdown (any text)", cases(500), any::<String>(), |text| {
        render_markdown(&text, "index.md", "index.html", &map)
    });
}

// ------------------------------------------------------------ front matter

const TOML: &[&str] = &[
    "title",
    "description",
    "weight",
    "order",
    "draft",
    "slug",
    "files",
    "extra",
    " = ",
    "=",
    "\"",
    "'",
    "'''",
    "\"\"\"",
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    ",",
    ".",
    "\n",
    "1",
    "-1",
    "1e400",
    "9223372036854775808",
    "true",
    "false",
    "1979-05-27",
    "inf",
    "nan",
    "é",
    "\\u0000",
    "\\",
    "#",
    " ",
    "\"config.json\"",
    "a",
    "x.y",
    "+++",
    "---",
    "\r\n",
    "\t",
];

const YAML: &[&str] = &[
    "title",
    "description",
    "weight",
    "draft",
    "slug",
    "files",
    ": ",
    ":",
    "- ",
    "\n",
    "  ",
    "    ",
    "\"",
    "'",
    "|",
    ">",
    "{",
    "}",
    "[",
    "]",
    ",",
    "&a ",
    "*a",
    "!!str ",
    "!!int ",
    "? ",
    "1",
    "-1",
    "~",
    "null",
    "yes",
    "no",
    "true",
    "1e400",
    "é",
    "#",
    "---",
    "...",
    "+++",
    "\t",
    "config.json",
    "%YAML 1.2\n",
    "<<: ",
    "\r\n",
];

fn front_matter(text: &str) -> Result<(), TestCaseError> {
    match crib::content::front_matter::split(text) {
        Ok((_, body_start)) => {
            prop_assert!(body_start <= text.len() && text.is_char_boundary(body_start), "body at {body_start}");
        }
        Err(err) => {
            let d = Diagnostic::error("content/x.md", text, err.span, err.message);
            diagnostics_are_sound(&[d], text)?;
        }
    }
    Ok(())
}

#[test]
fn front_matter_toml() {
    let block = (text_of(TOML, 0..40), text_of(MD, 0..10));
    check("front matter (TOML)", cases(2_000), block, |(fm, body)| front_matter(&format!("+++\n{fm}\n+++\n{body}")));
}

#[test]
fn front_matter_yaml() {
    let block = (text_of(YAML, 0..40), text_of(MD, 0..10));
    check("front matter (YAML)", cases(2_000), block, |(fm, body)| front_matter(&format!("---\n{fm}\n---\n{body}")));
}

#[test]
fn front_matter_any_opening() {
    check(
        "front matter (any)",
        cases(1_000),
        text_of(&["+++", "---", "\n", "\u{feff}", " ", "a", "=", ":", "\r"], 0..20),
        |t| front_matter(&t),
    );
}

// ------------------------------------------------------------ fence info

const INFO: &[&str] = &[
    "js",
    "javascript",
    "mjs",
    "text",
    "mermaid",
    " ",
    "  ",
    "\t",
    "norun",
    "output",
    "file=",
    "stdin=",
    "\"",
    "'",
    "\\",
    "\\n",
    "\\\"",
    "=",
    "{",
    "}",
    ".",
    ",",
    "a",
    "config.json",
    "é",
    "😀",
    "{.class #id}",
    "title=\"x y\"",
];

#[test]
fn fence_info_strings() {
    check("fence info", cases(5_000), text_of(INFO, 0..16), |info| {
        let (lang, attrs) = markdown::fence_info::parse_info(&info);
        prop_assert!(!lang.contains(char::is_whitespace), "language {lang:?}");
        for key in attrs.keys() {
            prop_assert!(!key.is_empty() && !key.contains(char::is_whitespace), "attribute name {key:?}");
        }
        Ok(())
    });
}

// ------------------------------------------------------------ mermaid

const MERMAID_HEAD: &[&str] = &[
    "flowchart LR\n",
    "graph TD\n",
    "sequenceDiagram\n",
    "classDiagram\n",
    "stateDiagram-v2\n",
    "erDiagram\n",
    "pie\n",
    "gitGraph\n",
    "timeline\n",
    "mindmap\n",
    "journey\n",
    "",
];

const MERMAID: &[&str] = &[
    "A",
    "B",
    "C",
    "-->",
    "---",
    "-.->",
    "==>",
    "--o",
    "|label|",
    "[",
    "]",
    "(",
    ")",
    "{",
    "}",
    "((",
    "))",
    ">",
    "\n",
    "  ",
    ";",
    ":",
    "participant ",
    "->>",
    "-->>",
    "Note over A: x",
    "loop",
    "end",
    "alt",
    "else",
    "class ",
    "<|--",
    "state ",
    "[*]",
    "||--o{",
    "\"",
    "title ",
    "commit",
    "branch x",
    "checkout x",
    "merge x",
    "section ",
    "é",
    "😀",
    "%%",
    "subgraph ",
    "click ",
    "style A fill:#f9f",
    "classDef c fill:#f00",
    ":::c",
    "&",
    "<br>",
    "#quot;",
    "1",
    "-1",
    "\t",
];

#[test]
fn mermaid_sources() {
    let source = (prop::sample::select(MERMAID_HEAD), text_of(MERMAID, 0..30));
    check("mermaid", cases(200), source, |(head, body)| {
        let source = format!("{head}{body}");
        match crib::diagrams::render_fence(&source, "d-0") {
            Ok(svg) => {
                prop_assert!(svg.starts_with("<svg") || svg.contains("<svg"), "not SVG: {}", &svg[..svg.len().min(80)])
            }
            Err(err) => prop_assert!(err.line >= 1, "line {}", err.line),
        }
        Ok(())
    });
}

// ------------------------------------------------------------ names

const NAME: &[&str] = &[
    "a", "b", "Z", "0", " ", "  ", "#", "?", "%", "%20", "%25", "&", "+", "=", ";", ":", "@", "!", "'", "\"", "(", ")",
    "[", "]", "{", "}", "~", "-", "_", ".", ",", "é", "e\u{301}", "ß", "İ", "😀", "日本", "\u{200b}", "\t", "index",
    "md", "\\", "<", ">", "|", "*", "^", "`",
];

/// A file or folder name most file systems accept.
fn name() -> impl Strategy<Value = String> {
    text_of(NAME, 1..8).prop_filter("a real name", |n| !n.is_empty() && !n.starts_with('.') && !n.contains(['/', '\0']))
}

#[test]
fn names_round_trip_through_urls_and_links() {
    let path = (prop::collection::vec(name(), 0..3), name(), prop::collection::vec(name(), 0..3));
    check("names", cases(5_000), path, |(dirs, file, from_dirs)| {
        let rel = dirs.iter().chain([&format!("{file}.md")]).cloned().collect::<Vec<_>>().join("/");
        let out = format!("{}.html", rel.strip_suffix(".md").unwrap_or(&rel));
        let url = links::encode_path(&out);
        prop_assert!(url.is_ascii() && !url.contains([' ', '#', '?', '\\', '"', '<', '>']), "{out:?} -> {url:?}");
        prop_assert!(!url.split('/').next().unwrap_or("").contains(':'), "{url:?} looks like a scheme");
        let decoded = links::decode_path(&url);
        prop_assert_eq!(decoded.as_deref(), Some(out.as_str()));

        let from_rel = from_dirs.iter().chain([&"page.md".to_string()]).cloned().collect::<Vec<_>>().join("/");
        let from_out = from_rel.replace(".md", ".html");
        let mut map = LinkMap::default();
        map.insert(&rel, &out);
        // The link an author writes: the target, relative, percent-encoded.
        let written = links::encode_path(&links::relative(from_rel.rsplit_once('/').map_or("", |(d, _)| d), &rel));
        match map.rewrite(&format!("{written}#frag"), &from_rel, &from_out) {
            links::Rewrite::To(href) => {
                let (path, frag) = href.split_once('#').expect("fragment kept");
                prop_assert_eq!(frag, "frag");
                let from_dir = from_out.rsplit_once('/').map_or("", |(d, _)| d);
                let joined = if from_dir.is_empty() {
                    links::decode_path(path).unwrap()
                } else {
                    format!("{from_dir}/{}", links::decode_path(path).unwrap())
                };
                prop_assert_eq!(links::normalize(&joined), Some(out.clone()), "{} from {}", href, from_out);
            }
            other => prop_assert!(false, "{written:?} from {from_rel:?}: {other:?}"),
        }
        Ok(())
    });
}

/// Real files with such names, loaded: every page found, nothing panics.
#[test]
fn names_on_disk_load() {
    let tree = prop::collection::vec((prop::option::of(name()), name()), 1..6);
    check("names on disk", cases(60), tree, |files| {
        let dir = tempfile::tempdir().unwrap();
        let mut expected = std::collections::BTreeSet::new();
        for (folder, file) in &files {
            let rel = match folder {
                Some(folder) => format!("{folder}/{file}.md"),
                None => format!("{file}.md"),
            };
            let path = dir.path().join("content").join(&rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            if std::fs::write(&path, format!("# {file}\n")).is_ok() {
                expected.insert(rel);
            }
        }
        let content = crib::content::load(dir.path());
        let found: std::collections::BTreeSet<String> = content.pages.iter().map(|p| p.rel_path.clone()).collect();
        // A folder and a page can share a name only where the file system lets both exist.
        prop_assert!(
            expected.iter().all(|rel| found.contains(rel) || !dir.path().join("content").join(rel).is_file()),
            "{expected:?} vs {found:?}"
        );
        for page in &content.pages {
            prop_assert_eq!(format!("{}.html", page.rel_path.strip_suffix(".md").unwrap()), page.output_path.clone());
        }
        for d in &content.diagnostics {
            let _ = d.render(false);
        }
        Ok(())
    });
}

// ------------------------------------------------------------ crib.toml

const CONFIG: &[&str] = &[
    "title",
    "description",
    "author",
    "language",
    "theme",
    "base_url",
    "[build]",
    "run_examples",
    "[markdown]",
    "[x]",
    " = ",
    "\"",
    "'",
    "\n",
    "true",
    "1",
    "\"https://e.org/\"",
    "\"default\"",
    "\"../x\"",
    "\"\"",
    "é",
    "[",
    "]",
    "{",
    "}",
    ",",
    "#",
    "\\",
    "\"\"\"",
    "=",
];

#[test]
fn crib_toml() {
    check("crib.toml", cases(3_000), text_of(CONFIG, 0..30), |text| {
        if let Err(d) = crib::config::Config::parse(&text) {
            diagnostics_are_sound(&[d], &text)?;
        }
        Ok(())
    });
}

// ------------------------------------------------------------ JavaScript

/// A statement of a small grammar over the event loop's queues.
fn statement() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        (0u8..10).prop_map(|n| format!("console.log({n});")),
        (0u8..10).prop_map(|n| format!("console.error('e{n}');")),
        Just("i++;".to_string()),
        Just("throw new Error('boom');".to_string()),
        Just("process.exitCode = 3;".to_string()),
        Just("JSON.parse('{');".to_string()),
        Just("null.x;".to_string()),
        Just("console.log([1, {a: 2}], 'é😀', -0, 1n, Symbol('s'));".to_string()),
        Just("await null;".to_string()),
        Just("let x = ".to_string()),
        Just("}".to_string()),
    ];
    leaf.prop_recursive(4, 40, 4, |inner| {
        let body = prop::collection::vec(inner, 0..4).prop_map(|s| s.join(" "));
        prop_oneof![
            (body.clone(), 0u8..5).prop_map(|(b, ms)| format!("setTimeout(() => {{ {b} }}, {ms});")),
            body.clone().prop_map(|b| format!("setImmediate(() => {{ {b} }});")),
            body.clone().prop_map(|b| format!("process.nextTick(() => {{ {b} }});")),
            body.clone().prop_map(|b| format!("queueMicrotask(() => {{ {b} }});")),
            body.clone().prop_map(|b| format!("Promise.resolve().then(() => {{ {b} }});")),
            body.clone().prop_map(|b| format!("Promise.reject(new Error('r')).catch(() => {{ {b} }});")),
            body.clone().prop_map(|b| format!("(async () => {{ {b} }})();")),
            body.clone().prop_map(|b| format!("try {{ {b} }} catch (e) {{ console.log('caught'); }}")),
            body.clone().prop_map(|b| format!("for (let k = 0; k < 2; k++) {{ {b} }}")),
            body.clone().prop_map(|b| format!("require('fs').readFile(__filename, () => {{ {b} }});")),
            body.prop_map(|b| format!("const t = setInterval(() => {{ clearInterval(t); {b} }}, 1);")),
        ]
    })
}

fn program() -> impl Strategy<Value = String> {
    prop::collection::vec(statement(), 1..6).prop_map(|s| format!("var i = 0;\n{}\n", s.join("\n")))
}

fn run_js(source: &str) -> playground::RunResult {
    let mut options = playground::RunOptions { source: source.to_string(), ..Default::default() };
    options.limits.loop_iterations = 10_000;
    playground::run(&options)
}

#[test]
fn javascript_programs() {
    check("javascript", cases(100), program(), |source| {
        let first = run_js(&source);
        let second = run_js(&source);
        prop_assert_eq!(
            first.text(playground::Stream::Stdout),
            second.text(playground::Stream::Stdout),
            "a run saw the run before it"
        );
        prop_assert_eq!(first.exit_code, second.exit_code);
        Ok(())
    });
}

#[test]
fn javascript_token_soup() {
    const JS: &[&str] = &[
        "(",
        ")",
        "{",
        "}",
        "[",
        "]",
        "=>",
        "function",
        "async",
        "await",
        "yield",
        "class",
        "new",
        "let",
        "const",
        "var",
        "x",
        "y",
        ";",
        ",",
        ".",
        "?.",
        "??",
        "`",
        "${",
        "'",
        "\"",
        "/",
        "/*",
        "*/",
        "//",
        "\n",
        " ",
        "=",
        "+",
        "++",
        "-",
        "**",
        "import",
        "export",
        "from",
        "'fs'",
        "require",
        "console.log",
        "setTimeout",
        "Promise",
        "then",
        "return",
        "if",
        "else",
        "for",
        "of",
        "in",
        "while",
        "try",
        "catch",
        "finally",
        "throw",
        "0",
        "1n",
        "0x",
        "1e",
        "é",
        "\\u{",
        "#x",
        "super",
        "this",
        "delete",
        "typeof",
        "label:",
        "break",
    ];
    check("javascript (tokens)", cases(300), text_of(JS, 0..40), |source| {
        let _ = run_js(&source);
        Ok(())
    });
}

// ------------------------------------------------------------ Regressions

/// Found by the long `javascript_programs` run (seed 11): a second `const`
/// of the same name in a function body (here the CommonJS wrapper's) was
/// not an early error, so the program ran, its interval never cleared, and
/// two runs stopped at different points. Node refuses to compile it.
#[test]
fn a_redeclared_const_is_a_syntax_error() {
    let source = "var i = 0;\nconst t = setInterval(() => { clearInterval(t); setImmediate(() => { console.log(1); }); }, 1);\nconst t = setInterval(() => { clearInterval(t);  }, 1);\n";
    let first = run_js(source);
    let second = run_js(source);
    assert_eq!(first.exit_code, 1);
    assert_eq!(first.text(playground::Stream::Stdout), "");
    let stderr = first.text(playground::Stream::Stderr);
    assert!(stderr.contains("SyntaxError: Identifier 't' has already been declared"), "{stderr}");
    assert_eq!(stderr, second.text(playground::Stream::Stderr));
    // The same rule inside any function, and what stays allowed there.
    let inner = run_js("function f() { let a = 1; var a; }\n");
    assert!(inner.text(playground::Stream::Stderr).contains("Identifier 'a' has already been declared"));
    let allowed = run_js(
        "function f() { function g() {} var g; let h = 1; { let h = 2; } return typeof g; }\nconsole.log(f());\n",
    );
    assert_eq!((allowed.exit_code, allowed.text(playground::Stream::Stdout).as_str()), (0, "function\n"));
}
