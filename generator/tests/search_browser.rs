//! Site search in headless Chromium, from `file://` and over http: the index
//! loads by script tags (dictionary, then only the shards a query needs), a
//! query with a typo still finds the page, the snippet is highlighted with
//! `<mark>`, and search works keyboard-only ("/" opens, arrows move, Enter
//! jumps to the exact heading, Esc closes); on a site large enough for many
//! shards, a query whose words live in two term shards loads both and no
//! more; and the first search on a generated 1,000-page site, timed
//! (reported only).

mod support;

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;
use support::browser::{Browser, eval, file_url, serve, wait_for};

const WAIT: Duration = Duration::from_secs(15);

/// A small site written into a temp dir and built with the `crib` binary.
fn built_site() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let write = |rel: &str, text: &str| {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("crib.toml", "title = \"Search Site\"\nlanguage = \"en\"\n");
    write("content/index.md", "# Welcome\n\nA cheat sheet about Node.\n");
    write(
        "content/loop/timers.md",
        "# Timers\n\nIntro text about scheduling.\n\n## Immediate callbacks\n\nThe check phase runs `setImmediate` callbacks right after polling.\n\n\
         ```js norun\nsetImmediate(() => console.log('later'));\n```\n\n## Intervals\n\nRepeating work with intervals.\n",
    );
    write(
        "content/loop/streams.md",
        "# Streams\n\n## Backpressure\n\nA writable stream buffers until its highWaterMark is reached.\n",
    );
    let out = Command::new(env!("CARGO_BIN_EXE_crib")).args(["build", "--root"]).arg(root).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let dist = root.join("dist");
    assert!(dist.join("search-index.js").exists());
    (dir, dist)
}

fn press(tab: &headless_chrome::Tab, key: &str) {
    tab.press_key(key).unwrap_or_else(|e| panic!("press {key}: {e}"));
}

fn type_text(tab: &headless_chrome::Tab, text: &str) {
    tab.type_str(text).unwrap_or_else(|e| panic!("type {text}: {e}"));
}

/// Keyboard only: "/" opens, a misspelt query finds the heading, the snippet
/// is marked, ArrowDown/Up move, Enter lands on the heading's anchor.
fn search_by_keyboard(browser: &Browser, url: &str) {
    let tab = browser.open(url);
    wait_for(
        &tab,
        "document.querySelector('[data-crib-search]') && !document.querySelector('[data-crib-search]').hidden",
        WAIT,
        "search button shown",
    );
    press(&tab, "/");
    wait_for(
        &tab,
        "document.activeElement && document.activeElement.id === 'crib-search-input'",
        WAIT,
        "input focused by /",
    );
    assert_eq!(eval(&tab, "document.activeElement.getAttribute('role')"), "combobox");
    // "imediate": one letter missing from "immediate".
    type_text(&tab, "imediate");
    wait_for(&tab, "document.activeElement.value === 'imediate'", WAIT, "typed");
    // The first result is the heading, found despite the typo.
    wait_for(
        &tab,
        "(() => { const a = document.querySelector('#crib-search-results [role=option] a'); return !!a && a.getAttribute('href').endsWith('loop/timers.html#immediate-callbacks'); })()",
        WAIT,
        "the heading as the first result for a typo",
    );
    let marks = eval(
        &tab,
        "JSON.stringify(Array.from(document.querySelectorAll('#crib-search-results [role=option]')[0].querySelectorAll('mark')).map(m => m.textContent.toLowerCase()))",
    );
    let marks: Vec<String> = serde_json::from_str(marks.as_str().unwrap()).unwrap();
    assert!(marks.iter().any(|m| m.contains("immediate")), "marks: {marks:?}");
    assert_eq!(eval(&tab, "document.activeElement.getAttribute('aria-expanded')"), "true");
    assert_eq!(eval(&tab, "document.activeElement.getAttribute('aria-activedescendant')"), "crib-search-result-0");
    let n = eval(&tab, "document.querySelectorAll('#crib-search-results [role=option]').length").as_u64().unwrap();
    if n > 1 {
        press(&tab, "ArrowDown");
        assert_eq!(eval(&tab, "document.activeElement.getAttribute('aria-activedescendant')"), "crib-search-result-1");
        press(&tab, "ArrowUp");
    }
    assert_eq!(eval(&tab, "document.querySelector('#crib-search-result-0').getAttribute('aria-selected')"), "true");
    // Esc closes, "/" reopens with the query kept.
    press(&tab, "Escape");
    wait_for(&tab, "document.querySelector('.search-dialog').hidden", WAIT, "dialog closed by Esc");
    press(&tab, "/");
    wait_for(
        &tab,
        "!document.querySelector('.search-dialog').hidden && document.activeElement.id === 'crib-search-input'",
        WAIT,
        "reopened",
    );
    wait_for(&tab, "document.querySelectorAll('#crib-search-results [role=option]').length > 0", WAIT, "results kept");
    press(&tab, "Enter");
    wait_for(&tab, "location.href.endsWith('loop/timers.html#immediate-callbacks')", WAIT, "jumped to the heading");
    wait_for(
        &tab,
        "document.readyState === 'complete' && document.getElementById('immediate-callbacks').getBoundingClientRect().top < 200",
        WAIT,
        "heading scrolled into view",
    );
}

#[test]
fn search_from_file_urls_and_over_http() {
    let (_dir, dist) = built_site();
    let browser = Browser::launch();
    search_by_keyboard(&browser, &file_url(&dist.join("index.html")));

    let server = serve(&dist);
    search_by_keyboard(&browser, &server.url("loop/streams.html"));
    let requests = server.requests.lock().unwrap().clone();
    for file in ["search-index.js", "search/t0.js", "search/d0.js"] {
        assert!(requests.iter().any(|p| p.ends_with(file)), "{file} loaded over http: {requests:?}");
    }
}

#[test]
fn ranking_prefix_code_and_ctrl_k() {
    let (_dir, dist) = built_site();
    let browser = Browser::launch();
    let tab = browser.open(&file_url(&dist.join("loop/streams.html")));
    wait_for(&tab, "!!window.cribSearch", WAIT, "search script");
    // Ctrl+K opens even from the page body.
    tab.press_key_with_modifiers("k", Some(&[headless_chrome::browser::tab::ModifierKey::Ctrl])).unwrap();
    wait_for(&tab, "document.activeElement.id === 'crib-search-input'", WAIT, "Ctrl+K opens");
    wait_for(&tab, "window.cribSearch.ready()", WAIT, "index loaded");
    // Title boost: "timers" ranks the Timers page's top section first.
    assert_eq!(eval(&tab, "(async () => (await window.cribSearch.query('timers'))[0].url)()"), "loop/timers.html");
    assert_eq!(eval(&tab, "(async () => (await window.cribSearch.query('timers'))[0].id)()"), "timers");
    // Prefix: "backpr" finds the heading; code: "console" is only in a code block.
    assert_eq!(eval(&tab, "(async () => (await window.cribSearch.query('backpr'))[0].id)()"), "backpressure");
    assert_eq!(eval(&tab, "(async () => (await window.cribSearch.query('console'))[0].id)()"), "immediate-callbacks");
    // camelCase parts: "water" finds highWaterMark.
    assert_eq!(eval(&tab, "(async () => (await window.cribSearch.query('water'))[0].url)()"), "loop/streams.html");
    // Every word must match.
    assert_eq!(eval(&tab, "(async () => (await window.cribSearch.query('backpressure immediate')).length)()"), 0);
    // Result text is text, never markup.
    type_text(&tab, "<img src=x onerror=alert(1)>");
    wait_for(&tab, "document.querySelector('.search-status').textContent.length > 0", WAIT, "status");
    assert_eq!(eval(&tab, "document.querySelectorAll('.search-dialog img').length"), 0);
}

/// Index size (raw and gzip) and median query latency in Chromium for the
/// site at `CRIB_SEARCH_BENCH_ROOT` (built with the search stage only).
/// `CRIB_SEARCH_BENCH_ROOT=/tmp/site cargo test -p crib --test search_browser -- --ignored --nocapture`
#[test]
#[ignore = "benchmark: needs CRIB_SEARCH_BENCH_ROOT"]
fn index_size_and_query_latency() {
    let root = PathBuf::from(std::env::var("CRIB_SEARCH_BENCH_ROOT").expect("CRIB_SEARCH_BENCH_ROOT"));
    let out = tempfile::tempdir().unwrap();
    let mut options = crib::site::BuildOptions::new(&root);
    options.out = out.path().join("dist");
    options.cache_dir = None;
    let search = crib::search::Search::new();
    let report = crib::site::build_with(&options, &[&search]);
    assert!(!report.has_errors(), "{:?}", report.diagnostics);
    let index = options.out.join("search-index.js");
    let raw = std::fs::metadata(&index).unwrap().len();
    let gz = Command::new("sh").arg("-c").arg(format!("gzip -9 -c '{}' | wc -c", index.display())).output().unwrap();
    let gz: u64 = String::from_utf8_lossy(&gz.stdout).trim().parse().unwrap();
    let shards: Vec<u64> =
        std::fs::read_dir(options.out.join("search")).unwrap().map(|e| e.unwrap().metadata().unwrap().len()).collect();
    println!(
        "pages: {}, dictionary: {raw} bytes raw, {gz} bytes gzip -9; {} shards, {} bytes in all, largest {}",
        report.pages,
        shards.len(),
        shards.iter().sum::<u64>(),
        shards.iter().max().unwrap_or(&0)
    );

    let browser = Browser::launch();
    let tab = browser.open(&file_url(&options.out.join("index.html")));
    wait_for(&tab, "!!window.cribSearch", WAIT, "search script");
    let load_ms = eval(
        &tab,
        "new Promise(r => { const t = performance.now(); window.cribSearch.load(); const poll = () => window.cribSearch.ready() ? r(performance.now() - t) : setTimeout(poll, 5); poll(); })",
    );
    println!("dictionary load: {load_ms} ms");
    let stats = eval(
        &tab,
        "(async () => { const qs = ['promise', 'setimmediate', 'eventemiter', 'stream pipe', 'http server', 'buf', 'nexttick order', 'readFile', 'worker threads', 'json']; \
         const times = []; for (let r = 0; r < 5; r++) for (const q of qs) { const t = performance.now(); await window.cribSearch.query(q); times.push(performance.now() - t); } \
         times.sort((a, b) => a - b); return JSON.stringify({ median: times[times.length >> 1], p90: times[Math.floor(times.length * 0.9)], n: times.length }); })()",
    );
    let stats: serde_json::Value = serde_json::from_str(stats.as_str().unwrap()).unwrap();
    println!("query latency over {} queries: median {} ms, p90 {} ms", stats["n"], stats["median"], stats["p90"]);
}

/// The first search on a generated 1,000-page site from `file://`, through
/// the UI (open, type, first result shown: the index script loads and the
/// term list is built on the way), timed in the page, with the JS heap after
/// it. Reports; never fails on timing (the issue's target: under 300 ms and
/// 30 MB).
#[test]
fn first_search_on_1000_pages_from_file_url_is_timed() {
    let (_dir, _out, dist, pages) = generated_site(1000, "");
    let index: u64 = std::fs::metadata(dist.join("search-index.js")).unwrap().len();
    let shards: u64 =
        std::fs::read_dir(dist.join("search")).unwrap().map(|e| e.unwrap().metadata().unwrap().len()).sum();

    let browser = Browser::launch();
    let tab = browser.open(&file_url(&dist.join("index.html")));
    wait_for(
        &tab,
        "document.querySelector('[data-crib-search]') && !document.querySelector('[data-crib-search]').hidden",
        WAIT,
        "search button shown",
    );
    let ms = first_search(&tab, "microtask");
    let heap = eval(&tab, "performance.memory ? performance.memory.usedJSHeapSize : -1");
    let loaded =
        eval(&tab, "document.querySelectorAll('script[src*=\"search/\"], script[src$=\"search-index.js\"]').length");
    println!(
        "first search on {pages} pages from file:// ({index} bytes of dictionary, {shards} bytes of shards; {loaded} search files loaded): first result after {ms} ms, JS heap {heap} bytes"
    );
    assert!(ms.as_f64().is_some(), "a result appeared");
}

/// The first search through the UI: open, type `q`, until the first result
/// shows (the index scripts load on the way); milliseconds, timed in the page.
fn first_search(tab: &headless_chrome::Tab, q: &str) -> serde_json::Value {
    eval(
        tab,
        &format!(
            "new Promise(r => {{ const t = performance.now(); document.querySelector('.search-open').click(); \
             const input = document.querySelector('.search-input'); input.value = {q:?}; input.dispatchEvent(new Event('input')); \
             const poll = () => document.querySelector('#crib-search-results [role=option] a') ? r(performance.now() - t) : setTimeout(poll, 2); poll(); }})"
        ),
    )
}

const WORDS: &[&str] = &[
    "stream",
    "buffer",
    "promise",
    "callback",
    "timer",
    "module",
    "export",
    "import",
    "server",
    "request",
    "response",
    "header",
    "socket",
    "worker",
    "thread",
    "cluster",
    "event",
    "emitter",
    "listener",
    "error",
    "handler",
    "queue",
    "microtask",
    "tick",
    "file",
    "path",
    "directory",
    "encoding",
    "string",
    "number",
    "object",
    "array",
    "function",
    "closure",
    "scope",
    "value",
];

/// A generated site of `pages` pages (8 sections each, prose from [`WORDS`],
/// a code block per section) plus `extra` as `content/extra.md` if not
/// empty, built with the search stage only: (sources, output, dist, pages built).
fn generated_site(pages: usize, extra: &str) -> (tempfile::TempDir, tempfile::TempDir, PathBuf, usize) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("crib.toml"), "title = \"Big Site\"\nlanguage = \"en\"\n").unwrap();
    // A deterministic word stream, different per page and section.
    let word = |seed: usize| WORDS[(seed.wrapping_mul(2654435761) >> 7) % WORDS.len()];
    for p in 0..pages {
        let mut text = format!("# Page {p} about {}\n\n", word(p));
        for s in 0..8 {
            text.push_str(&format!("## {} {} {p}-{s}\n\n", word(p * 31 + s), word(p * 17 + s * 3)));
            for para in 0..4 {
                let sentence: Vec<String> = (0..60)
                    .map(|w| {
                        format!(
                            "{}{}",
                            word(p * 1009 + s * 101 + para * 13 + w),
                            if w % 11 == 0 { format!("{p}x{w}") } else { String::new() }
                        )
                    })
                    .collect();
                text.push_str(&sentence.join(" "));
                text.push_str(".\n\n");
            }
            text.push_str(&format!(
                "```text\nconst {}{p}_{s} = require('{}');\n{}.on('{}', () => {{}});\n```\n\n",
                word(p + s),
                word(s),
                word(p),
                word(p * s)
            ));
        }
        let path = root.join(format!("content/section-{:02}/page-{p:04}.md", p / 20));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    if !extra.is_empty() {
        std::fs::write(root.join("content/extra.md"), extra).unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let mut options = crib::site::BuildOptions::new(root);
    options.out = out.path().join("dist");
    options.cache_dir = None;
    let search = crib::search::Search::new();
    let report = crib::site::build_with(&options, &[&search]);
    assert!(!report.has_errors(), "{:?}", report.diagnostics);
    let dist = options.out.clone();
    (dir, out, dist, report.pages)
}

/// The number of term shards the dictionary names.
fn term_shards(dist: &std::path::Path) -> usize {
    let dict = std::fs::read_to_string(dist.join("search-index.js")).unwrap();
    let at = dict.find("\"n\":").expect("shard count") + 4;
    dict[at..].split(',').next().unwrap().parse().unwrap()
}

/// The prefixes the dictionary lists as split further (its `s`).
fn split_prefixes(dist: &std::path::Path) -> Vec<String> {
    let dict = std::fs::read_to_string(dist.join("search-index.js")).unwrap();
    let at = dict.find("\"s\":").expect("split prefixes") + 4;
    let list = &dict[at..at + dict[at..].find(']').unwrap() + 1];
    serde_json::from_str(list).unwrap()
}

/// On a site with many term shards, from `file://` and over http: the first
/// search (through the UI, a misspelt word) shows the right heading with the
/// word marked, and a query whose two words live in two different term
/// shards loads both (and not every shard) and finds the one section with both.
/// A prefix holding many terms ("co": 16,000 of them) is split into shards by
/// its third character: a full word loads its own part, and a two-letter
/// query still finds its terms across the parts.
#[test]
fn sharded_index_first_search_typo_and_two_shards() {
    const RARE: &[&str] = &["zebra", "quokka", "narwhal", "ocelot", "pangolin", "axolotl", "wombat", "kinkajou"];
    let codes: Vec<String> = (0..16000).map(|i| format!("co{i}")).collect();
    let extra = format!(
        "# Bestiary\n\nAnimals.\n\n## The {} heading\n\nRare animals live here.\n\n## Codes\n\n{}\n",
        RARE.join(" "),
        codes.join(" ")
    );
    let (_dir, _out, dist, _) = generated_site(150, &extra);
    let n = term_shards(&dist);
    assert!(n >= 4, "a 150-page site has several term shards: {n}");
    let split = crib::search::shards::Split::new(split_prefixes(&dist));
    assert!(split.list.contains(&"co".to_string()), "the big prefix is split: {:?}", split.list);
    let shard = |t: &str| split.key_hash(t, crib::search::shards::prefix_hash(t)) as usize % n;
    assert_ne!(shard("co1234"), shard("co5678"), "co1… and co5… in different shards");
    let (a, b) = RARE
        .iter()
        .flat_map(|a| RARE.iter().map(move |b| (*a, *b)))
        .find(|(a, b)| shard(a) != shard(b))
        .expect("two words in two shards");
    let heading = format!("the-{}-heading", RARE.join("-"));

    let browser = Browser::launch();
    let server = serve(&dist);
    for url in [file_url(&dist.join("index.html")), server.url("index.html")] {
        let tab = browser.open(&url);
        wait_for(
            &tab,
            "document.querySelector('[data-crib-search]') && !document.querySelector('[data-crib-search]').hidden",
            WAIT,
            "search button shown",
        );
        // "pangolim": one letter off.
        first_search(&tab, "pangolim");
        let first = eval(&tab, "document.querySelector('#crib-search-results [role=option] a').getAttribute('href')");
        assert!(first.as_str().unwrap().ends_with(&format!("extra.html#{heading}")), "{first} for a typo");
        let marks = eval(
            &tab,
            "Array.from(document.querySelectorAll('#crib-search-result-0 mark')).map(m => m.textContent.toLowerCase()).join(' ')",
        );
        assert!(marks.as_str().unwrap().contains("pangolin"), "marks: {marks}");

        let found = eval(
            &tab,
            &format!(
                "(async () => JSON.stringify((await window.cribSearch.query('{a} {b}')).map(r => r.url + '#' + r.id)))()"
            ),
        );
        let found: Vec<String> = serde_json::from_str(found.as_str().unwrap()).unwrap();
        assert_eq!(found, [format!("extra.html#{heading}")], "{a} and {b} (shards {} and {})", shard(a), shard(b));
        // The shard scripts search.js added (file:// loads leave no resource timing entries).
        let loaded = eval(
            &tab,
            "JSON.stringify(Array.from(document.querySelectorAll('script[src]')).map(s => s.getAttribute('src').replace(/.*\\//, '')).filter(n => /^t\\d+\\.js$/.test(n)))",
        );
        let loaded: Vec<String> = serde_json::from_str(loaded.as_str().unwrap()).unwrap();
        for t in [a, b] {
            assert!(loaded.contains(&format!("t{}.js", shard(t))), "{t}'s shard loaded: {loaded:?}");
        }
        assert!(loaded.len() < n, "not every term shard: {loaded:?} of {n}");

        // A word under the split prefix: its own part of "co".
        let found = eval(
            &tab,
            "(async () => JSON.stringify((await window.cribSearch.query('co5678')).map(r => r.url + '#' + r.id)))()",
        );
        assert_eq!(found.as_str().unwrap(), "[\"extra.html#codes\"]");
        let loaded = eval(
            &tab,
            "JSON.stringify(Array.from(document.querySelectorAll('script[src]')).map(s => s.getAttribute('src').replace(/.*\\//, '')))",
        );
        assert!(loaded.as_str().unwrap().contains(&format!("\"t{}.js\"", shard("co5678"))), "co5678's shard: {loaded}");
        // Two letters: the prefix's terms, from several parts.
        let found = eval(
            &tab,
            "(async () => JSON.stringify((await window.cribSearch.query('co')).map(r => r.url + '#' + r.id)))()",
        );
        assert!(found.as_str().unwrap().contains("extra.html#codes"), "'co' finds the codes: {found}");
    }
    let requests = server.requests.lock().unwrap().clone();
    for t in [a, b] {
        assert!(
            requests.iter().any(|p| p.ends_with(&format!("search/t{}.js", shard(t)))),
            "{t}'s shard over http: {requests:?}"
        );
    }
}

/// The first search from `file://` on a built site `CRIB_SEARCH_BENCH_DIST`
/// (e.g. `crib build` of `gen-corpus.py ... 1000 --unique`), in
/// `CRIB_SEARCH_BENCH_RUNS` fresh tabs (default 7), for
/// `CRIB_SEARCH_BENCH_QUERY` (default "promise"): each run's time to the
/// first result and JS heap, and the medians.
#[test]
#[ignore = "benchmark: needs CRIB_SEARCH_BENCH_DIST"]
fn first_search_on_a_built_site_medians() {
    let dist = PathBuf::from(std::env::var("CRIB_SEARCH_BENCH_DIST").expect("CRIB_SEARCH_BENCH_DIST"));
    let runs: usize = std::env::var("CRIB_SEARCH_BENCH_RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(7);
    let q = std::env::var("CRIB_SEARCH_BENCH_QUERY").unwrap_or_else(|_| "promise".into());
    let browser = Browser::launch();
    let (mut times, mut heaps) = (Vec::new(), Vec::new());
    for run in 0..runs {
        let tab = browser.open(&file_url(&dist.join("index.html")));
        wait_for(
            &tab,
            "document.querySelector('[data-crib-search]') && !document.querySelector('[data-crib-search]').hidden",
            WAIT,
            "search button shown",
        );
        let ms = first_search(&tab, &q).as_f64().unwrap();
        let heap = eval(&tab, "performance.memory ? performance.memory.usedJSHeapSize : -1").as_f64().unwrap();
        println!("run {run}: first result for {q:?} after {ms:.1} ms, JS heap {:.1} MB", heap / 1e6);
        times.push(ms);
        heaps.push(heap);
        tab.close(true).ok();
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        v[v.len() / 2]
    };
    println!(
        "median over {runs} runs: first result {:.1} ms, JS heap {:.1} MB",
        median(&mut times),
        median(&mut heaps) / 1e6
    );
}
