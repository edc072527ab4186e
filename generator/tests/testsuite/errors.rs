//! Error fixtures: each must print a diagnostic naming file:line:col with
//! the source line, exit 1, and leave the previous dist/ untouched.

use crate::common::{Run, Site};

/// Builds a broken fixture over an existing dist/ and checks it survived.
fn fails_keeping_old_dist(case: &str) -> Run {
    let site = Site::fixture(case);
    site.write("dist/index.html", "previous good build");
    let run = site.build();
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(site.read("index.html"), "previous good build", "old dist/ must survive");
    assert_eq!(site.files(), vec!["index.html"]);
    let stray: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".dist"))
        .collect();
    assert!(stray.is_empty(), "temp folders left: {stray:?}");
    assert!(run.stdout.is_empty(), "no summary line on failure: {}", run.stdout);
    assert!(run.stderr.contains("build failed: 1 error"), "{}", run.stderr);
    run
}

#[test]
fn broken_toml_front_matter() {
    let run = fails_keeping_old_dist("errors/bad-toml");
    insta::assert_snapshot!("error_bad_toml", run.stderr);
    assert!(run.stderr.contains("content/index.md:3:10"), "{}", run.stderr);
    assert!(run.stderr.contains("weight = not-a-number"), "shows the source line");
}

#[test]
fn broken_yaml_front_matter() {
    let run = fails_keeping_old_dist("errors/bad-yaml");
    insta::assert_snapshot!("error_bad_yaml", run.stderr);
    assert!(run.stderr.contains("invalid YAML front matter"), "{}", run.stderr);
    assert!(run.stderr.contains("content/broken.md:"), "{}", run.stderr);
}

#[test]
fn invalid_utf8() {
    let run = fails_keeping_old_dist("errors/invalid-utf8");
    insta::assert_snapshot!("error_invalid_utf8", run.stderr);
    assert!(run.stderr.contains("content/latin1.md:4:6"), "{}", run.stderr);
    assert!(run.stderr.contains("not valid UTF-8"), "{}", run.stderr);
}

#[test]
fn template_syntax_error() {
    let run = fails_keeping_old_dist("errors/template-error");
    insta::assert_snapshot!("error_template", run.stderr);
    assert!(run.stderr.contains("themes/default/templates/section.html:"), "{}", run.stderr);
    assert!(run.stderr.contains("template syntax error"), "{}", run.stderr);
}

#[test]
fn template_render_error_names_the_variable() {
    let site = Site::fixture("site/no-index");
    site.write("dist/index.html", "previous good build");
    site.write(
        "themes/default/templates/section.html",
        "{% extends \"base.html\" %}\n{% block content %}\n{{ page.nope }}\n{% endblock content %}\n",
    );
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("themes/default/templates/section.html:3:4"), "{}", run.stderr);
    assert!(run.stderr.contains("page.nope"), "{}", run.stderr);
    assert_eq!(site.read("index.html"), "previous good build");
}

#[test]
fn duplicate_slugs() {
    let run = fails_keeping_old_dist("errors/duplicate-slugs");
    insta::assert_snapshot!("error_duplicate_slugs", run.stderr);
    assert!(run.stderr.contains("duplicate slug"), "{}", run.stderr);
    assert!(run.stderr.contains("event-loop.html"), "{}", run.stderr);
}

#[test]
fn unknown_language_is_a_warning_and_plain_text() {
    let site = Site::fixture("errors/unknown-language");
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!("warning_unknown_language", run.stderr);
    assert!(run.stderr.contains("content/index.md:5:4"), "{}", run.stderr);
    assert!(run.stderr.contains("unknown language `klingon`"), "{}", run.stderr);
    let html = site.read("index.html");
    assert!(html.contains("<code class=\"language-klingon\">Qapla&#39;\n</code>"), "{html}");
    assert!(run.stdout.contains("(1 warning)"));
}

#[test]
fn every_error_is_reported_not_just_the_first() {
    let site = Site::fixture("errors/bad-yaml");
    site.write("content/other.md", "+++\nweight = [\n+++\n");
    let run = site.build();
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("content/broken.md"), "{}", run.stderr);
    assert!(run.stderr.contains("content/other.md"), "{}", run.stderr);
    assert!(run.stderr.contains("build failed: 2 errors"), "{}", run.stderr);
}

#[test]
fn odd_inputs_never_panic() {
    let site = Site::empty();
    let deep = "> ".repeat(500);
    let cases: &[(&str, &[u8])] = &[
        ("content/empty.md", b""),
        ("content/only-fm.md", b"+++\n+++\n"),
        ("content/bom.md", "\u{feff}---\ntitle: BOM\n---\nx\n".as_bytes()),
        ("content/nul.md", b"# a\0b\n\n```js\n\0\n```\n"),
        ("content/deep.md", deep.as_bytes()),
        ("content/unclosed.md", b"```js\nnever closed"),
        ("content/crlf.md", b"+++\r\ntitle = \"CRLF\"\r\n+++\r\n# Hi\r\n"),
        ("content/links.md", b"[a](../../../../etc/passwd.md) [b](<>) [c](#) ![d](/x.png)"),
        ("content/headings.md", b"#\n##\n### !!!\n#### \xf0\x9f\x9a\x80\n"),
    ];
    for (path, bytes) in cases {
        site.write(path, bytes);
    }
    let run = site.build();
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.read("crlf.html").contains("<title>CRLF"));
    assert!(site.read("bom.html").contains("<title>BOM"));
}
