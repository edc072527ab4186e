//! Legible labels on author-coloured nodes. `classDef`/`style` give a node a
//! fixed fill (`fill:#d4f8d4`) that is the same in both themes, while the
//! label colour follows the theme: light grey text on a pale green node in
//! dark mode. When a node has a literal fill and its label no colour of its
//! own, the label gets near-black or near-white text, whichever contrasts.

const DARK_TEXT: &str = "#1a1a1a";
const LIGHT_TEXT: &str = "#f5f5f5";

pub fn fix_author_fills(svg: &str) -> String {
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut from = 0;
    while let Some(at) = svg[from..].find("<g class=\"node") {
        let start = from + at;
        // `node ...` or `node"`, not the `nodes` container.
        if !matches!(svg.as_bytes().get(start + 14), Some(b' ' | b'"')) {
            from = start + 1;
            continue;
        }
        let end = group_end(svg, start).unwrap_or(svg.len());
        let node = &svg[start..end];
        if let Some(fill) = author_fill(node) {
            let text = if luminance(fill) > 0.35 { DARK_TEXT } else { LIGHT_TEXT };
            let mut search = 0;
            while let Some(t) = node[search..].find("<text") {
                let tag_start = search + t;
                let tag_end = tag_start + node[tag_start..].find('>').unwrap_or(node.len() - tag_start);
                let tag = &node[tag_start..tag_end];
                let has_colour = tag.contains("fill:") || tag.contains(" fill=\"");
                if !has_colour {
                    match tag.find(" style=\"") {
                        Some(s) => {
                            let at = start + tag_start + s + " style=\"".len();
                            edits.push((at, at, format!("fill:{text};")));
                        }
                        None => {
                            let at = start + tag_start + "<text".len();
                            edits.push((at, at, format!(" style=\"fill:{text}\"")));
                        }
                    }
                }
                search = tag_end;
            }
        }
        from = start + 1;
    }
    if edits.is_empty() {
        return svg.to_string();
    }
    edits.sort_by_key(|e| e.0);
    edits.dedup_by_key(|e| e.0);
    let mut out = String::with_capacity(svg.len() + edits.len() * 20);
    let mut copied = 0;
    for (s, e, text) in edits {
        out.push_str(&svg[copied..s]);
        out.push_str(&text);
        copied = e;
    }
    out.push_str(&svg[copied..]);
    out
}

/// Index just past the `</g>` closing the `<g` at `start`.
fn group_end(svg: &str, start: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = start;
    while let Some(lt) = svg[i..].find('<') {
        let at = i + lt;
        let rest = &svg[at..];
        if rest.starts_with("</g>") {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                return Some(at + 4);
            }
        } else if rest.starts_with("<g ") || rest.starts_with("<g>") {
            let tag_end = rest.find('>')?;
            if !rest[..tag_end].ends_with('/') {
                depth += 1;
            }
        }
        i = at + 1;
    }
    None
}

/// The literal hex fill an author's style gives the node's first shape.
fn author_fill(node: &str) -> Option<&str> {
    let mut from = 0;
    while let Some(lt) = node[from..].find('<') {
        let at = from + lt;
        from = at + 1;
        let rest = &node[at..];
        let is_shape = ["<rect", "<polygon", "<path", "<circle", "<ellipse"].iter().any(|s| rest.starts_with(s));
        if !is_shape {
            continue;
        }
        let Some(end) = rest.find('>') else { break };
        let tag = &rest[..end];
        let Some(style) = tag.split(" style=\"").nth(1).and_then(|v| v.split('"').next()) else { continue };
        let fill = style.split(';').find_map(|d| {
            let (name, value) = d.split_once(':')?;
            // merman marks the author's classDef/style declarations !important.
            let value = value.trim().strip_suffix("!important")?;
            (name.trim() == "fill").then(|| value.trim())
        });
        if let Some(fill) = fill.filter(|f| f.starts_with('#')) {
            return Some(fill);
        }
    }
    None
}

/// WCAG relative luminance of `#rgb` / `#rrggbb`.
fn luminance(hex: &str) -> f64 {
    let h = hex.trim_start_matches('#');
    let expand: String = if h.len() == 3 || h.len() == 4 { h.chars().take(3).flat_map(|c| [c, c]).collect() } else { h.chars().take(6).collect() };
    let channel = |i: usize| {
        let v = u8::from_str_radix(expand.get(i..i + 2).unwrap_or("80"), 16).unwrap_or(128) as f64 / 255.0;
        if v <= 0.03928 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pale_author_fill_gets_dark_text_and_dark_fill_light_text() {
        let svg = r#"<g class="node a"><rect/><polygon style="fill:#d4f8d4 !important"/><g class="label"><text y="1" style="">Deploy</text></g></g><g class="node b"><rect style="fill:#123456!important"/><text>x</text></g><g class="node c"><rect style="fill:#ECECFF"/><text>plain</text></g><g class="nodes"><rect style="fill:#fff!important"/><text>n</text></g>"#;
        let out = fix_author_fills(svg);
        assert!(out.contains(r#"<text y="1" style="fill:#1a1a1a;">Deploy"#), "{out}");
        assert!(out.contains(r#"<text style="fill:#f5f5f5">x"#), "{out}");
        assert!(out.contains("<text>plain</text>"), "{out}");
        assert!(out.contains("<text>n</text>"), "the nodes container is not a node: {out}");
    }
}
