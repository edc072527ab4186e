//! The 404 page as `crib serve` answers a missing URL. The built `404.html`
//! links relatively from the site root (`static/style.css`); served for
//! `/guide/deep/missing.html`, the browser would resolve those against
//! `/guide/deep/`. [`rebase`] prefixes every relative `href` and `src` with
//! the `../` that lead from the request's folder back to the root, so the
//! page keeps its styles and working links at any depth (and under any
//! sub-path, since the result stays relative).

/// How many folders deep a request path is: `/a/b/x.html` and `/a/b/` are 2.
pub fn depth(request_path: &str) -> usize {
    request_path.trim_start_matches('/').matches('/').count()
}

/// `html` with every relative `href="..."`/`src="..."` value prefixed by
/// `../` repeated `depth` times. Fragments (`#x`), absolute paths, and URLs
/// with a scheme (`https:`, `data:`, `mailto:`) are left alone.
pub fn rebase(html: &str, depth: usize) -> String {
    if depth == 0 {
        return html.to_string();
    }
    let prefix = "../".repeat(depth);
    let mut out = String::with_capacity(html.len() + 64 * depth);
    let mut rest = html;
    while let Some((at, attr_len)) = next_attr(rest) {
        let value_start = at + attr_len;
        out.push_str(&rest[..value_start]);
        rest = &rest[value_start..];
        if is_relative(rest.split('"').next().unwrap_or("")) {
            out.push_str(&prefix);
        }
    }
    out.push_str(rest);
    out
}

/// The next ` href="` or ` src="` (any whitespace before it): (start, length).
fn next_attr(text: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    loop {
        let found =
            ["href=\"", "src=\""].iter().filter_map(|a| text[from..].find(a).map(|i| (from + i, a.len()))).min()?;
        let before = text[..found.0].chars().next_back();
        if before.is_some_and(char::is_whitespace) {
            return Some(found);
        }
        from = found.0 + found.1;
    }
}

fn is_relative(url: &str) -> bool {
    if url.is_empty() || url.starts_with(['#', '/', '?']) {
        return false;
    }
    // A scheme: letters, digits, `+`, `-`, `.` up to the first `:`, before any `/`.
    match url.find(':') {
        Some(colon) => {
            let scheme = &url[..colon];
            !(scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        }
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depths() {
        assert_eq!(depth("/missing.html"), 0);
        assert_eq!(depth("/a/missing.html"), 1);
        assert_eq!(depth("/a/b/"), 2);
    }

    #[test]
    fn rebases_relative_urls_only() {
        let html = r##"<link rel="stylesheet" href="static/style.css"><a class="x" href="index.html">h</a>
<a href="#main">skip</a><a href="https://e.org/x">e</a><img src="data:image/png;base64,AA"><a href="/abs">a</a>
<script src="static/crib.js"></script><a data-href="keep.html">k</a><a href="mailto:a@b.c">m</a>"##;
        let out = rebase(html, 2);
        assert!(out.contains(r#"href="../../static/style.css""#), "{out}");
        assert!(out.contains(r#"href="../../index.html""#));
        assert!(out.contains(r#"src="../../static/crib.js""#));
        for kept in [
            r##"href="#main""##,
            r#"href="https://e.org/x""#,
            r#"src="data:image/png"#,
            r#"href="/abs""#,
            r#"data-href="keep.html""#,
            r#"href="mailto:a@b.c""#,
        ] {
            assert!(out.contains(kept), "{kept} in {out}");
        }
        assert_eq!(rebase(html, 0), html);
    }
}
