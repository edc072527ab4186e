//! A built site in headless Chromium, opened from `file://`: sidebar
//! navigation, TOC links, the theme toggle remembered across pages, copy
//! buttons, and a 360 px wide phone layout without horizontal scrolling.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use support::browser::{Browser, click, emulate_phone, eval, file_url, wait_for};
use support::copy_dir;

const WAIT: Duration = Duration::from_secs(10);

/// The `site/basic` fixture plus the markdown and cheat-sheet pages, built.
fn built_site() -> (tempfile::TempDir, PathBuf) {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testsuite");
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixtures.join("site/basic"), dir.path());
    std::fs::copy(fixtures.join("markdown/features/content/index.md"), dir.path().join("content/features.md")).unwrap();
    std::fs::copy(fixtures.join("cheatsheet/node/content/index.md"), dir.path().join("content/guide/cheatsheet.md"))
        .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_crib")).args(["build", "--root"]).arg(dir.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let dist = dir.path().join("dist");
    (dir, dist)
}

fn location(tab: &headless_chrome::Tab) -> String {
    eval(tab, "location.href").as_str().unwrap().to_string()
}

#[test]
fn navigation_toc_and_theme_toggle_from_file_urls() {
    let (_dir, dist) = built_site();
    let browser = Browser::launch();
    let tab = browser.open(&file_url(&dist.join("index.html")));
    assert_eq!(eval(&tab, "document.title"), "Welcome · Fixture Site");

    // Sidebar navigation: home -> guide section -> a page inside it.
    click(&tab, "#sidebar a[href='guide/index.html']");
    wait_for(&tab, "location.href.endsWith('/guide/index.html')", WAIT, "guide landing page");
    wait_for(
        &tab,
        "!!document.querySelector('#sidebar a[href=\"events.html\"]')",
        WAIT,
        "section opened in the sidebar",
    );
    click(&tab, "#sidebar a[href='events.html']");
    wait_for(&tab, "document.title === 'Events · Fixture Site'", WAIT, "events page");
    assert_eq!(eval(&tab, "document.querySelector('#sidebar [aria-current=page]').textContent"), "Events");
    // Back up through a rewritten .md link in the body.
    click(&tab, "main a[href='../index.html']");
    wait_for(&tab, "document.title === 'Welcome · Fixture Site'", WAIT, "home via content link");

    // TOC: the on-page table of contents jumps to the heading.
    let tab = browser.open(&file_url(&dist.join("features.html")));
    click(&tab, ".toc a[href='#repeated-1']");
    wait_for(&tab, "location.hash === '#repeated-1'", WAIT, "hash after TOC click");
    wait_for(
        &tab,
        "(function () { var r = document.getElementById('repeated-1').getBoundingClientRect(); \
          return r.top >= 0 && r.bottom <= innerHeight && (scrollY > 0 || document.documentElement.scrollHeight <= innerHeight); })()",
        WAIT,
        "heading scrolled into view",
    );
    assert!(location(&tab).starts_with("file://"));

    // Theme toggle: follows the system (light here), then is remembered.
    assert_eq!(eval(&tab, "document.documentElement.dataset.theme"), "light");
    click(&tab, ".theme-toggle");
    assert_eq!(eval(&tab, "document.documentElement.dataset.theme"), "dark");
    assert_eq!(eval(&tab, "localStorage.getItem('crib-theme')"), "dark");
    assert_eq!(eval(&tab, "getComputedStyle(document.body).backgroundColor"), "rgb(13, 17, 23)");
    assert_eq!(eval(&tab, "document.querySelector('.theme-toggle').getAttribute('aria-pressed')"), "true");
    click(&tab, "#sidebar a[href='guide/index.html']");
    wait_for(&tab, "location.href.endsWith('/guide/index.html')", WAIT, "next page");
    assert_eq!(eval(&tab, "document.documentElement.dataset.theme"), "dark", "remembered across pages");
    assert_eq!(eval(&tab, "getComputedStyle(document.body).backgroundColor"), "rgb(13, 17, 23)");
    click(&tab, ".theme-toggle");
    assert_eq!(eval(&tab, "localStorage.getItem('crib-theme')"), "light");

    // Every code block got a copy button.
    let tab = browser.open(&file_url(&dist.join("guide/cheatsheet.html")));
    let blocks = eval(&tab, "document.querySelectorAll('.code-block').length").as_u64().unwrap();
    let buttons = eval(&tab, "document.querySelectorAll('.code-block .copy-button').length").as_u64().unwrap();
    assert_eq!(blocks, buttons);
    assert!(blocks >= 5, "{blocks}");
}

#[test]
fn phone_width_layout_has_a_menu_and_no_sideways_scroll() {
    let (_dir, dist) = built_site();
    let browser = Browser::launch_with_size(360, 740);
    let tab = browser.open(&file_url(&dist.join("guide/cheatsheet.html")));
    // Headless windows have a minimum width; emulate a 360 px phone screen.
    emulate_phone(&tab, 360, 740);
    assert_eq!(eval(&tab, "innerWidth"), 360);
    assert_eq!(eval(&tab, "getComputedStyle(document.getElementById('sidebar')).display"), "none");
    assert_eq!(eval(&tab, "document.documentElement.scrollWidth <= innerWidth"), true, "no horizontal scrolling");
    click(&tab, ".nav-toggle");
    assert_eq!(eval(&tab, "getComputedStyle(document.getElementById('sidebar')).display"), "block");
    assert_eq!(eval(&tab, "document.querySelector('.nav-toggle').getAttribute('aria-expanded')"), "true");
    // The inline TOC replaces the side TOC on narrow screens.
    assert_eq!(eval(&tab, "getComputedStyle(document.querySelector('.toc-inline')).display"), "block");
}

/// The README's first command on this repository: `content/` opens from
/// `file://` with working navigation and theme toggle.
#[test]
fn repository_content_opens_from_file_urls() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    assert!(repo.join("content").is_dir(), "the repository's content/ is missing from this checkout");
    let out = tempfile::tempdir().unwrap();
    let dist = out.path().join("dist");
    let run = Command::new(env!("CARGO_BIN_EXE_crib"))
        .args(["build", "--root"])
        .arg(&repo)
        .arg("--out")
        .arg(&dist)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let browser = Browser::launch();
    let tab = browser.open(&file_url(&dist.join("index.html")));
    let links =
        eval(&tab, "Array.from(document.querySelectorAll('#sidebar a')).map(a => a.getAttribute('href')).join('\\n')");
    let links: Vec<String> = links.as_str().unwrap().lines().map(str::to_string).collect();
    assert!(!links.is_empty());
    for href in &links {
        assert!(href.ends_with(".html") && !href.starts_with('/'), "{href}");
        assert!(dist.join(href).exists(), "sidebar link {href} points at nothing");
    }
    click(&tab, ".theme-toggle");
    let theme = eval(&tab, "document.documentElement.dataset.theme");
    let last = links.last().unwrap().clone();
    click(&tab, &format!("#sidebar a[href='{last}']"));
    wait_for(&tab, &format!("location.href.endsWith('/{last}')"), WAIT, "navigated");
    assert_eq!(eval(&tab, "document.documentElement.dataset.theme"), theme, "theme remembered");
}
