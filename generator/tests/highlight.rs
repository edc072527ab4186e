//! The `js` grammar on modern JavaScript: `highlight/modern.js` (template
//! literals, arrows, classes with `#private` and static fields, `?.`, `??`,
//! BigInt, regex literals, async generators, import/export) rendered as
//! token classes, one line per source line, reviewed as an `insta` snapshot.
//! `k[const]` is a token of class `k` (see `crib::highlight::CATEGORIES`);
//! text outside brackets is unclassed. Also: the line memo gives the same
//! HTML as highlighting from scratch, whether it is on or has switched off.

use crib::highlight::{self, Language};

fn syntax(lang: &str) -> &'static syntect::parsing::SyntaxReference {
    match highlight::resolve(lang) {
        Language::Syntax(s) => s,
        _ => panic!("no syntax for {lang}"),
    }
}

/// `<span class="k">const</span> x` -> `k[const] x`, entities decoded.
fn classes(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find("<span class=\"") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 13..];
        let q = after.find('"').unwrap();
        let class = &after[..q];
        let body_start = q + 2;
        let end = after.find("</span>").unwrap();
        out.push_str(class);
        out.push('[');
        out.push_str(&after[body_start..end]);
        out.push(']');
        rest = &after[end + 7..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

#[test]
fn modern_javascript_classes() {
    let code = include_str!("highlight/modern.js");
    assert_eq!(syntax("js").name, highlight::JAVASCRIPT);
    let html = highlight::highlight_uncached(syntax("js"), code);
    insta::assert_snapshot!(classes(&html));
}

#[test]
fn memo_matches_uncached_on_and_off() {
    let js = syntax("js");
    // Lines that repeat (the memo stays on), then many that do not (it
    // switches itself off), then repeats again: always the same HTML.
    let repeated = "const a = `t ${1}`;\n/* x\n */\n});\n".repeat(50);
    let unique: String = (0..20_000).map(|i| format!("let v{i} = {i}n; // {i}\n")).collect();
    assert_eq!(highlight::highlight(js, &repeated), highlight::highlight_uncached(js, &repeated));
    let (bytes, on) = highlight::memo_status();
    assert!(on && bytes > 0, "repeated lines keep the memo on: {bytes} bytes, on {on}");
    assert_eq!(highlight::highlight(js, &unique), highlight::highlight_uncached(js, &unique));
    let (bytes, on) = highlight::memo_status();
    assert!(!on && bytes == 0, "unique lines switch the memo off and empty it: {bytes} bytes, on {on}");
    for code in [&repeated, &include_str!("highlight/modern.js").to_string()] {
        assert_eq!(highlight::highlight(js, code), highlight::highlight_uncached(js, code));
    }
}
