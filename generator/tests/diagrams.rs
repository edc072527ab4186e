//! The diagrams stage on its own: every gallery fixture renders to an
//! accessible, id-scoped, themed SVG; broken fixtures give the expected
//! diagnostic; the cache serves repeats; the shared samples render (when
//! `../shared` exists on this machine).
//!
//! Fixtures: `tests/diagrams/gallery/*.mmd` (one per supported diagram
//! type) and `tests/diagrams/errors/<case>.mmd` with `<case>.expected`
//! (`line:column` on the first line, a substring of the message on the
//! second).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crib::diagrams::{render_fence, render_fence_cached};

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diagrams").join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "mmd"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", dir.display());
    files
}

fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

/// Every value of `name="…"` in `html`.
fn attr_values<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let needle = format!(" {name}=\"");
    html.match_indices(&needle)
        .map(|(at, _)| {
            let from = at + needle.len();
            &html[from..from + html[from..].find('"').unwrap()]
        })
        .collect()
}

/// The CSS selectors of every rule in every `<style>` element, at-rules'
/// inner rules included (`@media`), `@keyframes` frames excluded.
fn style_selectors(svg: &str) -> Vec<String> {
    let mut selectors = Vec::new();
    for (at, _) in svg.match_indices("<style") {
        let body_start = at + svg[at..].find('>').unwrap() + 1;
        let body = &svg[body_start..body_start + svg[body_start..].find("</style>").unwrap()];
        let mut depth_kinds: Vec<bool> = Vec::new(); // true = inside @keyframes
        let mut prelude = String::new();
        for c in body.chars() {
            match c {
                '{' => {
                    let p = prelude.trim().to_string();
                    let in_keyframes = depth_kinds.last().copied().unwrap_or(false);
                    if p.starts_with('@') {
                        depth_kinds.push(p.starts_with("@keyframes") || p.starts_with("@-webkit-keyframes"));
                    } else {
                        if !in_keyframes {
                            selectors.extend(p.split(',').map(|s| s.trim().to_string()));
                        }
                        depth_kinds.push(in_keyframes);
                    }
                    prelude.clear();
                }
                '}' => {
                    depth_kinds.pop();
                    prelude.clear();
                }
                ';' if depth_kinds.is_empty() => prelude.clear(),
                _ => prelude.push(c),
            }
        }
    }
    selectors
}

/// Structural checks every rendered fence must pass.
fn assert_well_formed(html: &str, id: &str, what: &str) {
    assert!(html.starts_with("<figure class=\"diagram\""), "{what}: not a figure");
    assert!(html.contains("<details class=\"diagram-source\"><summary>Show source"), "{what}: no source toggle");
    assert!(!html.contains("<foreignObject"), "{what}: HTML labels (htmlLabels must be false)");
    assert!(html.contains(" role=\"img\""), "{what}: no role=img");
    assert!(!html.contains("NaN"), "{what}: NaN in the drawing");
    let ids: Vec<&str> = attr_values(html, "id");
    for element_id in &ids {
        assert!(element_id.starts_with(id), "{what}: id `{element_id}` is not scoped under `{id}`");
    }
    let unique: HashSet<&&str> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "{what}: an id repeats inside one diagram");
    // Every idref points at an element of this diagram.
    for list in attr_values(html, "aria-labelledby").into_iter().chain(attr_values(html, "aria-describedby")) {
        for target in list.split(' ') {
            assert!(ids.contains(&target), "{what}: aria reference `{target}` has no element");
        }
    }
    for (at, _) in html.match_indices("url(#") {
        let rest = &html[at + 5..];
        let target = &rest[..rest.find(')').unwrap()];
        assert!(ids.contains(&target), "{what}: url(#{target}) has no element");
    }
    // <title> and <desc> exist and are referenced.
    assert!(html.contains("<title id=\""), "{what}: no <title>");
    assert!(html.contains("<desc id=\""), "{what}: no <desc>");
    // The diagram's own CSS only reaches into the diagram.
    for selector in style_selectors(html) {
        if selector.is_empty()
            || selector.starts_with(|c: char| c.is_ascii_digit())
            || selector == "from"
            || selector == "to"
        {
            continue;
        }
        assert!(selector.starts_with(&format!("#{id}")), "{what}: CSS rule `{selector}` is not scoped to #{id}");
    }
}

#[test]
fn every_gallery_diagram_renders_accessible_scoped_and_themed() {
    for path in fixtures("gallery") {
        let source = std::fs::read_to_string(&path).unwrap();
        let id = format!("gallery-{}", stem(&path));
        let html = render_fence(&source, &id).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_well_formed(&html, &id, &stem(&path));
        assert!(html.contains("light-dark("), "{}: no colour follows the theme", stem(&path));
    }
}

#[test]
fn each_supported_type_is_named_in_the_default_title() {
    let cases = [
        ("02-graph-subgraphs", "Flowchart"),
        ("04-class", "Class diagram"),
        ("05-state", "State diagram"),
        ("06-er", "Entity relationship diagram"),
        ("07-pie", "Pie chart"),
        ("08-gitgraph", "Git graph"),
        ("09-timeline", "Timeline"),
        ("10-mindmap", "Mind map"),
    ];
    for (name, title) in cases {
        let path = fixtures("gallery").into_iter().find(|p| stem(p) == name).unwrap();
        let html = render_fence(&std::fs::read_to_string(&path).unwrap(), "t").unwrap();
        assert!(html.contains(&format!("\">{title}</title>")), "{name}: title `{title}` missing");
    }
}

#[test]
fn acc_title_and_acc_descr_become_title_and_desc() {
    let path = fixtures("gallery").into_iter().find(|p| stem(p) == "01-flowchart").unwrap();
    let html = render_fence(&std::fs::read_to_string(&path).unwrap(), "acc").unwrap();
    assert!(html.contains(">Request handling in an HTTP server</title>"), "{html:.600}");
    assert!(html.contains(">A request passes through the router and middleware"), "no desc");
}

#[test]
fn source_toggle_shows_the_escaped_mermaid_text() {
    let html = render_fence("flowchart LR\n  A[\"a < b & c\"] --> B\n", "esc").unwrap();
    assert!(html.contains("<code class=\"language-mermaid\" id=\"esc-source\">flowchart LR\n  A[&quot;a &lt; b &amp; c&quot;] --&gt; B</code>"), "{html}");
}

#[test]
fn two_diagrams_on_one_page_share_no_id() {
    let source = std::fs::read_to_string(&fixtures("gallery")[0]).unwrap();
    let a = render_fence(&source, "page-1").unwrap();
    let b = render_fence(&source, "page-2").unwrap();
    let ids_a: HashSet<&str> = attr_values(&a, "id").into_iter().collect();
    let ids_b: HashSet<&str> = attr_values(&b, "id").into_iter().collect();
    assert!(ids_a.is_disjoint(&ids_b), "shared: {:?}", ids_a.intersection(&ids_b).collect::<Vec<_>>());
    assert_eq!(a.replace("page-1", "X"), b.replace("page-2", "X"), "same diagram, only ids differ");
}

#[test]
fn odd_ids_are_made_valid_and_stay_distinct() {
    let a = render_fence("pie\n \"a\" : 1\n", "1 weird/id").unwrap();
    let b = render_fence("pie\n \"a\" : 1\n", "1 weird.id").unwrap();
    let root = |h: &str| attr_values(h, "id")[0].to_string();
    assert_ne!(root(&a), root(&b));
    assert!(root(&a).chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'), "{}", root(&a));
}

#[test]
fn broken_diagrams_give_the_expected_diagnostic() {
    for path in fixtures("errors") {
        let source = std::fs::read_to_string(&path).unwrap();
        let expected = std::fs::read_to_string(path.with_extension("expected"))
            .unwrap_or_else(|_| panic!("{}: missing .expected", path.display()));
        let mut lines = expected.lines();
        let position = lines.next().unwrap().trim();
        let message = lines.next().unwrap_or("").trim();
        let error = render_fence(&source, "err").expect_err(&stem(&path));
        assert_eq!(format!("{}:{}", error.line, error.column), position, "{}: {error}", stem(&path));
        assert!(error.message.contains(message), "{}: message `{}` lacks `{message}`", stem(&path), error.message);
    }
}

#[test]
fn cache_on_disk_serves_a_rebuild_and_keeps_ids_unique() {
    let dir = std::env::temp_dir().join(format!("crib-diagram-cache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let source = "flowchart LR\n  cached --> on_disk\n";
    let first = render_fence_cached(source, "c-1", &dir).unwrap();
    let entries: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(entries.len(), 1, "one cache file per diagram");
    // Poison the memory cache's competitor: a disk hit must give the same SVG.
    crib::diagrams::clear_memory_cache();
    let second = render_fence_cached(source, "c-2", &dir).unwrap();
    assert_eq!(first.replace("c-1", "X"), second.replace("c-2", "X"));
    assert!(!second.contains("c-1"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_shared_samples_render_when_present() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/samples");
    let dir = if dir.exists() { dir } else { PathBuf::from("/work/shared/samples") };
    let Ok(entries) = std::fs::read_dir(dir.join("mermaid")) else {
        eprintln!("../shared/samples not on this machine: skipped");
        return;
    };
    let mut count = 0;
    for entry in entries {
        let path = entry.unwrap().path();
        let source = std::fs::read_to_string(&path).unwrap();
        let id = format!("s-{}", stem(&path));
        let html = render_fence(&source, &id).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_well_formed(&html, &id, &stem(&path));
        count += 1;
    }
    assert_eq!(count, 12);
    let cheatsheet = std::fs::read_to_string(dir.join("node-backend-cheatsheet.md")).unwrap();
    let fence = cheatsheet.split("```mermaid\n").nth(1).unwrap().split("```").next().unwrap();
    let html = render_fence(fence, "cheatsheet").unwrap();
    assert_well_formed(&html, "cheatsheet", "cheatsheet flowchart");
    assert!(html.contains("Run Macrotasks: Timers, I/O, setImmediate"));
}

/// The text a reader sees in each `<text>` of the figure's SVG: tags
/// stripped (each `<tspan>` may start a row: a space), entities decoded
/// once, whitespace runs collapsed as SVG does.
fn drawn_texts(html: &str) -> Vec<String> {
    let svg = &html[html.find("<svg").unwrap()..html.rfind("</svg>").unwrap()];
    svg.split("<text")
        .skip(1)
        .map(|t| {
            let body = &t[t.find('>').unwrap() + 1..t.find("</text>").unwrap_or(t.len())];
            let mut plain = String::new();
            let mut in_tag = false;
            for c in body.chars() {
                match c {
                    '<' => {
                        in_tag = true;
                        plain.push(' ');
                    }
                    '>' if in_tag => in_tag = false,
                    _ if !in_tag => plain.push(c),
                    _ => {}
                }
            }
            assert!(!plain.contains('<'), "unescaped < in {plain}");
            let decoded = plain
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
            decoded.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

#[test]
fn label_text_is_exactly_what_the_author_wrote() {
    let flowchart = "flowchart TD\n    A[\"fetch(url, {method: 'GET'})\"] --> B{\"status >= 400?\"}\n    B -->|\"a > b\"| C[x > y & z < w]\n    B -- \"p < q\" --> D([\"it's 'quoted' & more\"])\n    C -->|1 > 0| D\n    D --> E[\"res.json()<br/>parse body\"]\n";
    let texts = drawn_texts(&render_fence(flowchart, "gt").unwrap());
    // `<br/>` stays a line break: two rows, no visible tag.
    for expected in
        ["status >= 400?", "a > b", "x > y & z < w", "p < q", "it's 'quoted' & more", "1 > 0", "res.json() parse body"]
    {
        assert!(texts.iter().any(|t| t == expected), "`{expected}` not drawn; texts: {texts:?}");
    }
    let er = "erDiagram\n    A ||--o{ B : \"x > y\"\n    A ||--|{ C : \"a < b & c\"\n";
    let texts = drawn_texts(&render_fence(er, "ergt").unwrap());
    for expected in ["x > y", "a < b & c"] {
        assert!(texts.iter().any(|t| t == expected), "`{expected}` not drawn; texts: {texts:?}");
    }
    // A parse error still points into the author's text, not the escaped one.
    let error = render_fence("flowchart LR\n    A[\"a > b\"] --> B{oops\n", "e").unwrap_err();
    assert_eq!((error.line, error.column), (2, 21), "{error}");
}
