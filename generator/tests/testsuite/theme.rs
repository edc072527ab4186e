//! The default theme and overriding it per file from the site's themes/.

use crate::common::Site;

#[test]
fn default_theme_page_snapshot() {
    let site = Site::fixture("site/basic");
    site.build_ok();
    let html = site.read("guide/events.html").replace(concat!("crib ", env!("CARGO_PKG_VERSION")), "crib <version>");
    insta::assert_snapshot!("theme_full_page_events", html);
}

#[test]
fn theme_has_no_remote_resources() {
    let site = Site::fixture("site/basic");
    site.build_ok();
    for asset in ["static/style.css", "static/print.css", "static/crib.js"] {
        let text = site.read(asset);
        assert!(!text.contains("http://") && !text.contains("https://") && !text.contains("@import"), "{asset}");
    }
    let html = site.read("index.html");
    // The theme is chosen before first paint, in <head>, before the stylesheet.
    let script = html.find("localStorage.getItem(\"crib-theme\")").unwrap();
    assert!(script < html.find("static/style.css").unwrap());
    assert!(script < html.find("<body>").unwrap());
    assert!(html.contains("media=\"print\""));
}

#[test]
fn site_overrides_one_template_and_one_asset() {
    let site = Site::fixture("theme/override");
    site.build_ok();
    let html = site.read("index.html");
    assert!(html.contains("CUSTOM PAGE TEMPLATE Overridden"), "{html}");
    assert!(html.contains("class=\"sidebar\""), "base.html still the built-in one");
    assert!(site.read("static/style.css").contains("papayawhip"));
    assert!(site.read("static/crib.js").contains("crib-theme"), "other assets stay built-in");
}

#[test]
fn unknown_theme_is_an_error() {
    let site = Site::fixture("site/no-index");
    site.write("crib.toml", "title = \"x\"\ntheme = \"fancy\"\n");
    let run = site.build();
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("theme `fancy` not found"), "{}", run.stderr);
    assert!(run.stderr.contains("crib.toml:2:10"), "{}", run.stderr);
}

/// WCAG AA: every text colour of the default theme against the
/// backgrounds it is used on, in both themes, is at least 4.5:1.
#[test]
fn colours_meet_wcag_aa_in_both_themes() {
    let css = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../themes/default/static/style.css"),
    )
    .unwrap();
    let block = |selector: &str| -> std::collections::HashMap<String, String> {
        let start = css.find(selector).unwrap_or_else(|| panic!("{selector}"));
        let body = &css[start + selector.len()..start + css[start..].find('}').unwrap()];
        body.split(';')
            .filter_map(|decl| {
                let (name, value) = decl.split_once(':')?;
                let name = name.trim().rsplit(|c: char| c.is_whitespace() || c == '{').next()?.to_string();
                let value = value.trim();
                (name.starts_with("--") && value.starts_with('#')).then(|| (name, value.to_string()))
            })
            .collect()
    };
    let pairs = [
        ("--fg", "--bg"),
        ("--muted", "--bg"),
        ("--link", "--bg"),
        ("--fg", "--surface"),
        ("--muted", "--surface"),
        ("--link", "--surface"),
        ("--link", "--surface-2"),
        ("--fg", "--surface-2"),
        ("--note", "--surface"),
        ("--tip", "--surface"),
        ("--important", "--surface"),
        ("--warning", "--surface"),
        ("--caution", "--surface"),
        ("--hl-comment", "--code-bg"),
        ("--hl-keyword", "--code-bg"),
        ("--hl-string", "--code-bg"),
        ("--hl-constant", "--code-bg"),
        ("--hl-function", "--code-bg"),
        ("--hl-type", "--code-bg"),
        ("--hl-tag", "--code-bg"),
        ("--hl-attr", "--code-bg"),
        ("--hl-inserted-fg", "--hl-inserted-bg"),
        ("--hl-deleted-fg", "--hl-deleted-bg"),
    ];
    for (theme, selector) in [("light", ":root {"), ("dark", ":root[data-theme=\"dark\"] {")] {
        let vars = block(selector);
        for (fg, bg) in pairs {
            let (Some(f), Some(b)) = (vars.get(fg), vars.get(bg)) else {
                panic!("{theme}: {fg} or {bg} not set; have {:?}", vars.keys())
            };
            let ratio = contrast(f, b);
            assert!(ratio >= 4.5, "{theme}: {fg} {} on {bg} {} is {ratio:.2}:1", vars[fg], vars[bg]);
        }
    }
}

fn contrast(a: &str, b: &str) -> f64 {
    fn luminance(hex: &str) -> f64 {
        let v = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap();
        let channel = |c: u32| {
            let c = c as f64 / 255.0;
            if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(v >> 16 & 255) + 0.7152 * channel(v >> 8 & 255) + 0.0722 * channel(v & 255)
    }
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// A site's override of a theme file an extension writes (search,
/// offline, playground) wins over the built-in one, as for any other.
#[test]
fn site_overrides_extension_assets() {
    let site = Site::fixture("theme/override-extensions");
    site.build_ok();
    assert_eq!(site.read("static/search.js"), "/* SITE SEARCH SCRIPT */\n");
    assert_eq!(site.read("static/offline.js"), "/* SITE OFFLINE SCRIPT */\n");
    let page = site.read("static/playground/playground.js");
    assert!(page.starts_with("/* SITE PLAYGROUND */\nvar PACKAGES = [\""), "the package list is filled in: {page}");
    assert!(page.contains("var BADGES = {\n    main: [\"sync\", "), "the badge table is filled in: {page}");
    assert!(site.read("static/search.css").contains("search"), "what the site does not override stays built-in");
}

/// Every file of the default theme is used by a build: each template is
/// rendered or named by another one, and each static file is written and
/// named by another output file (a page links it, a script loads it), or
/// bundled into one (the playground's worker).
#[test]
fn every_theme_file_is_used() {
    let site = Site::fixture("site/basic");
    site.build_ok();
    let theme = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../themes/default");
    let outputs: Vec<(String, String)> = site
        .files()
        .into_iter()
        .filter(|f| [".html", ".js", ".css", ".webmanifest"].iter().any(|x| f.ends_with(x)))
        .map(|f| {
            let text = site.read(&f);
            (f, text)
        })
        .collect();
    let templates: String =
        ["templates/base.html", "templates/page.html", "templates/section.html", "templates/404.html"]
            .iter()
            .map(|t| std::fs::read_to_string(theme.join(t)).unwrap())
            .collect();
    for entry in walkdir::WalkDir::new(&theme).into_iter().flatten().filter(|e| e.file_type().is_file()) {
        let rel = entry.path().strip_prefix(&theme).unwrap().to_string_lossy().replace('\\', "/");
        let name = rel.rsplit('/').next().unwrap().to_string();
        if let Some(template) = rel.strip_prefix("templates/") {
            let rendered = ["page.html", "section.html", "404.html"].contains(&template);
            assert!(
                rendered || templates.contains(&format!("\"{template}\"")),
                "{rel}: neither rendered nor named by a template"
            );
            continue;
        }
        let bytes = std::fs::read(entry.path()).unwrap();
        if rel == "static/playground/worker.js" {
            let bundled = site.read("static/playground/worker-src.js");
            let first = String::from_utf8(bytes).unwrap().lines().find(|l| l.len() > 20).unwrap().to_string();
            let quoted = serde_json::to_string(&first).unwrap();
            assert!(bundled.contains(&quoted[1..quoted.len() - 1]), "{rel} bundled into worker-src.js");
            continue;
        }
        assert!(site.exists(&rel), "{rel} is written");
        let named = outputs.iter().any(|(file, text)| *file != rel && text.contains(&name));
        assert!(named, "{rel}: written but no page or script names it");
    }
}
