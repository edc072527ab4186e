//! Code fences: every required language highlighted with CSS classes,
//! plain text escaped, info-string attributes kept.

use crate::common::{Site, main_of};

/// The inner HTML of every `<pre class="hl"><code ...>` on the page.
pub(crate) fn code_blocks(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<pre class=\"hl\"><code") {
        rest = &rest[i..];
        let open_end = rest.find('>').unwrap();
        let open_end = open_end + 1 + rest[open_end + 1..].find('>').unwrap() + 1;
        let lang = rest[..open_end]
            .split("language-")
            .nth(1)
            .map(|s| s.split('"').next().unwrap().to_string())
            .unwrap_or_default();
        let close = rest.find("</code></pre>").unwrap();
        out.push((lang, rest[open_end..close].to_string()));
        rest = &rest[close..];
    }
    out
}

#[test]
fn required_languages_are_highlighted_with_classes() {
    let site = Site::fixture("highlight/languages");
    let run = site.build_ok();
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    let html = site.read("index.html");
    let blocks = code_blocks(&html);
    assert_eq!(blocks.len(), 23);
    for (lang, body) in &blocks {
        match lang.as_str() {
            "text" | "" => assert!(!body.contains("<span"), "{lang} should be plain: {body}"),
            _ => {
                assert!(body.contains("<span class=\""), "{lang} not highlighted: {body}");
                assert!(!body.contains("style="), "{lang}: inline colours");
            }
        }
    }
    let text = blocks.iter().find(|(l, _)| l == "text").unwrap();
    assert_eq!(text.1, "plain &lt;text&gt; &amp; stays escaped\n");
    insta::assert_snapshot!("highlight_languages_main", main_of(&html));
}

#[test]
fn info_string_attributes_are_kept_for_later_stages() {
    let site = Site::fixture("highlight/languages");
    site.build_ok();
    let html = site.read("index.html");
    assert!(
        html.contains("data-lang=\"js\" data-info=\"js norun stdin=&quot;a b&quot; file=config.json\""),
        "{}",
        main_of(&html)
    );
}
