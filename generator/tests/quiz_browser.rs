//! Quiz mode in headless Chromium, from `file://`, over http and in the
//! single file: the output and the `// Output:` lines are hidden, a
//! prediction is checked wrong and then right with the keyboard only (line
//! by line, with badges and reasons), the score is kept across a reload,
//! Reveal shows the answer, and without scripts the output is shown.
//! With `CRIB_SHOTS=DIR` it also saves screenshots (before and after
//! Check, light and dark, 360 px and desktop) to look at.

mod support;

use headless_chrome::Tab;
use headless_chrome::browser::tab::ModifierKey;
use headless_chrome::protocol::cdp::{Emulation, Page};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;
use support::browser::{Browser, emulate_phone, eval, file_url, serve, wait_for};
use support::write;

const WAIT: Duration = Duration::from_secs(20);

const CLASSIC: &str = "```js\nconsole.log('A');\nsetTimeout(() => console.log('B'), 0);\nPromise.resolve().then(() => console.log('C'));\nprocess.nextTick(() => console.log('D'));\nconsole.log('E');\n\n// Output:\n// A\n// E\n// D\n// C\n// B\n```\n";

/// A site with a quiz page (front matter), a page with one `quiz` fence
/// and one ordinary example.
fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "crib.toml", "title = \"Quiz\"\nlanguage = \"en\"\n");
    write(root, "content/index.md", "# Home\n\nSee the [puzzles](puzzles.md).\n");
    write(
        root,
        "content/puzzles.md",
        &format!(
            "+++\nquiz = true\n+++\n# Puzzles\n\n## The classic\n\n{CLASSIC}\n## Immediate\n\n```js\nsetImmediate(() => console.log('later'));\nconsole.log('now');\n```\n"
        ),
    );
    write(
        root,
        "content/mixed.md",
        "# Mixed\n\n```js quiz\nsetTimeout(() => console.log('t'), 0);\nconsole.log('s');\n```\n\n```js\nconsole.log('plain');\n// Output: plain\n```\n",
    );
    dir
}

fn build(root: &Path, extra: &[&str]) {
    let out =
        Command::new(env!("CARGO_BIN_EXE_crib")).args(["build", "--root"]).arg(root).args(extra).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// The quiz's lines as the reader currently orders them.
fn order(tab: &Tab, quiz: &str) -> Vec<String> {
    let v = eval(
        tab,
        &format!("JSON.stringify([...{quiz}.querySelectorAll('.pg-quiz-line .pg-quiz-text')].map(l => l.textContent))"),
    );
    serde_json::from_str(v.as_str().unwrap()).unwrap()
}

fn focused_line(tab: &Tab) -> i64 {
    eval(tab, "document.activeElement.classList.contains('pg-quiz-line') ? +document.activeElement.dataset.index : -1")
        .as_i64()
        .unwrap()
}

/// Puts the lines in `want`'s order with the keyboard: move focus to the
/// line, Space picks it up, ArrowUp moves it, Space drops it.
fn solve_by_keyboard(tab: &Tab, quiz: &str, want: &[&str]) {
    for (target, text) in want.iter().enumerate() {
        let now = order(tab, quiz);
        let from = now.iter().skip(target).position(|l| l == text).unwrap() + target;
        while focused_line(tab) < from as i64 {
            tab.press_key("ArrowDown").unwrap();
        }
        while focused_line(tab) > from as i64 {
            tab.press_key("ArrowUp").unwrap();
        }
        tab.press_key(" ").unwrap();
        for _ in target..from {
            tab.press_key("ArrowUp").unwrap();
        }
        tab.press_key(" ").unwrap();
        assert_eq!(order(tab, quiz)[target], *text);
    }
}

fn visible(tab: &Tab, selector: &str) -> bool {
    eval(tab, &format!("(function () {{ var e = {selector}; return !!e && e.getClientRects().length > 0; }})()"))
        .as_bool()
        .unwrap()
}

/// The whole keyboard story on the page shown in `tab`, whose first quiz
/// is the classic puzzle. `scope` selects the page's root element.
fn wrong_then_right(tab: &Arc<Tab>, scope: &str) {
    let quiz = format!("{scope}.querySelector('.pg-quiz')");
    wait_for(tab, &format!("!!{quiz}.querySelector('.pg-quizbox')"), WAIT, "quiz set up");
    // Hidden before checking: the output panel, the `// Output:` lines, Run.
    assert!(!visible(tab, &format!("{quiz}.querySelector('.pg-output')")), "output hidden");
    assert!(
        !visible(tab, &format!("{quiz}.closest('.code-block').querySelector('.pg-answer')")),
        "// Output: lines hidden"
    );
    assert!(
        !eval(tab, &format!("{quiz}.closest('.code-block').querySelector('pre').innerText"))
            .as_str()
            .unwrap()
            .contains("Output")
    );
    assert!(!visible(tab, &format!("{quiz}.querySelector('.pg-run')")), "Run hidden");
    let start = order(tab, &quiz);
    assert_eq!(start.len(), 5);
    assert_ne!(start, ["A", "E", "D", "C", "B"], "does not start solved");

    // Keyboard only: into the list from the mode buttons, straight to Check: wrong.
    eval(tab, &format!("{quiz}.querySelector('.pg-quiz-type-mode').focus()"));
    tab.press_key("Tab").unwrap();
    assert_eq!(focused_line(tab), 0, "Tab enters the list at its first line");
    tab.press_key("Tab").unwrap();
    assert_eq!(eval(tab, "document.activeElement.textContent"), json!("Check"));
    tab.press_key("Enter").unwrap();
    wait_for(tab, &format!("{quiz}.dataset.quizState === 'wrong'"), WAIT, "checked wrong");
    let rows = eval(tab, &format!("{quiz}.querySelectorAll('.pg-quiz-row').length"));
    assert_eq!(rows, json!(5));
    assert!(eval(tab, &format!("{quiz}.querySelectorAll('.pg-quiz-wrong').length")).as_u64().unwrap() > 0);
    let why = eval(
        tab,
        &format!(
            "[...{quiz}.querySelectorAll('.pg-quiz-row')].map(r => r.querySelector('.pg-badge').textContent + ': ' + r.querySelector('.pg-quiz-why').textContent).join('\\n')"
        ),
    );
    let why = why.as_str().unwrap();
    assert!(why.contains("nextTick: nextTick runs before promise jobs"), "{why}");
    assert!(why.starts_with("sync: "), "{why}");
    assert!(!visible(tab, &format!("{quiz}.querySelector('.pg-output')")), "still hidden after a wrong answer");

    // Back into the list, order it right, check again: right.
    tab.press_key_with_modifiers("Tab", Some(&[ModifierKey::Shift])).unwrap();
    assert!(focused_line(tab) >= 0, "Shift+Tab goes back to the list");
    while focused_line(tab) > 0 {
        tab.press_key("ArrowUp").unwrap();
    }
    solve_by_keyboard(tab, &quiz, &["A", "E", "D", "C", "B"]);
    tab.press_key("Tab").unwrap();
    tab.press_key("Enter").unwrap();
    wait_for(tab, &format!("{quiz}.dataset.quizState === 'right'"), WAIT, "checked right");
    assert_eq!(eval(tab, &format!("{quiz}.querySelectorAll('.pg-quiz-right').length")), json!(5));
    assert!(visible(tab, &format!("{quiz}.querySelector('.pg-output')")), "output shown once answered");
    assert!(
        visible(tab, &format!("{quiz}.closest('.code-block').querySelector('.pg-answer')")),
        "// Output: lines shown"
    );
    let score = eval(tab, &format!("{quiz}.querySelector('.pg-quiz-score').textContent"));
    assert_eq!(score, json!("Score on this page: 1 of 2 right"));

    // Reveal on the second quiz: shown, not counted.
    let second = format!("{scope}.querySelectorAll('.pg-quiz')[1]");
    eval(tab, &format!("{second}.querySelector('.pg-quiz-reveal').click()"));
    wait_for(tab, &format!("{second}.dataset.quizState === 'revealed'"), WAIT, "revealed");
    assert!(visible(tab, &format!("{second}.querySelector('.pg-output')")));
    assert_eq!(
        eval(tab, &format!("{second}.querySelector('.pg-quiz-score').textContent")),
        json!("Score on this page: 1 of 2 right")
    );
}

fn score_after_reload(tab: &Arc<Tab>, scope: &str) {
    tab.reload(true, None).unwrap();
    wait_for(tab, &format!("!!{scope}.querySelector('.pg-quiz-score')"), WAIT, "reloaded");
    assert_eq!(
        eval(tab, &format!("{scope}.querySelector('.pg-quiz-score').textContent")),
        json!("Score on this page: 1 of 2 right")
    );
}

#[test]
fn quiz_from_file_urls_keyboard_only() {
    let dir = site();
    build(dir.path(), &[]);
    let dist = dir.path().join("dist");
    let html = std::fs::read_to_string(dist.join("puzzles.html")).unwrap();
    assert_eq!(html.matches("class=\"pg pg-quiz\"").count(), 2, "quiz = true: every example");
    assert!(html.contains("<span class=\"pg-answer\">"), "the // Output: lines are marked");
    let mixed = std::fs::read_to_string(dist.join("mixed.html")).unwrap();
    assert_eq!(mixed.matches("class=\"pg pg-quiz\"").count(), 1, "the `quiz` fence only");

    let browser = Browser::launch();
    let tab = browser.open(&file_url(&dist.join("puzzles.html")));
    wrong_then_right(&tab, "document");
    score_after_reload(&tab, "document");

    // Typed answer on the other page.
    let tab = browser.open(&file_url(&dist.join("mixed.html")));
    let quiz = "document.querySelector('.pg-quiz')";
    wait_for(&tab, &format!("!!{quiz}.querySelector('.pg-quizbox')"), WAIT, "quiz");
    eval(&tab, &format!("{quiz}.querySelector('.pg-quiz-type-mode').click()"));
    tab.type_str("s\nt").unwrap();
    eval(&tab, &format!("{quiz}.querySelector('.pg-quiz-check').click()"));
    wait_for(&tab, &format!("{quiz}.dataset.quizState === 'right'"), WAIT, "typed right");
    assert!(visible(&tab, "document.querySelectorAll('.pg-output')[1]"), "the ordinary example is no quiz");
}

#[test]
fn quiz_over_http() {
    let dir = site();
    build(dir.path(), &[]);
    let server = serve(&dir.path().join("dist"));
    let browser = Browser::launch();
    let tab = browser.open(&server.url("puzzles.html"));
    wrong_then_right(&tab, "document");
    score_after_reload(&tab, "document");
}

#[test]
fn quiz_in_the_single_file() {
    let dir = site();
    let file = dir.path().join("book.html");
    build(dir.path(), &["--single-file", file.to_str().unwrap()]);
    let browser = Browser::launch();
    let tab = browser.open(&file_url(&file));
    let page = "document.querySelector('section.sf-page[data-path=\"puzzles.html\"]')";
    eval(&tab, &format!("location.hash = '#' + {page}.id"));
    wait_for(&tab, &format!("!{page}.hidden"), WAIT, "puzzles shown");
    wrong_then_right(&tab, page);
}

#[test]
fn without_scripts_the_output_is_shown() {
    let dir = site();
    build(dir.path(), &[]);
    let browser = Browser::launch();
    let tab = browser.chrome().new_tab().unwrap();
    tab.call_method(Emulation::SetScriptExecutionDisabled { value: true }).unwrap();
    tab.navigate_to(&file_url(&dir.path().join("dist/puzzles.html"))).unwrap();
    tab.wait_until_navigated().unwrap();
    let shown = tab.find_elements(".pg-quiz .pg-output .pg-text").unwrap();
    assert_eq!(shown.len(), 7, "every printed line");
    for el in &shown {
        assert!(el.get_box_model().is_ok(), "rendered");
    }
    let code = tab.find_element(".pg-quiz").unwrap();
    let _ = code;
    let answer = tab.find_element(".pg-answer").unwrap();
    assert!(answer.get_box_model().is_ok(), "the // Output: lines are shown");
}

/// Screenshots for a human to look at (not an assertion): set CRIB_SHOTS.
#[test]
fn screenshots_before_and_after_check() {
    let Some(shots) = std::env::var_os("CRIB_SHOTS").map(PathBuf::from) else {
        eprintln!("CRIB_SHOTS not set: no screenshots taken");
        return;
    };
    std::fs::create_dir_all(&shots).unwrap();
    let dir = site();
    build(dir.path(), &[]);
    let url = file_url(&dir.path().join("dist/puzzles.html"));
    for (name, width) in [("360", 360u32), ("desktop", 1280)] {
        let browser = Browser::launch_with_size(width.max(800), 900);
        for theme in ["light", "dark"] {
            let tab = browser.open(&url);
            if width < 800 {
                emulate_phone(&tab, width, 740);
            }
            eval(&tab, &format!("localStorage.clear(); document.documentElement.dataset.theme = '{theme}'"));
            let quiz = "document.querySelector('.pg-quiz')";
            wait_for(&tab, &format!("!!{quiz}.querySelector('.pg-quizbox')"), WAIT, "quiz");
            eval(&tab, &format!("{quiz}.closest('.code-block').scrollIntoView()"));
            shot(&tab, &shots.join(format!("quiz-{name}-{theme}-before.png")));
            eval(
                &tab,
                &format!(
                    "{quiz}.querySelector('.pg-quiz-check').click(); {quiz}.closest('.code-block').scrollIntoView()"
                ),
            );
            shot(&tab, &shots.join(format!("quiz-{name}-{theme}-wrong.png")));
            eval(
                &tab,
                &format!(
                    "{quiz}.querySelector('.pg-quiz-reveal').click(); {quiz}.querySelector('.pg-quizbox').scrollIntoView()"
                ),
            );
            shot(&tab, &shots.join(format!("quiz-{name}-{theme}-after.png")));
        }
    }
}

fn shot(tab: &Tab, path: &Path) {
    let png = tab.capture_screenshot(Page::CaptureScreenshotFormatOption::Png, None, None, true).unwrap();
    std::fs::write(path, png).unwrap();
}
