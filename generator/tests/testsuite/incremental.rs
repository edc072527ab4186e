//! Incremental builds: a build reuses the pages whose inputs did not change
//! (hard-linked from the last output), and its output is byte for byte what
//! a cold build of the same inputs gives, after no change, a body edit, a
//! title edit, a template change, a hand-edited output file, and `--no-run`.

use crate::common::Site;
use crate::support::tree;
use std::collections::BTreeMap;
use std::path::Path;

#[cfg(unix)]
fn inode(path: &Path) -> u64 {
    std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(path).unwrap())
}

/// A few sections and pages with highlighted code, a runnable example, a
/// diagram and an unknown language (a warning that must be repeated).
fn write_site(site: &Site) {
    site.write("crib.toml", "title = \"Incremental\"\n");
    site.write("content/index.md", "# Home\n\nWelcome. See [the first page](a/one.md).\n");
    for (dir, pages) in [("a", ["one", "two", "three"]), ("b", ["four", "five", "six"])] {
        for (i, name) in pages.iter().enumerate() {
            site.write(
                &format!("content/{dir}/{name}.md"),
                format!(
                    "+++\nweight = {i}\n+++\n\n# Page {name}\n\nText of {name}.\n\n## Code\n\n```rust\nfn {name}() -> u32 {{ {i} }}\n```\n\n```js\nconsole.log('{name}');\nsetTimeout(() => console.log('later'), 0);\n```\n\n```klingon\nqapla'\n```\n"
                ),
            );
        }
    }
    site.write("content/b/diagram.md", "# Diagram\n\n```mermaid\nflowchart LR\n  A --> B\n```\n");
}

/// A site with the same inputs as `site`, built cold (no cache, no output).
fn cold(site: &Site, extra: &[&str]) -> (BTreeMap<String, Vec<u8>>, String) {
    let fresh = Site::empty();
    for rel in ["crib.toml", "content", "themes"] {
        let from = site.root().join(rel);
        if from.is_dir() {
            for entry in walkdir::WalkDir::new(&from) {
                let entry = entry.unwrap();
                if entry.file_type().is_file() {
                    let r = entry.path().strip_prefix(site.root()).unwrap().to_string_lossy().into_owned();
                    fresh.write(&r, std::fs::read(entry.path()).unwrap());
                }
            }
        } else if from.is_file() {
            fresh.write(rel, std::fs::read(&from).unwrap());
        }
    }
    let run = fresh.build_args(extra);
    assert_eq!(run.code, 0, "{}", run.stderr);
    (tree(&fresh.root().join("dist")), run.stderr.replace(&fresh.root().display().to_string(), "<site>"))
}

fn build(site: &Site, extra: &[&str]) -> String {
    let run = site.build_args(extra);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stderr
}

#[test]
fn warm_builds_equal_cold_builds() {
    let site = Site::empty();
    write_site(&site);
    let dist = site.root().join("dist");
    let first_warnings = build(&site, &[]);
    assert!(first_warnings.contains("unknown language `klingon`"), "{first_warnings}");
    let first = tree(&dist);
    let (cold_first, cold_warnings) = cold(&site, &[]);
    assert!(first == cold_first, "a first build is a cold build");

    // Nothing changed: same bytes, same warnings, and the pages were linked, not written.
    let page = dist.join("b/five.html");
    let before = inode(&page);
    assert_eq!(build(&site, &[]), first_warnings, "warnings of reused pages are shown again");
    assert!(tree(&dist) == first, "no-change rebuild is byte-identical");
    assert_eq!(inode(&page), before, "an unchanged page is reused (same file)");
    assert_eq!(cold_warnings, first_warnings);

    // One page's body changes.
    site.write(
        "content/a/two.md",
        std::fs::read_to_string(site.root().join("content/a/two.md"))
            .unwrap()
            .replace("Text of two.", "Text of two, edited."),
    );
    build(&site, &[]);
    let warm = tree(&dist);
    assert!(warm == cold(&site, &[]).0, "after a body edit: warm == cold");
    assert!(String::from_utf8_lossy(&warm["a/two.html"]).contains("Text of two, edited."));
    assert_eq!(inode(&page), before, "a page in another section is still reused");
    assert!(warm["search-index.js"] != first["search-index.js"], "the search index follows the edit");

    // One page's title changes: its neighbours' navigation changes too.
    site.write(
        "content/a/one.md",
        std::fs::read_to_string(site.root().join("content/a/one.md")).unwrap().replace("# Page one", "# Page uno"),
    );
    build(&site, &[]);
    assert!(tree(&dist) == cold(&site, &[]).0, "after a title edit: warm == cold");
    assert!(
        String::from_utf8_lossy(&tree(&dist)["a/two.html"]).contains("Page uno"),
        "the neighbour shows the new title"
    );

    // A template override: every page is rendered again.
    site.write("themes/default/templates/page.html", "{% extends \"base.html\" %}{% block content %}<div class=\"custom\">{{ page.content | safe }}</div>{% endblock content %}");
    build(&site, &[]);
    assert!(tree(&dist) == cold(&site, &[]).0, "after a template change: warm == cold");
    assert!(String::from_utf8_lossy(&tree(&dist)["b/five.html"]).contains("class=\"custom\""));
    assert_ne!(inode(&page), before, "the template change re-rendered the page");

    // An output file edited by hand is rendered again, not trusted.
    let before = inode(&page);
    std::fs::write(&page, "scribbled").unwrap();
    build(&site, &[]);
    assert!(tree(&dist) == cold(&site, &[]).0, "a hand-edited output file is repaired");
    let _ = before;

    // Examples not run: a different page, equal to a cold --no-run build.
    build(&site, &["--no-run"]);
    let no_run = tree(&dist);
    assert!(no_run == cold(&site, &["--no-run"]).0, "--no-run: warm == cold");
    assert!(!String::from_utf8_lossy(&no_run["b/five.html"]).contains("build-time run"));
    assert!(String::from_utf8_lossy(&no_run["b/five.html"]).contains("not run at build time"));
    build(&site, &[]);
    assert!(String::from_utf8_lossy(&tree(&dist)["b/five.html"]).contains("build-time run"));
}

#[test]
fn a_deleted_page_disappears_and_a_new_one_appears() {
    let site = Site::empty();
    write_site(&site);
    build(&site, &[]);
    std::fs::remove_file(site.root().join("content/b/six.md")).unwrap();
    site.write("content/b/seven.md", "# Seven\n\nNew.\n");
    build(&site, &[]);
    let warm = tree(&site.root().join("dist"));
    assert!(!warm.contains_key("b/six.html") && warm.contains_key("b/seven.html"));
    assert!(warm == cold(&site, &[]).0, "after adding and removing pages: warm == cold");
}
