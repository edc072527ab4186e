//! `crib serve`'s in-memory site (`site::Pipeline::live`) after each kind of
//! change: the folder it updates in place holds byte for byte what a cold
//! build of the same sources gives, and only the files that had to change
//! were touched (a file crib rewrites is replaced by a new one: a new inode).
//! Body edit, title edit, new and deleted pages, assets, a template, crib.toml,
//! a broken file (nothing changes) and its fix.

mod support;

use crib::site::{BuildOptions, Features, Pipeline};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use support::{tree, write};

/// Every file under `dir`: relative path -> inode.
#[cfg(unix)]
fn inodes(dir: &Path) -> BTreeMap<String, u64> {
    use std::os::unix::fs::MetadataExt;
    tree(dir).into_keys().map(|rel| (rel.clone(), std::fs::metadata(dir.join(&rel)).unwrap().ino())).collect()
}

/// The files whose inode differs, and those added or removed.
#[cfg(unix)]
fn touched(before: &BTreeMap<String, u64>, after: &BTreeMap<String, u64>) -> Vec<String> {
    let mut names: Vec<String> =
        before.keys().chain(after.keys()).filter(|k| before.get(*k) != after.get(*k)).cloned().collect();
    names.sort();
    names.dedup();
    names
}

struct Fixture {
    _dir: tempfile::TempDir,
    root: PathBuf,
    out: PathBuf,
    live: Pipeline,
}

/// What `crib serve` builds, with examples not run.
const SERVE: Features = Features { examples: Some(false), search: true, offline: false };

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        let out = dir.path().join("served");
        let f = |rel: &str, text: &str| write(&root, rel, text);
        f("crib.toml", "title = \"Live\"\n");
        f("content/index.md", "# Home\n\nWelcome. See [one](a/one.md).\n");
        for (dir, names) in [("a", ["one", "two", "three"]), ("b", ["four", "five", "six"])] {
            for (i, name) in names.iter().enumerate() {
                f(
                    &format!("content/{dir}/{name}.md"),
                    &format!(
                        "+++\nweight = {i}\n+++\n\n# Page {name}\n\nText of {name}.\n\n## Code\n\n```rust\nfn {name}() {{}}\n```\n\n```js\nconsole.log('{name}');\n```\n\n```klingon\nqapla'\n```\n"
                    ),
                );
            }
        }
        f("content/b/picture.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        let live = Pipeline::live(options(&root, &out), SERVE).unwrap();
        let mut fixture = Fixture { _dir: dir, root, out, live };
        let report = fixture.build(&[]);
        assert_eq!(report.reused, 0);
        fixture
    }

    /// Builds after `changed` (paths under the site root) and checks the
    /// output against a cold build.
    fn build(&mut self, changed: &[&str]) -> crib::site::BuildReport {
        let changed: Vec<PathBuf> = changed.iter().map(|rel| self.root.join(rel)).collect();
        let report = self.live.build(&changed);
        assert!(report.written, "{:?}", report.diagnostics);
        self.live.save_caches();
        assert!(tree(&self.out) == cold(&self.root), "the served folder equals a cold build");
        report
    }

    fn write(&self, rel: &str, text: &str) {
        write(&self.root, rel, text);
    }

    fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = std::fs::read_to_string(self.root.join(rel)).unwrap();
        assert!(text.contains(from), "{rel} has {from:?}");
        self.write(rel, &text.replace(from, to));
    }
}

fn options(root: &Path, out: &Path) -> BuildOptions {
    BuildOptions { root: root.to_path_buf(), out: out.to_path_buf(), cache_dir: Some(root.join(".crib-cache")) }
}

/// What `crib build` (same extensions as serve: examples not run, search) writes for `root`.
fn cold(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let dir = tempfile::tempdir().unwrap();
    let mut options = options(root, &dir.path().join("dist"));
    options.cache_dir = None;
    let report = Pipeline::one_off(options.clone(), SERVE).build(&[]);
    assert!(report.written, "{:?}", report.diagnostics);
    tree(&options.out)
}

#[cfg(unix)]
#[test]
fn each_change_touches_only_what_it_changes() {
    let mut site = Fixture::new();

    // Nothing changed (a file saved unchanged): nothing rewritten at all.
    let before = inodes(&site.out);
    let report = site.build(&["content/a/two.md"]);
    assert_eq!(report.pages, report.reused, "every page reused");
    assert_eq!(touched(&before, &inodes(&site.out)), Vec::<String>::new());
    assert_eq!(site.live.search().stats().indexed, 0, "no page indexed again");

    // A body edit: that page and the search files it changes (a new word:
    // the dictionary, the one term shard of this small site, the page's
    // document shard), nothing else.
    let before = inodes(&site.out);
    site.edit("content/a/two.md", "Text of two.", "Text of two, edited.");
    let report = site.build(&["content/a/two.md"]);
    assert_eq!(report.pages - report.reused, 1);
    assert_eq!(site.live.search().stats().indexed, 1, "one page indexed again");
    let changed = touched(&before, &inodes(&site.out));
    assert_eq!(changed[..3], ["a/two.html", "search-index.js", "search/d0.js"], "{changed:?}");
    assert_eq!(changed[3..], ["search/t0.js"], "{changed:?}");
    assert!(String::from_utf8_lossy(&tree(&site.out)["search/d0.js"]).contains("Text of two, edited."));

    // A title edit: the page, its section's pages (sidebar, previous/next)
    // and the section's generated index show it; section b does not.
    let before = inodes(&site.out);
    site.edit("content/a/one.md", "# Page one", "# Page uno");
    site.build(&["content/a/one.md"]);
    let changed = touched(&before, &inodes(&site.out));
    for page in ["a/one.html", "a/two.html", "a/three.html", "a/index.html", "search-index.js", "search/t0.js"] {
        assert!(changed.contains(&page.to_string()), "{page} shows the new title: {changed:?}");
    }
    assert!(!changed.iter().any(|p| p.starts_with("b/") || p.starts_with("static/")), "{changed:?}");
    assert!(String::from_utf8_lossy(&tree(&site.out)["a/three.html"]).contains("Page uno"));

    // A section's landing page with a title: every page's sidebar shows it.
    let before = inodes(&site.out);
    site.write("content/b/index.md", "+++\ntitle = \"Section Bee\"\n+++\n\nAbout b.\n");
    site.build(&["content/b/index.md"]);
    let changed = touched(&before, &inodes(&site.out));
    for page in ["index.html", "a/one.html", "a/two.html", "b/four.html", "b/index.html"] {
        assert!(changed.contains(&page.to_string()), "{page} re-rendered: {changed:?}");
        assert!(
            String::from_utf8_lossy(&tree(&site.out)[page]).contains("Section Bee"),
            "{page} shows the section's title"
        );
    }

    // A new page and a deleted one.
    site.write("content/b/seven.md", "# Seven\n\nNew.\n");
    site.build(&["content/b/seven.md"]);
    assert!(tree(&site.out).contains_key("b/seven.html"));
    std::fs::remove_file(site.root.join("content/b/six.md")).unwrap();
    site.build(&["content/b/six.md"]);
    assert!(!tree(&site.out).contains_key("b/six.html"));

    // Assets: a changed one is copied again, a removed one disappears, the rest stay.
    let before = inodes(&site.out);
    site.write("content/b/picture.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\"/>");
    site.build(&["content/b/picture.svg"]);
    assert_eq!(touched(&before, &inodes(&site.out)), ["b/picture.svg"]);
    std::fs::remove_file(site.root.join("content/b/picture.svg")).unwrap();
    site.build(&["content/b/picture.svg"]);
    assert!(!tree(&site.out).contains_key("b/picture.svg"));

    // A change the watcher did not report is still seen (size/time/inode changed).
    site.edit("content/b/five.md", "Text of five.", "Text of five, unreported.");
    site.build(&[]);
    assert!(String::from_utf8_lossy(&tree(&site.out)["b/five.html"]).contains("unreported"));

    // A template override: every page is rendered again.
    let before = inodes(&site.out);
    site.write("themes/default/templates/page.html", "{% extends \"base.html\" %}{% block content %}<div class=\"custom\">{{ page.content | safe }}</div>{% endblock content %}");
    let report = site.build(&["themes/default/templates/page.html"]);
    assert!(report.pages - report.reused >= 7, "{report:?}");
    assert!(String::from_utf8_lossy(&tree(&site.out)["b/five.html"]).contains("class=\"custom\""));
    assert!(touched(&before, &inodes(&site.out)).contains(&"b/five.html".to_string()));

    // crib.toml: the site title is on every page.
    site.write("crib.toml", "title = \"Live, renamed\"\n");
    let report = site.build(&["crib.toml"]);
    assert_eq!(report.reused, 0, "{report:?}");
    assert!(String::from_utf8_lossy(&tree(&site.out)["b/five.html"]).contains("Live, renamed"));
}

#[test]
fn a_failed_build_changes_nothing_and_the_fix_applies() {
    let mut site = Fixture::new();
    let good = tree(&site.out);
    // Broken front matter, then a template error: nothing in the folder changes.
    site.write("content/a/two.md", "+++\ntitle = \"Two\n+++\n\n# Two\n");
    let examples = crib::examples::Examples::new(None).running(false);
    let search = crib::search::Search::new();
    let report = site.live.build_with(&[&examples, &search], &[site.root.join("content/a/two.md")]);
    assert!(report.has_errors() && !report.written);
    assert!(report.diagnostics.iter().any(|d| d.file == "content/a/two.md"), "{:?}", report.diagnostics);
    assert!(tree(&site.out) == good, "the last good site stays");
    site.write("content/a/two.md", "# Two\n\nFixed.\n");
    site.write(
        "themes/default/templates/page.html",
        "{% extends \"base.html\" %}{% block content %}{{ nope(1) }}{% endblock content %}",
    );
    let search = crib::search::Search::new();
    let report = site.live.build_with(
        &[&examples, &search],
        &[site.root.join("content/a/two.md"), site.root.join("themes/default/templates/page.html")],
    );
    assert!(report.has_errors() && !report.written, "{:?}", report.diagnostics);
    assert!(tree(&site.out) == good, "the last good site stays");
    // The fix: everything changed since the last good build is applied.
    std::fs::remove_file(site.root.join("themes/default/templates/page.html")).unwrap();
    site.build(&["themes/default/templates/page.html"]);
    assert!(String::from_utf8_lossy(&tree(&site.out)["a/two.html"]).contains("Fixed."));
}

/// A site large enough for several search shards (`pages` generated pages).
fn shard_site(root: &Path, pages: usize) {
    const WORDS: &[&str] = &[
        "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima",
        "mike", "november", "oscar", "papa",
    ];
    write(root, "crib.toml", "title = \"Shards\"\n");
    for p in 0..pages {
        let mut text = format!("# Page {p}\n\n");
        for s in 0..6 {
            text.push_str(&format!("## Part {s} of {p}\n\n"));
            let words: Vec<String> = (0..80)
                .map(|w| format!("{}{}", WORDS[(p * 7 + s * 3 + w) % WORDS.len()], (p * 131 + s * 17 + w) % 97))
                .collect();
            text.push_str(&words.join(" "));
            text.push_str("\n\n");
        }
        write(root, &format!("content/p{:02}/page{p:03}.md", p / 20), &text);
    }
}

/// An edit on a site with many search shards rewrites the page, its
/// document shard and only the term shards whose postings it changes; an
/// edit that adds no term leaves the dictionary alone; the folder still
/// equals a cold build.
#[cfg(unix)]
#[test]
fn an_edit_rewrites_only_the_search_shards_it_touches() {
    let dir = tempfile::tempdir().unwrap();
    let (root, out) = (dir.path().join("site"), dir.path().join("served"));
    shard_site(&root, 120);
    let mut live = Pipeline::live(options(&root, &out), SEARCH_ONLY).unwrap();
    let build = |live: &mut Pipeline, changed: &[&str]| {
        let changed: Vec<PathBuf> = changed.iter().map(|rel| root.join(rel)).collect();
        let report = live.build(&changed);
        assert!(report.written, "{:?}", report.diagnostics);
        live.search().stats()
    };
    build(&mut live, &[]);
    let dict = String::from_utf8(tree(&out)["search-index.js"].clone()).unwrap();
    let n: usize = dict[dict.find("\"n\":").unwrap() + 4..].split(',').next().unwrap().parse().unwrap();
    assert!(n >= 4, "several term shards: {n}");

    // "alpha0" once more in a section that has it: its counts change, no term is new.
    let page = "content/p01/page025.md";
    let text = std::fs::read_to_string(root.join(page)).unwrap();
    let word = text.split_whitespace().find(|w| w.starts_with("alpha")).unwrap().to_string();
    std::fs::write(root.join(page), text.replacen(&word, &format!("{word} {word}"), 1)).unwrap();
    let before = inodes(&out);
    let stats = build(&mut live, &[page]);
    let changed = touched(&before, &inodes(&out));
    let t = format!("search/t{}.js", crib::search::shards::prefix_hash(&word) as usize % n);
    assert_eq!(changed.len(), 3, "{word}: {changed:?}");
    assert_eq!(changed[0], "p01/page025.html");
    assert!(changed[1].starts_with("search/d"), "the page's document shard: {changed:?}");
    assert_eq!(changed[2], t, "{word}'s term shard alone");
    assert_eq!(stats.written, changed[1..], "the dictionary is not even rebuilt");
    assert_eq!(stats.indexed, 1);
    println!("index part of an edit on {} pages: {:?} ({} files kept)", 120, stats.elapsed, stats.kept);
    assert!(tree(&out) == cold_search_only(&root), "the served folder equals a cold build");
    assert!(dict.contains("\"s\":[]"), "no prefix is big enough to split here");

    // A new term: the dictionary is patched, not rebuilt, and still equals a cold build's.
    let text = std::fs::read_to_string(root.join(page)).unwrap();
    std::fs::write(root.join(page), text.replacen(&word, &format!("{word} zqxnew"), 1)).unwrap();
    let stats = build(&mut live, &[page]);
    assert!(stats.written.contains(&"search-index.js".to_string()), "{:?}", stats.written);
    assert_eq!(stats.indexed, 1);
    println!(
        "index part of an edit adding a term on 120 pages: {:?} ({} files written)",
        stats.elapsed,
        stats.written.len()
    );
    assert!(tree(&out) == cold_search_only(&root), "the served folder equals a cold build after a new term");

    // The first page loses every term: each one now first occurs on a later page
    // (the typo candidates' order), and two pages change in one build.
    std::fs::write(root.join("content/p00/page000.md"), "# Page zero\n\nzqxother\n").unwrap();
    std::fs::write(root.join(page), text).unwrap();
    let stats = build(&mut live, &["content/p00/page000.md", page]);
    assert_eq!(stats.indexed, 2);
    assert!(tree(&out) == cold_search_only(&root), "the served folder equals a cold build after terms moved");
}

/// The search stage alone.
const SEARCH_ONLY: Features = Features { examples: None, search: true, offline: false };

/// What `crib build` with the search stage alone writes for `root`.
fn cold_search_only(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let dir = tempfile::tempdir().unwrap();
    let mut options = options(root, &dir.path().join("dist"));
    options.cache_dir = None;
    let report = Pipeline::one_off(options.clone(), SEARCH_ONLY).build(&[]);
    assert!(report.written, "{:?}", report.diagnostics);
    tree(&options.out)
}

/// Save-to-reload on a real site (`CRIB_SEARCH_BENCH_ROOT`, e.g. made by
/// `gen-corpus.py ... 1000 --unique`): `CRIB_SEARCH_BENCH_RUNS` edits (default
/// 9) of one page, each a new word; prints each build's time and the index
/// part's, and the medians.
#[test]
#[ignore = "benchmark: needs CRIB_SEARCH_BENCH_ROOT"]
fn edit_timing_on_a_real_site() {
    let root = PathBuf::from(std::env::var("CRIB_SEARCH_BENCH_ROOT").expect("CRIB_SEARCH_BENCH_ROOT"));
    let runs: usize = std::env::var("CRIB_SEARCH_BENCH_RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(9);
    let dir = tempfile::tempdir().unwrap();
    let mut options = options(&root, &dir.path().join("served"));
    options.cache_dir = Some(dir.path().join("cache"));
    let mut live = Pipeline::live(options, SERVE).unwrap();
    let report = live.build(&[]);
    assert!(report.written, "{:?}", report.diagnostics);
    let page = walkdir::WalkDir::new(root.join("content"))
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .find(|e| e.path().extension().is_some_and(|x| x == "md") && !e.path().ends_with("index.md"))
        .unwrap()
        .into_path();
    let original = std::fs::read_to_string(&page).unwrap();
    let (mut totals, mut index) = (Vec::new(), Vec::new());
    for run in 0..runs {
        std::fs::write(&page, format!("{original}\n\nEdited {run} zqx{run}.\n")).unwrap();
        let started = std::time::Instant::now();
        let report = live.build(std::slice::from_ref(&page));
        let total = started.elapsed();
        assert!(report.written, "{:?}", report.diagnostics);
        let stats = live.search().stats();
        println!(
            "edit {run}: build {total:?}, index part {:?}, {} index files written, {} kept",
            stats.elapsed,
            stats.written.len(),
            stats.kept
        );
        totals.push(total);
        index.push(stats.elapsed);
    }
    std::fs::write(&page, original).unwrap();
    totals.sort();
    index.sort();
    println!("median over {runs} edits: build {:?}, index part {:?}", totals[runs / 2], index[runs / 2]);
}
