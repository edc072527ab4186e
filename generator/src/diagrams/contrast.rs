//! Legible labels on coloured shapes.
//!
//! Author-coloured nodes: `classDef`/`style` give a node a
//! fixed fill (`fill:#d4f8d4`) that is the same in both themes, while the
//! label colour follows the theme: light grey text on a pale green node in
//! dark mode. When a node has a literal fill and its label no colour of its
//! own, the label gets near-black or near-white text, whichever contrasts.

const DARK_TEXT: &str = "#1a1a1a";
const LIGHT_TEXT: &str = "#f5f5f5";

pub(super) fn fix_author_fills(svg: &str) -> String {
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut from = 0;
    while let Some(at) = svg[from..].find("<g class=\"node") {
        let start = from + at;
        // `node ...` or `node"`, not the `nodes` container.
        if !matches!(svg.as_bytes().get(start + 14), Some(b' ' | b'"')) {
            from = start + 1;
            continue;
        }
        let end = super::labels::group_end(svg, start).unwrap_or(svg.len());
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

/// Section colours of one theme's drawing: merman's themes pair some
/// section fills with a label colour that barely contrasts (white on light
/// violet, 2.6:1, in the default timeline; light grey on teal, 2.5:1, for a
/// dark git graph branch). Where a label fill (`.section-N text` of mind maps
/// and timelines, `.branch-labelN` of git graphs) contrasts less than 4.5:1
/// (WCAG AA) with its shape's fill (`.section-N rect`, `.labelN`), it
/// becomes near-black or near-white, whichever contrasts more. Run on the
/// light and the dark drawing before they merge.
pub(super) fn fix_section_labels(svg: &str) -> String {
    let Some(style_at) = svg.find("<style") else { return svg.to_string() };
    let body_start = style_at + svg[style_at..].find('>').map_or(0, |i| i + 1);
    let body_end = body_start + svg[body_start..].find("</style>").unwrap_or(0);
    let css = &svg[body_start..body_end];
    // Shape fill of each `.section-N` class.
    let mut shape_fills: Vec<(String, (f64, f64, f64))> = Vec::new();
    for rule in css.split('}') {
        let Some((selector, decls)) = rule.split_once('{') else { continue };
        for part in selector.split(',') {
            if let Some(class) = section_class(part, "rect").or_else(|| git_class(part, "label"))
                && let Some(rgb) = declaration(decls, "fill").and_then(parse_colour)
            {
                shape_fills.push((class.to_string(), rgb));
            }
        }
    }
    let mut out = String::with_capacity(css.len() + 64);
    for (i, rule) in css.split('}').enumerate() {
        if i > 0 {
            out.push('}');
        }
        let fixed = (|| {
            let (selector, decls) = rule.split_once('{')?;
            let class =
                selector.split(',').find_map(|p| section_class(p, "text").or_else(|| git_class(p, "branch-label")))?;
            let text = declaration(decls, "fill")?;
            let text_rgb = parse_colour(text)?;
            let (_, shape) = shape_fills.iter().find(|(c, _)| c == class)?;
            if contrast(text_rgb, *shape) >= 4.5 {
                return None;
            }
            let dark = hex_rgb(DARK_TEXT);
            let better =
                if contrast(dark, *shape) >= contrast(hex_rgb(LIGHT_TEXT), *shape) { DARK_TEXT } else { LIGHT_TEXT };
            Some(format!("{selector}{{{}", decls.replacen(&format!("fill:{text}"), &format!("fill:{better}"), 1)))
        })();
        out.push_str(fixed.as_deref().unwrap_or(rule));
    }
    format!("{}{out}{}", &svg[..body_start], &svg[body_end..])
}

/// `section-N` when `selector` is `#id .section-N <element>`.
fn section_class<'a>(selector: &'a str, element: &str) -> Option<&'a str> {
    let mut words = selector.split_whitespace();
    let _id = words.next()?;
    let class = words.next()?.strip_prefix('.')?;
    (class.starts_with("section-") && words.next()? == element && words.next().is_none()).then_some(class)
}

/// `N` when `selector` is `#id .<prefix>N` (git graph branch colours).
fn git_class<'a>(selector: &'a str, prefix: &str) -> Option<&'a str> {
    let mut words = selector.split_whitespace();
    let _id = words.next()?;
    let n = words.next()?.strip_prefix('.')?.strip_prefix(prefix)?;
    (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && words.next().is_none()).then_some(n)
}

/// The value of the last `name:value` declaration.
fn declaration<'a>(decls: &'a str, name: &str) -> Option<&'a str> {
    decls
        .split(';')
        .filter_map(|d| d.split_once(':'))
        .filter(|(n, _)| n.trim() == name)
        .map(|(_, v)| v.trim())
        .next_back()
}

/// `#rgb`, `#rrggbb`, `rgb()`, `hsl()`, `white`, `black` as 0..1 channels.
fn parse_colour(value: &str) -> Option<(f64, f64, f64)> {
    let v = value.trim().trim_end_matches("!important").trim();
    let numbers = |inner: &str| -> Vec<f64> {
        inner
            .split([',', ' ', '/'])
            .filter(|s| !s.is_empty())
            .filter_map(|s| s.trim_end_matches('%').parse().ok())
            .collect()
    };
    match v {
        "white" => Some((1.0, 1.0, 1.0)),
        "lightgrey" | "lightgray" => Some((211.0 / 255.0, 211.0 / 255.0, 211.0 / 255.0)),
        "black" => Some((0.0, 0.0, 0.0)),
        _ if v.starts_with('#') && matches!(v.len(), 4 | 7) => Some(hex_rgb(v)),
        _ if v.starts_with("rgb") => {
            let n = numbers(v.split_once('(')?.1.strip_suffix(')')?);
            Some((n.first()? / 255.0, n.get(1)? / 255.0, n.get(2)? / 255.0))
        }
        _ if v.starts_with("hsl") => {
            let n = numbers(v.split_once('(')?.1.strip_suffix(')')?);
            let (h, s, l) = (n.first()? / 360.0, n.get(1)? / 100.0, n.get(2)? / 100.0);
            let q = if l < 0.5 { l * (1.0 + s) } else { l + s - l * s };
            let p = 2.0 * l - q;
            let channel = |t: f64| {
                let t = t.rem_euclid(1.0);
                if t < 1.0 / 6.0 {
                    p + (q - p) * 6.0 * t
                } else if t < 0.5 {
                    q
                } else if t < 2.0 / 3.0 {
                    p + (q - p) * (2.0 / 3.0 - t) * 6.0
                } else {
                    p
                }
            };
            Some((channel(h + 1.0 / 3.0), channel(h), channel(h - 1.0 / 3.0)))
        }
        _ => None,
    }
}

fn hex_rgb(hex: &str) -> (f64, f64, f64) {
    let h = hex.trim_start_matches('#');
    let full: String = if h.len() == 3 { h.chars().flat_map(|c| [c, c]).collect() } else { h.to_string() };
    let channel = |i: usize| u8::from_str_radix(full.get(i..i + 2).unwrap_or("80"), 16).unwrap_or(128) as f64 / 255.0;
    (channel(0), channel(2), channel(4))
}

/// WCAG contrast ratio of two colours.
fn contrast(a: (f64, f64, f64), b: (f64, f64, f64)) -> f64 {
    let lum = |(r, g, b): (f64, f64, f64)| {
        let f = |v: f64| if v <= 0.03928 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) };
        0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)
    };
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
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
    let expand: String = if h.len() == 3 || h.len() == 4 {
        h.chars().take(3).flat_map(|c| [c, c]).collect()
    } else {
        h.chars().take(6).collect()
    };
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
    fn a_section_label_that_barely_contrasts_gets_readable_text() {
        let svg = "<svg><style>#x .section-3 rect,#x .section-3 path{fill:hsl(270, 100%, 76.27%);}#x .section-3 text{fill:#ffffff;}#x .section-0 rect{fill:#222222;}#x .section-0 text{fill:#ffffff;}</style></svg>";
        let out = fix_section_labels(svg);
        assert!(out.contains("#x .section-3 text{fill:#1a1a1a;}"), "{out}");
        assert!(out.contains("#x .section-0 text{fill:#ffffff;}"), "white on #222 is fine: {out}");
        let git = "<style>#x .branch-label2{fill:lightgrey;}#x .label2{fill:hsl(194.4, 16.56%, 49.61%);}#x .label12{fill:#000;}</style>";
        assert!(fix_section_labels(git).contains("#x .branch-label2{fill:#1a1a1a;}"), "{}", fix_section_labels(git));
    }

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
