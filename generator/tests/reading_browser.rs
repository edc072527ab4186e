//! The reader's side of examples in headless Chromium, from `file://`,
//! over http and in the single file: an edit shared as a link (compressed
//! into the fragment) and restored marked "edited", malformed and too long
//! links, the CommonJS / ES-module switch checked against `node` on `.cjs`
//! and `.mjs` files, a deep link to a visualiser step with its keyboard, the
//! message when nextTick recursion starves the timers, and the page printed
//! (PDF, the build-time timeline shown) and read with scripts off.

mod support;

use headless_chrome::Tab;
use headless_chrome::protocol::cdp::Emulation;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use support::browser::{Browser, collect_errors, eval, file_url, serve, wait_for};
use support::write;

const WAIT: Duration = Duration::from_secs(60);

/// Sync, then a promise job and a nextTick queued by the main body: the
/// two orders differ between CommonJS and ES modules.
const ORDER: &str = "Promise.resolve().then(() => console.log('promise'));\nprocess.nextTick(() => console.log('nextTick'));\nconsole.log('sync');\n";
const STARVE: &str =
    "setTimeout(() => console.log('timer'), 0);\nfunction again() { process.nextTick(again); }\nagain();\n";

fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "crib.toml", "title = \"Reading\"\nlanguage = \"en\"\n");
    write(root, "content/index.md", "# Home\n\nSee [the order](order.md).\n");
    write(
        root,
        "content/order.md",
        &format!("# Order\n\n```js\n{ORDER}```\n\nAnd a starving loop:\n\n```js\n{STARVE}```\n"),
    );
    dir
}

fn build(root: &Path, extra: &[&str]) {
    let out =
        Command::new(env!("CARGO_BIN_EXE_crib")).args(["build", "--root"]).arg(root).args(extra).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Lines `node` prints for ORDER saved as `name`.
fn node_lines(name: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(name);
    std::fs::write(&file, ORDER).unwrap();
    let out = Command::new("node").arg(&file).output().expect("node (the oracle) on PATH");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().lines().map(str::to_string).collect()
}

fn output_lines(tab: &Tab, pg: &str) -> Vec<String> {
    let v = eval(
        tab,
        &format!("JSON.stringify([...{pg}.querySelectorAll('.pg-output .pg-text')].map(l => l.textContent))"),
    );
    serde_json::from_str(v.as_str().unwrap()).unwrap()
}

/// Everything on the page `url` shows (its examples under `scope`); `page`
/// is the URL of that page without a fragment, `prefix` the fragment's
/// page part in the single file (`sf-1/`).
fn exercise(browser: &Browser, page: &str, scope: &str, prefix: &str) {
    let tab = browser.open(&if prefix.is_empty() {
        page.to_string()
    } else {
        format!("{page}#{}", prefix.trim_end_matches('/'))
    });
    let errors = collect_errors(&tab);
    let first = format!("{scope}.querySelector('.pg[data-example=\"example-1\"]')");
    let second = format!("{scope}.querySelector('.pg[data-example=\"example-2\"]')");
    wait_for(&tab, &format!("!!{first} && !!{first}.querySelector('.pg-toolbar')"), WAIT, "playground set up");

    // CommonJS / ES module, against node on .cjs and .mjs.
    let cjs = node_lines("order.cjs");
    let mjs = node_lines("order.mjs");
    assert_ne!(cjs, mjs, "node orders them differently");
    assert_eq!(output_lines(&tab, &first), cjs, "the build-time run is CommonJS");
    eval(&tab, &format!("{first}.querySelector('.pg-module').click()"));
    wait_for(&tab, &format!("{first}.hasAttribute('data-module-diff')"), WAIT, "ES module run compared");
    assert_eq!(output_lines(&tab, &first), mjs, "as an ES module, node's .mjs order");
    assert_eq!(eval(&tab, &format!("{first}.querySelector('.pg-module').getAttribute('aria-pressed')")), json!("true"));
    let note = eval(&tab, &format!("{first}.querySelector('.pg-module-note').textContent"));
    assert!(
        note.as_str().unwrap().contains("main body is itself async")
            && note.as_str().unwrap().contains("nodejs/node#52978"),
        "{note}"
    );
    assert!(eval(&tab, &format!("{first}.querySelectorAll('.pg-line.pg-differs').length")).as_u64().unwrap() >= 2);
    eval(&tab, &format!("{first}.removeAttribute('data-module-diff'); {first}.querySelector('.pg-module').click()"));
    wait_for(&tab, &format!("{first}.hasAttribute('data-module-diff')"), WAIT, "CommonJS run compared");
    assert_eq!(output_lines(&tab, &first), cjs, "back to CommonJS");

    // Share an edit: Copy link, open it elsewhere, restored and marked.
    let edited = "const who = 'friend';\nconsole.log('hello ' + who);\n";
    eval(&tab, &format!("{first}.querySelector('.pg-edit').click()"));
    eval(
        &tab,
        &format!(
            "(function () {{ var ta = {first}.closest('.code-block').querySelector('textarea.pg-editor'); ta.value = {}; ta.dispatchEvent(new Event('input')); }})()",
            json!(edited)
        ),
    );
    eval(&tab, &format!("{first}.querySelector('.pg-share').click()"));
    let link = wait_for(&tab, &format!("{first}.getAttribute('data-share')"), WAIT, "link made");
    let link = link.as_str().unwrap().to_string();
    assert!(link.starts_with(page) && link.contains(&format!("#{prefix}example-1/edit/")), "{link}");
    assert!(link.len() < page.len() + 200, "compressed: {link}");
    let shared = browser.open(&link);
    let shared_errors = collect_errors(&shared);
    wait_for(
        &shared,
        &format!("!!{first} && !!{first}.closest('.code-block').querySelector('textarea.pg-editor')"),
        WAIT,
        "edit restored",
    );
    assert_eq!(
        eval(&shared, &format!("{first}.closest('.code-block').querySelector('textarea.pg-editor').value")),
        json!(edited)
    );
    assert_eq!(
        eval(
            &shared,
            &format!(
                "getComputedStyle({first}.querySelector('.pg-edited')).display !== 'none' && {first}.querySelector('.pg-edited').textContent"
            )
        ),
        json!("edited")
    );
    eval(&shared, &format!("{first}.querySelector('.pg-run').click()"));
    wait_for(
        &shared,
        &format!("{first}.querySelector('.pg-source').textContent === 'browser run'"),
        WAIT,
        "edited run",
    );
    assert_eq!(output_lines(&shared, &first), ["hello friend"]);

    // Malformed fragments: a notice, the original example, no error.
    for bad in ["edit/%%%not-base64", "edit/AAAAAAAA", "edit/"] {
        let url = format!("{page}#{prefix}example-1/{bad}");
        let tab2 = browser.open(&url);
        let errs = collect_errors(&tab2);
        wait_for(
            &tab2,
            &format!("!!{first} && !!{first}.querySelector('.pg-link-notice')"),
            WAIT,
            "notice for a malformed link",
        );
        assert!(
            eval(&tab2, &format!("{first}.querySelector('.pg-link-notice').textContent"))
                .as_str()
                .unwrap()
                .contains("could not be read")
        );
        assert_eq!(
            eval(&tab2, &format!("!!{first}.closest('.code-block').querySelector('textarea.pg-editor')")),
            json!(false)
        );
        std::thread::sleep(Duration::from_millis(200));
        assert!(errs.lock().unwrap().is_empty(), "{bad}: {:?}", errs.lock().unwrap());
    }

    // Past the size cap: a clear message, no link.
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    let noise: String = (0..30_000)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            char::from(b'0' + (seed % 75) as u8)
        })
        .collect();
    eval(
        &tab,
        &format!(
            "(function () {{ var ta = {first}.closest('.code-block').querySelector('textarea.pg-editor'); ta.value = {}; ta.dispatchEvent(new Event('input')); }})()",
            json!(format!("// {noise}\n"))
        ),
    );
    eval(&tab, &format!("{first}.removeAttribute('data-share'); {first}.querySelector('.pg-share').click()"));
    wait_for(&tab, &format!("{first}.getAttribute('data-share') === 'too-long'"), WAIT, "size cap");
    assert!(
        eval(&tab, &format!("{first}.querySelector('.pg-status').textContent"))
            .as_str()
            .unwrap()
            .starts_with("Too long to share as a link")
    );

    // A deep link to a visualiser step, then its keyboard.
    let deep = browser.open(&format!("{page}#{prefix}example-1/step-3"));
    wait_for(
        &deep,
        &format!("!!{first} && !!{first}.querySelector('.pg-vis:not([hidden]) .pg-vis-pos')"),
        WAIT,
        "visualiser opened by the link",
    );
    let pos = |tab: &Tab| {
        eval(tab, &format!("{first}.querySelector('.pg-vis-pos').textContent")).as_str().unwrap().to_string()
    };
    assert!(pos(&deep).starts_with("Step 3 of "), "{}", pos(&deep));
    let total: u64 = pos(&deep).trim_start_matches("Step 3 of ").split(' ').next().unwrap().parse().unwrap();
    assert!(
        eval(&deep, &format!("{first}.querySelector('.pg-vis-link').getAttribute('href')"))
            .as_str()
            .unwrap()
            .ends_with(&format!("#{prefix}example-1/step-3"))
    );
    deep.press_key("End").unwrap();
    assert!(pos(&deep).starts_with(&format!("Step {total} of {total}")), "End: {}", pos(&deep));
    deep.press_key("Home").unwrap();
    assert!(pos(&deep).starts_with("Step 0 of"), "Home: {}", pos(&deep));
    deep.press_key("ArrowRight").unwrap();
    deep.press_key("ArrowRight").unwrap();
    deep.press_key("ArrowLeft").unwrap();
    assert!(pos(&deep).starts_with("Step 1 of"), "arrows: {}", pos(&deep));
    eval(&deep, &format!("{first}.querySelector('.pg-vis').focus()"));
    deep.press_key(" ").unwrap();
    assert_eq!(
        eval(&deep, &format!("{first}.querySelector('.pg-play').getAttribute('aria-pressed')")),
        json!("true"),
        "Space plays"
    );
    deep.press_key(" ").unwrap();
    assert_eq!(
        eval(&deep, &format!("{first}.querySelector('.pg-play').getAttribute('aria-pressed')")),
        json!("false"),
        "Space pauses"
    );

    // nextTick recursion: the visualiser says the timers are starved.
    eval(&tab, &format!("{second}.querySelector('.pg-step').click()"));
    wait_for(&tab, &format!("!!{second}.querySelector('.pg-vis-starved:not([hidden])')"), WAIT, "starvation message");
    let starved = eval(&tab, &format!("{second}.querySelector('.pg-vis-starved').textContent"));
    assert!(starved.as_str().unwrap().starts_with("Timers are starved: the nextTick queue never empties"), "{starved}");

    for (what, errs) in [("page", &errors), ("shared page", &shared_errors)] {
        assert!(errs.lock().unwrap().is_empty(), "{what}: {:?}", errs.lock().unwrap());
    }
}

#[test]
fn from_file_urls() {
    let dir = site();
    build(dir.path(), &[]);
    let browser = Browser::launch();
    exercise(&browser, &file_url(&dir.path().join("dist/order.html")), "document", "");
}

#[test]
fn over_http() {
    let dir = site();
    build(dir.path(), &[]);
    let server = serve(&dir.path().join("dist"));
    let browser = Browser::launch();
    exercise(&browser, &server.url("order.html"), "document", "");
}

#[test]
fn in_the_single_file() {
    let dir = site();
    let file: PathBuf = dir.path().join("book.html");
    build(dir.path(), &["--single-file", file.to_str().unwrap()]);
    let html = std::fs::read_to_string(&file).unwrap();
    let at = html.find("data-path=\"order.html\"").unwrap();
    let id_at = html[..at].rfind("id=\"sf-").unwrap() + 4;
    let id = &html[id_at..id_at + html[id_at..].find('"').unwrap()];
    let browser = Browser::launch();
    exercise(&browser, &file_url(&file), &format!("document.getElementById('{id}')"), &format!("{id}/"));
}

#[test]
fn printed_and_without_scripts_outputs_and_timelines_show() {
    let dir = site();
    build(dir.path(), &[]);
    let url = file_url(&dir.path().join("dist/order.html"));
    let browser = Browser::launch();

    // Print: the timeline drawn at build time is shown, the toolbar is not.
    let tab = browser.open(&url);
    wait_for(&tab, "!!document.querySelector('.pg-toolbar')", WAIT, "playground set up");
    assert_eq!(
        eval(&tab, "getComputedStyle(document.querySelector('.pg-timeline')).display"),
        json!("none"),
        "on screen with scripts: hidden"
    );
    tab.call_method(Emulation::SetEmulatedMedia { media: Some("print".into()), features: None }).unwrap();
    assert_eq!(eval(&tab, "getComputedStyle(document.querySelector('.pg-timeline')).display"), json!("block"));
    assert_eq!(eval(&tab, "getComputedStyle(document.querySelector('.pg-toolbar')).display"), json!("none"));
    let labels = eval(
        &tab,
        "[...document.querySelector('.pg-timeline').querySelectorAll('text')].map(t => t.textContent).join('|')",
    );
    assert!(labels.as_str().unwrap().starts_with("sync|nextTick|microtask|"), "{labels}");
    let pdf = tab.print_to_pdf(None).unwrap();
    assert!(pdf.starts_with(b"%PDF") && pdf.len() > 10_000, "{} bytes", pdf.len());
    if let Some(dir) = std::env::var_os("CRIB_SHOTS") {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(Path::new(&dir).join("print-timeline.pdf"), &pdf).unwrap();
    }

    // Scripts off: outputs with badges and the timeline.
    let tab = browser.chrome().new_tab().unwrap();
    tab.call_method(Emulation::SetScriptExecutionDisabled { value: true }).unwrap();
    tab.navigate_to(&url).unwrap();
    tab.wait_until_navigated().unwrap();
    let lines = tab.find_elements(".pg-output .pg-text").unwrap();
    assert_eq!(lines.len(), 4, "three lines and the limit's message");
    assert!(lines.iter().all(|l| l.get_box_model().is_ok()), "shown");
    assert_eq!(tab.find_elements(".pg-output .pg-badge").unwrap().len(), 4);
    let timeline = tab.find_element(".pg-timeline").unwrap();
    assert!(timeline.get_box_model().is_ok(), "timeline shown without scripts");
}
