//! A cheat sheet shaped like the real ones: GFM tables, JS and Rust fences,
//! a Mermaid fence, repeated heading text, emoji and mojibake.

use crate::common::{Site, main_of};
use crate::highlight::code_blocks;
use std::collections::HashSet;

fn ids(html: &str) -> Vec<String> {
    html.split(" id=\"").skip(1).map(|s| s.split('"').next().unwrap().to_string()).collect()
}

/// GFM table delimiter rows (`| --- | :---: |`) outside code fences.
fn delimiter_rows(source: &str) -> usize {
    let mut in_fence = false;
    let mut count = 0;
    for line in source.lines() {
        let t = line.trim();
        if t.starts_with("```") || t.starts_with("~~~") {
            in_fence = !in_fence;
        } else if !in_fence && t.contains('|') && t.contains("--") && t.chars().all(|c| "|:- \t".contains(c)) {
            count += 1;
        }
    }
    count
}

fn check_cheatsheet(html: &str, source: &str) {
    let main = main_of(html);
    // Tables render as tables.
    let tables_in_source = delimiter_rows(source);
    assert_eq!(main.matches("<table>").count(), tables_in_source);
    // Every code block with a language is highlighted.
    for (lang, body) in code_blocks(main) {
        if !lang.is_empty() && lang != "text" {
            assert!(body.contains("<span class=\""), "{lang} block not highlighted");
        }
    }
    // Heading ids are unique.
    let all = ids(main);
    let unique: HashSet<_> = all.iter().collect();
    assert_eq!(all.len(), unique.len(), "duplicate ids: {all:?}");
    // Emoji and mojibake pass through untouched.
    for piece in ["🟢", "‚Äî", "‚Üí"] {
        if source.contains(piece) {
            assert!(main.contains(piece), "{piece} lost");
        }
    }
}

#[test]
fn own_cheatsheet_fixture_renders() {
    let site = Site::fixture("cheatsheet/node");
    site.build_ok();
    let html = site.read("index.html");
    let source = std::fs::read_to_string(crate::common::fixtures().join("cheatsheet/node/content/index.md")).unwrap();
    check_cheatsheet(&html, &source);
    assert!(html.contains("id=\"2-ordering-puzzle\""));
    assert!(html.contains("id=\"2-ordering-puzzle-1\""));
    assert!(html.contains("√© are not"));
    assert!(html.contains("✅"));
    insta::assert_snapshot!("cheatsheet_main", main_of(&html));
}

/// The shared sample, when the machine has it (never copied into the repo).
#[test]
fn shared_sample_renders_the_same_way() {
    // `shared/` sits beside the clone (CI) or further up (worktrees).
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let sample =
        manifest.ancestors().map(|dir| dir.join("shared/samples/node-backend-cheatsheet.md")).find(|p| p.is_file());
    let Some(source) = sample.and_then(|p| std::fs::read_to_string(p).ok()) else {
        eprintln!("skipped: shared/samples/node-backend-cheatsheet.md not found");
        return;
    };
    let site = Site::empty();
    site.write("content/index.md", &source);
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = site.read("index.html");
    check_cheatsheet(&html, &source);
    assert!(html.contains("id=\"2-nodejs-vs-browser---key-differences\""), "GitHub-style slug");
}
