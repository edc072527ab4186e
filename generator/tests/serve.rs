//! `crib serve` end to end: the real binary on a free port, spoken to over
//! raw TCP (so request paths reach the server exactly as written, `..`
//! included): pages and assets with their MIME types, the 404 page,
//! traversal attacks, the live-reload event after an edit, the error
//! event while a file is broken (old site still served) and its clearing,
//! how many pages an edit re-renders, a themes/ folder created while serving,
//! a symlinked folder followed and its target watched.

mod serve_support;
mod support;

use serve_support::*;

#[test]
fn serves_pages_and_assets_with_their_types() {
    let server = start();
    let index = get(server.port, "/");
    assert_eq!(index.status, 200);
    assert_eq!(index.header("content-type").as_deref(), Some("text/html; charset=utf-8"));
    assert!(index.body.contains("Original words."));
    assert!(index.body.contains("__CRIB_SERVE__"), "the live-reload client is injected");
    assert!(index.body.contains("/__crib/events"));
    let guide = get(server.port, "/guide/intro.html");
    assert_eq!(guide.status, 200);
    assert!(guide.body.contains("Hello."));
    assert_eq!(get(server.port, "/guide/intro").status, 200, "extension-less URLs find the page");
    let css = get(server.port, "/static/style.css");
    assert_eq!((css.status, css.header("content-type").as_deref()), (200, Some("text/css; charset=utf-8")));
    let wasm = get(server.port, "/tiny.wasm");
    assert_eq!((wasm.status, wasm.header("content-type").as_deref()), (200, Some("application/wasm")));
    let txt = get(server.port, "/notes.txt");
    assert_eq!(txt.header("content-type").as_deref(), Some("text/plain; charset=utf-8"));
    let missing = get(server.port, "/no/such/page.html");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("<html"), "the site's 404 page");
}

#[test]
fn the_404_page_links_back_to_the_root_from_any_depth() {
    let server = start();
    let top = get(server.port, "/missing.html");
    assert_eq!(top.status, 404);
    assert!(top.body.contains(r#"href="static/style.css""#), "{}", top.body);
    let deep = get(server.port, "/guide/deep/missing.html");
    assert_eq!(deep.status, 404);
    assert!(deep.body.contains(r#"href="../../static/style.css""#), "stylesheet from two folders down: {}", deep.body);
    assert!(deep.body.contains(r#"href="../../index.html""#), "home link");
    assert!(deep.body.contains(r#"src="../../static/crib.js""#), "scripts");
    assert!(deep.body.contains(r##"href="#main""##), "fragments stay");
    assert!(deep.body.contains("__CRIB_SERVE__"), "live reload on the 404 page too");
    // What the rebased links point at exists.
    assert_eq!(get(server.port, "/static/style.css").status, 200);
}

#[test]
fn an_edit_re_renders_only_the_pages_it_changes() {
    let server = start();
    let counts = |line: &str| -> (usize, usize) {
        let rest = line.split("built ").nth(1).unwrap();
        let nums: Vec<usize> = rest.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse().ok()).collect();
        (nums[0], nums[1])
    };
    // (The first build's summary comes before the address; start_with reads past it.)
    let rx = events(server.port);
    next_event(&rx, "hello");
    // A second guide page: its navigation and "previous" link show Intro's title.
    write(&server.root, "content/guide/next.md", "# Next\n\nAfter the intro.\n");
    next_event(&rx, "reload");
    let (pages, _) = counts(&next_build_line(&server));
    // The body of Intro changes, not its title: only it is rendered again
    // (the generated guide/index.html shows nothing that changed: kept).
    write(&server.root, "content/guide/intro.md", "# Intro\n\nHello again.\n");
    next_event(&rx, "reload");
    let line = next_build_line(&server);
    assert_eq!(counts(&line), (pages, 1), "{line}");
    assert!(get(server.port, "/guide/intro.html").body.contains("Hello again."));
    assert!(get(server.port, "/").body.contains("Original words."), "a reused page is still served");
    // A new title shows in Next's sidebar and previous link and in the
    // generated guide/index.html: those three are rendered, the home page
    // (which shows none of them) is reused.
    write(&server.root, "content/guide/intro.md", "# Introduction\n\nHello again.\n");
    next_event(&rx, "reload");
    let line = next_build_line(&server);
    assert_eq!(counts(&line), (pages, 3), "{line}");
    assert!(get(server.port, "/guide/next.html").body.contains("Introduction"));
}

#[test]
fn traversal_attacks_are_refused() {
    let server = start();
    for attack in [
        "/../crib-serve-secret.txt",
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/static/..%2f..%2f..%2fetc%2fpasswd",
        "/..%5c..%5cetc%5cpasswd",
        "/guide/%2e%2e/%2e%2e/crib-serve-secret.txt",
        "/%c0%ae%c0%ae/etc/passwd",
        "/index.html%00.txt",
    ] {
        let response = get(server.port, attack);
        assert!(matches!(response.status, 400 | 403 | 404), "{attack}: {}", response.status);
        assert!(!response.body.contains("root:") && !response.body.contains("TOP SECRET"), "{attack} leaked a file");
    }
    assert_eq!(get(server.port, "/../crib-serve-secret.txt").status, 403);
    let _ = &server.root;
}

#[test]
fn an_edit_pushes_a_reload_with_the_new_content() {
    let server = start();
    let rx = events(server.port);
    let hello = next_event(&rx, "hello");
    let version = hello["version"].as_u64().unwrap();
    assert!(version >= 1);
    write(&server.root, "content/index.md", &INDEX.replace("Original words.", "Freshly edited words."));
    let reload = next_event(&rx, "reload");
    assert!(reload["version"].as_u64().unwrap() > version);
    let page = get(server.port, "/");
    assert!(page.body.contains("Freshly edited words."), "the reloaded page has the edit");
    assert!(page.body.contains(&format!("version:{}", reload["version"])), "the page knows its version");
}

#[test]
fn a_broken_file_shows_errors_and_fixing_it_clears_them() {
    let server = start();
    let rx = events(server.port);
    next_event(&rx, "hello");
    // Unterminated TOML string in the front matter.
    write(&server.root, "content/guide/intro.md", "+++\ntitle = \"Intro\nweight = 2\n+++\n\n# Intro\n");
    let errors = next_event(&rx, "errors");
    let first = &errors["errors"][0];
    assert_eq!(first["file"], "content/guide/intro.md", "{errors:#}");
    assert!(first["line"].as_u64().unwrap() >= 2, "{errors:#}");
    assert!(!first["message"].as_str().unwrap().is_empty());
    // The last good site is still served, and a page opened now learns the errors.
    let page = get(server.port, "/guide/intro.html");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Hello."));
    let late = events(server.port);
    let hello = next_event(&late, "hello");
    assert_eq!(hello["errors"][0]["file"], "content/guide/intro.md");

    write(&server.root, "content/guide/intro.md", "# Intro\n\nFixed.\n");
    next_event(&rx, "reload");
    assert!(get(server.port, "/guide/intro.html").body.contains("Fixed."));
    let after = events(server.port);
    let hello = next_event(&after, "hello");
    assert_eq!(hello["errors"].as_array().map(Vec::len), Some(0), "errors cleared: {hello:#}");
}

#[test]
fn save_by_rename_triggers_a_rebuild() {
    let server = start();
    let rx = events(server.port);
    next_event(&rx, "hello");
    let tmp = server.root.join("content/.index.md.tmp");
    std::fs::write(&tmp, INDEX.replace("Original words.", "Renamed into place.")).unwrap();
    std::fs::rename(&tmp, server.root.join("content/index.md")).unwrap();
    next_event(&rx, "reload");
    assert!(get(server.port, "/").body.contains("Renamed into place."));
}

#[test]
fn a_themes_folder_created_while_serving_is_watched() {
    let server = start();
    let rx = events(server.port);
    next_event(&rx, "hello");
    let template = |marker: &str| {
        format!(
            "{{% extends \"base.html\" %}}{{% block content %}}<p>{marker}</p>{{{{ page.content | safe }}}}{{% endblock content %}}"
        )
    };
    write(&server.root, "themes/default/templates/page.html", &template("first override"));
    next_event(&rx, "reload");
    assert!(get(server.port, "/guide/intro.html").body.contains("first override"));
    // An edit inside the new folder is seen too (it is watched now).
    write(&server.root, "themes/default/templates/page.html", &template("second override"));
    next_event(&rx, "reload");
    let page = get(server.port, "/guide/intro.html");
    assert!(page.body.contains("second override"), "{}", page.body);
    assert!(page.body.contains("Hello."));
}

/// Symlinks inside `content/` are followed (issue 20), and what they lead
/// to is watched: an edit of the target re-renders the page reached
/// through the link. Names with spaces are served from their encoded URLs.
#[cfg(unix)]
#[test]
fn a_symlinked_folder_is_followed_and_its_target_watched() {
    let server = start();
    let rx = events(server.port);
    next_event(&rx, "hello");
    write(&server.root, "content/real dir/page.md", "# Real\n\nFirst words.\n");
    reload_until(&rx, server.port, "/real%20dir/page.html", "First words.");
    std::os::unix::fs::symlink("real dir", server.root.join("content/alias")).unwrap();
    reload_until(&rx, server.port, "/alias/page.html", "First words.");
    write(&server.root, "content/real dir/page.md", "# Real\n\nThe second, longer words.\n");
    // The page through the link is rebuilt.
    reload_until(&rx, server.port, "/alias/page.html", "The second, longer words.");
    assert!(get(server.port, "/real%20dir/page.html").body.contains("The second, longer words."));
}
