//! Light and dark in one SVG. merman draws a diagram with its `default` and
//! its `dark` theme; the layouts are identical (same text measurement), so
//! the two SVGs differ only in colour literals. Each differing pair becomes
//! CSS `light-dark(<light>, <dark>)`, which follows the `color-scheme` the
//! page sets on the figure (`diagrams.css`): the site's `data-theme`
//! toggle, else `prefers-color-scheme`. In `<style>` rules and `style=""`
//! the pair replaces the literal; a paint attribute (`fill="…"`) keeps its
//! light value as a fallback and gets a `style` declaration that wins over
//! it. When the drawings differ in anything but colours, `merge` returns
//! `None` and the caller ships both drawings, switched by CSS.

use std::collections::BTreeMap;

/// Presentation attributes whose colour a `style` declaration can carry.
const PAINT_ATTRIBUTES: &[&str] = &["fill", "stroke", "stop-color", "flood-color", "lighting-color", "color"];

const NAMED_COLOURS: &[&str] = &[
    "black",
    "white",
    "gray",
    "grey",
    "lightgray",
    "lightgrey",
    "darkgray",
    "darkgrey",
    "red",
    "green",
    "blue",
    "yellow",
    "orange",
    "purple",
    "transparent",
    "lightblue",
    "lightgreen",
    "lightyellow",
];

/// One edit of the light SVG: replace `range` with `text`.
struct Edit {
    start: usize,
    end: usize,
    text: String,
}

/// Merges the light and dark drawings, or `None` when they differ in
/// anything but colours (in `<style>` rules: anything but declaration
/// values; a value that differs in more than colours, such as merman's
/// unused "neo" look switching a stroke to a gradient, keeps its light form).
pub(super) fn merge(light: &str, dark: &str) -> Option<String> {
    let light_styles = style_element_ranges(light);
    let dark_styles = style_element_ranges(dark);
    if light_styles.len() != dark_styles.len() {
        return None;
    }
    let mut edits = Vec::new();
    // Declarations to add to a start tag's style, keyed by the tag's '<'.
    let mut tag_decls: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let (mut light_from, mut dark_from) = (0, 0);
    for i in 0..=light_styles.len() {
        let (light_to, dark_to) = match (light_styles.get(i), dark_styles.get(i)) {
            (Some(l), Some(d)) => (l.0, d.0),
            _ => (light.len(), dark.len()),
        };
        markup_edits(light, light_from, light_to, &dark[dark_from..dark_to], &mut edits, &mut tag_decls)?;
        if let (Some(&(ls, le)), Some(&(ds, de))) = (light_styles.get(i), dark_styles.get(i)) {
            let css = merge_css(&light[ls..le], &dark[ds..de])?;
            edits.push(Edit { start: ls, end: le, text: css });
            (light_from, dark_from) = (le, de);
        }
    }
    for (tag_start, decls) in tag_decls {
        if let Some(edit) = style_insertion(light, tag_start, &decls) {
            edits.push(edit);
        }
    }
    edits.sort_by_key(|e| (e.start, e.end));
    let mut out = String::with_capacity(light.len() + edits.len() * 24);
    let mut copied = 0;
    for edit in edits {
        if edit.start < copied {
            continue; // overlapping edits cannot happen; stay safe anyway
        }
        out.push_str(&light[copied..edit.start]);
        out.push_str(&edit.text);
        copied = edit.end;
    }
    out.push_str(&light[copied..]);
    Some(out)
}

/// Colour pairs between `light[from..to]` (markup, no `<style>` body) and
/// the matching `dark` piece, as edits of the light SVG.
fn markup_edits(
    light: &str,
    from: usize,
    to: usize,
    dark: &str,
    edits: &mut Vec<Edit>,
    tag_decls: &mut BTreeMap<usize, Vec<String>>,
) -> Option<()> {
    for (ls, le, d) in colour_pairs(&light[from..to], dark)? {
        let (ls, le) = (from + ls, from + le);
        let l = &light[ls..le];
        let pair = format!("light-dark({l},{d})");
        match enclosing_attribute(light, ls) {
            Some("style") => edits.push(Edit { start: ls, end: le, text: pair }),
            Some(name) if PAINT_ATTRIBUTES.contains(&name) => {
                if let Some(tag_start) = light[..ls].rfind('<') {
                    tag_decls.entry(tag_start).or_default().push(format!("{name}:{pair}"));
                }
            }
            // A colour in text content or another attribute stays light.
            _ => {}
        }
    }
    Some(())
}

/// The differing colour literals of two texts that are otherwise equal:
/// (start, end) in `light` and the dark literal. `None` when anything else
/// differs.
fn colour_pairs<'d>(light: &str, dark: &'d str) -> Option<Vec<(usize, usize, &'d str)>> {
    let lt = colour_tokens(light);
    let dt = colour_tokens(dark);
    if lt.len() != dt.len() {
        return None;
    }
    let (mut lp, mut dp) = (0, 0);
    let mut pairs = Vec::new();
    for (&(ls, le), &(ds, de)) in lt.iter().zip(&dt) {
        if light[lp..ls] != dark[dp..ds] {
            return None;
        }
        if !light[ls..le].eq_ignore_ascii_case(&dark[ds..de]) {
            pairs.push((ls, le, &dark[ds..de]));
        }
        (lp, dp) = (le, de);
    }
    (light[lp..] == dark[dp..]).then_some(pairs)
}

/// Merges two stylesheets with the same rules: differing colours in a
/// declaration's value become `light-dark()` pairs.
fn merge_css(light: &str, dark: &str) -> Option<String> {
    let split = |css: &str| -> Vec<(usize, usize)> {
        let mut pieces = Vec::new();
        let mut start = 0;
        for (i, c) in css.char_indices() {
            if matches!(c, '{' | '}' | ';') {
                pieces.push((start, i + 1));
                start = i + 1;
            }
        }
        pieces.push((start, css.len()));
        pieces
    };
    let (lp, dp) = (split(light), split(dark));
    if lp.len() != dp.len() {
        return None;
    }
    let mut out = String::with_capacity(light.len() + 256);
    for (&(ls, le), &(ds, de)) in lp.iter().zip(&dp) {
        let (l, d) = (&light[ls..le], &dark[ds..de]);
        if l == d {
            out.push_str(l);
            continue;
        }
        // Only a declaration (`name:value;` or the last one before `}`) may differ.
        let (Some((ln, lv)), Some((dn, dv))) = (l.split_once(':'), d.split_once(':')) else {
            return None;
        };
        if ln.trim() != dn.trim() || l.ends_with('{') || d.ends_with('{') {
            return None;
        }
        out.push_str(ln);
        out.push(':');
        match colour_pairs(lv, dv) {
            Some(pairs) => {
                let mut copied = 0;
                for (s, e, dc) in pairs {
                    out.push_str(&lv[copied..s]);
                    out.push_str(&format!("light-dark({},{dc})", &lv[s..e]));
                    copied = e;
                }
                out.push_str(&lv[copied..]);
            }
            None => out.push_str(lv),
        }
    }
    Some(out)
}

/// Byte ranges of colour literals: `#rgb[a]`, `#rrggbb[aa]`, `rgb()`,
/// `rgba()`, `hsl()`, `hsla()` and a few CSS colour names.
fn colour_tokens(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let word_byte = |c: u8| c.is_ascii_alphanumeric() || c == b'-' || c == b'_';
    while i < b.len() {
        let prev_is_word = i > 0 && (word_byte(b[i - 1]) || b[i - 1] == b'&' || b[i - 1] == b'#');
        if b[i] == b'#' && !(i > 0 && b[i - 1] == b'&') {
            let run = b[i + 1..].iter().take_while(|c| c.is_ascii_hexdigit()).count();
            let next_ok = b.get(i + 1 + run).is_none_or(|c| !word_byte(*c));
            if matches!(run, 3 | 4 | 6 | 8) && next_ok {
                out.push((i, i + 1 + run));
                i += 1 + run;
                continue;
            }
            i += 1;
            continue;
        }
        if !prev_is_word && b[i].is_ascii_alphabetic() {
            let run = b[i..].iter().take_while(|c| word_byte(**c)).count();
            let word = &s[i..i + run];
            let lower = word.to_ascii_lowercase();
            if matches!(lower.as_str(), "rgb" | "rgba" | "hsl" | "hsla")
                && b.get(i + run) == Some(&b'(')
                && let Some(close) = s[i + run..].find(')')
            {
                let end = i + run + close + 1;
                out.push((i, end));
                i = end;
                continue;
            }
            if NAMED_COLOURS.contains(&lower.as_str()) {
                out.push((i, i + run));
            }
            i += run;
            continue;
        }
        i += 1;
    }
    out
}

/// Byte ranges of the contents of every `<style>` element.
fn style_element_ranges(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = s[from..].find("<style") {
        let open = from + open;
        let Some(gt) = s[open..].find('>') else { break };
        let body = open + gt + 1;
        let end = s[body..].find("</style>").map_or(s.len(), |e| body + e);
        out.push((body, end));
        from = end;
    }
    out
}

/// The attribute whose double-quoted value contains byte `at`, if `at` is
/// inside a start tag.
fn enclosing_attribute(s: &str, at: usize) -> Option<&str> {
    let before = &s[..at];
    let lt = before.rfind('<')?;
    if before[lt..].contains('>') {
        return None; // text content
    }
    let quote = before.rfind('"')?;
    if quote < lt || before[lt..quote].matches('"').count() % 2 == 1 {
        return None; // not inside a value
    }
    let name_end = quote.checked_sub(1).filter(|&i| s.as_bytes()[i] == b'=')?;
    let name_start = before[..name_end].rfind(' ').map_or(lt + 1, |i| i + 1);
    Some(&s[name_start..name_end])
}

/// An edit adding `decls` to the style of the start tag at `tag_start`:
/// appended to its `style=""`, or a new `style` attribute. A property the
/// existing style already sets is left alone (it wins over the attribute).
fn style_insertion(s: &str, tag_start: usize, decls: &[String]) -> Option<Edit> {
    let tag_end = tag_start + s[tag_start..].find('>')?;
    let tag = &s[tag_start..tag_end];
    if let Some(at) = tag.find(" style=\"") {
        let value_start = tag_start + at + " style=\"".len();
        let value_end = value_start + s[value_start..tag_end].find('"')?;
        let existing = &s[value_start..value_end];
        let set: Vec<&str> = existing.split(';').filter_map(|d| d.split_once(':').map(|(n, _)| n.trim())).collect();
        let extra: Vec<&str> = decls
            .iter()
            .filter(|d| !set.contains(&d.split_once(':').map_or("", |(n, _)| n)))
            .map(String::as_str)
            .collect();
        if extra.is_empty() {
            return None;
        }
        let sep = if existing.trim_end().ends_with(';') || existing.trim().is_empty() { "" } else { ";" };
        return Some(Edit { start: value_end, end: value_end, text: format!("{sep}{}", extra.join(";")) });
    }
    let insert_at = if tag.ends_with('/') { tag_end - 1 } else { tag_end };
    Some(Edit { start: insert_at, end: insert_at, text: format!(" style=\"{}\"", decls.join(";")) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differing_colours_become_light_dark_pairs() {
        let light = r##"<svg><style>#d .node rect{fill:#ECECFF;stroke:#9370DB;color:#333;}</style><rect fill="#fff" x="1"/><path style="stroke:rgb(1, 2, 3)"/><text>#fff</text></svg>"##;
        let dark = r##"<svg><style>#d .node rect{fill:#1f2020;stroke:#ccc;color:#333;}</style><rect fill="#000" x="1"/><path style="stroke:hsl(0, 0%, 80%)"/><text>#fff</text></svg>"##;
        let merged = merge(light, dark).expect("same structure");
        assert!(merged.contains("fill:light-dark(#ECECFF,#1f2020)"), "{merged}");
        assert!(merged.contains("color:#333;"), "an equal colour stays: {merged}");
        assert!(merged.contains(r##"<rect fill="#fff" x="1" style="fill:light-dark(#fff,#000)"/>"##), "{merged}");
        assert!(merged.contains("stroke:light-dark(rgb(1, 2, 3),hsl(0, 0%, 80%))"), "{merged}");
    }

    #[test]
    fn an_existing_style_declaration_is_not_overridden() {
        let light = r##"<rect fill="#fff" style="fill:#abc"/>"##;
        let dark = r##"<rect fill="#000" style="fill:#abc"/>"##;
        assert_eq!(merge(light, dark).unwrap(), light);
        let light = r##"<rect stroke="#fff" style="fill:#abc"/>"##;
        let dark = r##"<rect stroke="#000" style="fill:#abc"/>"##;
        assert_eq!(
            merge(light, dark).unwrap(),
            r##"<rect stroke="#fff" style="fill:#abc;stroke:light-dark(#fff,#000)"/>"##
        );
    }

    #[test]
    fn different_structure_is_refused() {
        assert!(merge("<svg><rect/></svg>", "<svg><circle/></svg>").is_none());
        assert!(merge(r##"<a fill="#fff"/>"##, r##"<a fill="none"/>"##).is_none());
    }
}
