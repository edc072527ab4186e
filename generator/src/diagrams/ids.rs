//! Element ids inside a rendered SVG: make every one of them carry the
//! diagram's placeholder id once (before caching), then swap the
//! placeholder for the caller's site-unique id on every use (a plain string
//! replace, so a cache hit costs microseconds).

use std::collections::HashSet;

/// The diagram id merman draws with before the real one is known. Chosen so
/// it never occurs in Mermaid source by accident; `is_safe_source` checks.
pub(super) const PLACEHOLDER: &str = "cribdgm7q";

/// True when the placeholder cannot collide with the author's text.
pub(super) fn is_safe_source(source: &str) -> bool {
    !source.contains(PLACEHOLDER)
}

/// Renames every `id` that does not already start with `prefix` to
/// `<prefix>-<id>`, with all references to it (`url(#x)`, `href="#x"`,
/// `#x` in the SVG's own CSS, `aria-*="x"` lists).
pub(super) fn scope_all_ids(svg: &str, prefix: &str) -> String {
    let deduped = drop_repeated_ids(svg);
    let svg = deduped.as_str();
    let foreign: HashSet<&str> = attribute_values(svg, "id").filter(|id| !id.starts_with(prefix)).collect();
    if foreign.is_empty() {
        return svg.to_string();
    }
    let mut out = String::with_capacity(svg.len() + foreign.len() * 16);
    let bytes = svg.as_bytes();
    let mut i = 0;
    let mut copied = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // `#name` references (url(#x), href="#x", CSS selectors) and
        // attribute values that are exactly an id: id="x", aria-labelledby="x y".
        let starts_ref = b == b'#';
        let starts_attr = b == b'"' && preceded_by_id_list_attr(&svg[..i]);
        if starts_ref || starts_attr {
            let start = i + 1;
            if starts_attr {
                // Rewrite each space-separated token of the attribute value.
                let end = svg[start..].find('"').map_or(svg.len(), |e| start + e);
                out.push_str(&svg[copied..start]);
                let mut first = true;
                for token in svg[start..end].split(' ') {
                    if !first {
                        out.push(' ');
                    }
                    first = false;
                    if foreign.contains(token) {
                        out.push_str(prefix);
                        out.push('-');
                    }
                    out.push_str(token);
                }
                copied = end;
                i = end + 1;
                continue;
            }
            let end = start + svg[start..].bytes().take_while(|c| is_id_byte(*c)).count();
            let name = &svg[start..end];
            if foreign.contains(name) {
                out.push_str(&svg[copied..start]);
                out.push_str(prefix);
                out.push('-');
                out.push_str(name);
                copied = end;
            }
            i = end.max(i + 1);
            continue;
        }
        i += 1;
    }
    out.push_str(&svg[copied..]);
    out
}

/// Removes the `id` attribute of every element after the first that
/// carries the same id (merman's mindmap repeats a node's id on its
/// background shape, as Mermaid does); references resolve to the first.
fn drop_repeated_ids(svg: &str) -> String {
    let mut seen = HashSet::new();
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = rest.find(" id=\"") {
        let value_start = at + 5;
        let Some(len) = rest[value_start..].find('"') else { break };
        let value = &rest[value_start..value_start + len];
        let attr_end = value_start + len + 1;
        if seen.insert(value) {
            out.push_str(&rest[..attr_end]);
        } else {
            out.push_str(&rest[..at]);
        }
        rest = &rest[attr_end..];
    }
    out.push_str(rest);
    out
}

fn preceded_by_id_list_attr(before: &str) -> bool {
    ["id=", "aria-labelledby=", "aria-describedby=", "aria-controls=", "for="]
        .iter()
        .any(|attr| before.ends_with(attr) && before[..before.len() - attr.len()].ends_with(' '))
}

fn is_id_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.') || b >= 0x80
}

/// Every value of attribute `name` (double-quoted, as merman writes them).
pub(super) fn attribute_values<'a>(svg: &'a str, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let needle = format!(" {name}=\"");
    let mut rest = svg;
    std::iter::from_fn(move || {
        let at = rest.find(needle.as_str())?;
        let from = at + needle.len();
        let len = rest[from..].find('"')?;
        let value = &rest[from..from + len];
        rest = &rest[from + len..];
        Some(value)
    })
}

/// Turns the caller's id into a valid, CSS-safe id token. Injective on
/// what the generator passes: ASCII letters, digits, `-` and `_` are kept,
/// anything else becomes `_<hex>_`.
pub(super) fn sanitize(id: &str) -> String {
    let mut out = String::with_capacity(id.len() + 2);
    if !id.starts_with(|c: char| c.is_ascii_alphabetic()) {
        out.push_str("d-");
    }
    for c in id.chars() {
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
            out.push(c);
        } else {
            out.push_str(&format!("_{:x}_", c as u32));
        }
    }
    out
}

/// Swaps the placeholder for the final id.
pub(super) fn assign(svg: &str, id: &str) -> String {
    svg.replace(PLACEHOLDER, id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_ids_are_scoped_with_their_references() {
        let svg = format!(
            r##"<svg id="{PLACEHOLDER}" aria-labelledby="t {PLACEHOLDER}-x"><style>#grad1{{fill:red}}</style><linearGradient id="grad1"/><rect fill="url(#grad1)"/><use href="#grad1"/><title id="t">x</title><text>#grad10 #fff</text></svg>"##
        );
        let out = scope_all_ids(&svg, PLACEHOLDER);
        assert!(out.contains(&format!(r#"id="{PLACEHOLDER}-grad1""#)), "{out}");
        assert!(out.contains(&format!("url(#{PLACEHOLDER}-grad1)")));
        assert!(out.contains(&format!(r##"href="#{PLACEHOLDER}-grad1""##)));
        assert!(out.contains(&format!("#{PLACEHOLDER}-grad1{{fill:red}}")));
        assert!(out.contains(&format!(r#"aria-labelledby="{PLACEHOLDER}-t {PLACEHOLDER}-x""#)));
        assert!(out.contains("#grad10 #fff"), "a longer name and a colour stay: {out}");
    }

    #[test]
    fn a_repeated_id_is_dropped_from_later_elements() {
        let svg = r#"<g id="n1"><path id="n1" d="M0"/></g><g id="n2"/>"#;
        assert_eq!(drop_repeated_ids(svg), r#"<g id="n1"><path d="M0"/></g><g id="n2"/>"#);
    }

    #[test]
    fn sanitize_is_a_valid_css_ident_and_keeps_distinct_ids_distinct() {
        assert_eq!(sanitize("d-page-1"), "d-page-1");
        assert_eq!(sanitize("1x"), "d-1x");
        assert_ne!(sanitize("a.b"), sanitize("a/b"));
        assert!(sanitize("é x").chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    }
}
