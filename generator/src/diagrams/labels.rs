//! Label geometry fixes merman's SVG needs before a browser draws it.
//!
//! - Mind-map labels are HTML in Mermaid; merman's text fallback puts each
//!   one in a nested `<svg style="overflow:hidden">` exactly as wide as the
//!   measured text, so any difference between measurement and the reader's
//!   font cuts letters off. The nested viewport is made `overflow:visible`:
//!   the node shape around it is what bounds the label.
//! - Edge labels: merman positions the text of class and state (and, by a
//!   pixel or two, ER) edge labels off their background rectangle, because
//!   its SVG text's first baseline sits 1 em below the point it centres on.
//!   Each edge label's text box is computed the way the browser lays it
//!   out (rows from the `<tspan>` `y`/`dy`, widths from [`super::fonts`],
//!   Arial's ascent and descent), the text is moved so that box is centred
//!   on the rectangle, and the rectangle grows when the box is larger.

use super::fonts;

/// Arial's (Liberation Sans') ascent and descent in em (hhea: 1854 and 434
/// of 2048 units): the vertical extent browsers give a line's text box.
const ASCENT_EM: f64 = 1854.0 / 2048.0;
const DESCENT_EM: f64 = 434.0 / 2048.0;
/// Room between an edge label's text and its background's edge, in px.
const EDGE_LABEL_PADDING: f64 = 2.0;

pub(super) fn fix(svg: &str) -> String {
    let svg = unclip_fallback_labels(svg);
    fit_edge_label_backgrounds(&svg)
}

/// `overflow:hidden` on merman's fallback label viewports becomes `visible`.
fn unclip_fallback_labels(svg: &str) -> String {
    if !svg.contains("foreignobject-label-") {
        return svg.to_string();
    }
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = rest.find("foreignobject-label-") {
        // The nested <svg> right after the defs group's id.
        let Some(svg_at) = rest[at..].find("<svg").map(|i| at + i) else { break };
        let tag_end = svg_at + rest[svg_at..].find('>').unwrap_or(rest.len() - svg_at);
        out.push_str(&rest[..svg_at]);
        out.push_str(&rest[svg_at..tag_end].replacen("overflow:hidden", "overflow:visible", 1));
        rest = &rest[tag_end..];
    }
    out.push_str(rest);
    out
}

fn fit_edge_label_backgrounds(svg: &str) -> String {
    let font_size = edge_label_font_size(svg);
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut from = 0;
    while let Some(at) = svg[from..].find("<g class=\"edgeLabel\"") {
        let start = from + at;
        from = start + 1;
        let Some(end) = group_end(svg, start) else { break };
        if let Some(mut label_edits) = fit_one(svg, start, end, font_size) {
            edits.append(&mut label_edits);
        }
    }
    if edits.is_empty() {
        return svg.to_string();
    }
    edits.sort_by_key(|e| e.0);
    let mut out = String::with_capacity(svg.len() + edits.len() * 40);
    let mut copied = 0;
    for (s, e, text) in edits {
        if s < copied {
            continue;
        }
        out.push_str(&svg[copied..s]);
        out.push_str(&text);
        copied = e;
    }
    out.push_str(&svg[copied..]);
    out
}

/// Edits for the edge label in `svg[start..end]`, or `None` when it has no
/// background rectangle or no text.
fn fit_one(svg: &str, start: usize, end: usize, default_size: f64) -> Option<Vec<(usize, usize, String)>> {
    let group = &svg[start..end];
    let rect_at = group.find("<rect")?;
    let rect_end = rect_at + group[rect_at..].find('>')?;
    let rect = &group[rect_at..rect_end];
    let (rx, ry) = (number_attr(rect, "x").unwrap_or(0.0), number_attr(rect, "y").unwrap_or(0.0));
    let (rw, rh) = (number_attr(rect, "width")?, number_attr(rect, "height")?);
    let text_at = rect_end + group[rect_end..].find("<text")?;
    let text_tag_end = text_at + group[text_at..].find('>')?;
    let text_tag = &group[text_at..text_tag_end];
    if text_tag.contains(" transform=\"") {
        return None;
    }
    let text_end = text_at + group[text_at..].find("</text>")?;
    let text = &group[text_tag_end + 1..text_end];
    // Translations of groups opened between the rectangle and the text.
    let (tx, ty) = open_translations(&group[rect_end..text_at]);
    let font_size = style_px(text_tag, "font-size").unwrap_or(default_size);
    let anchor_middle = text_tag.contains("text-anchor=\"middle\"") || text.contains("text-anchor=\"middle\"");
    let mut baseline = number_attr(text_tag, "y").unwrap_or(0.0);
    let (mut x0, mut x1, mut first, mut last) = (f64::MAX, f64::MIN, None, 0.0);
    for row in rows(text) {
        let tag = row.0;
        if let Some(y) = length_attr(tag, "y", font_size) {
            baseline = y;
        }
        baseline += length_attr(tag, "dy", font_size).unwrap_or(0.0);
        let x = length_attr(tag, "x", font_size).unwrap_or(0.0);
        let content = decode(&strip_tags(row.1));
        let width = fonts::width_px(&content, &merman::svg::TextStyle { font_size, ..Default::default() });
        let left = if anchor_middle { x - width / 2.0 } else { x };
        x0 = x0.min(left);
        x1 = x1.max(left + width);
        first.get_or_insert(baseline);
        last = baseline;
    }
    let first = first?;
    let (y0, y1) = (first - ASCENT_EM * font_size, last + DESCENT_EM * font_size);
    // Text box centre in the rectangle's coordinates, and the move onto the rectangle's centre.
    let (bx, by) = (tx + (x0 + x1) / 2.0, ty + (y0 + y1) / 2.0);
    let (dx, dy) = (rx + rw / 2.0 - bx, ry + rh / 2.0 - by);
    let mut edits = Vec::new();
    if dx.abs() > 0.05 || dy.abs() > 0.05 {
        let at = start + text_at + "<text".len();
        edits.push((at, at, format!(" transform=\"translate({}, {})\"", round2(dx), round2(dy))));
    }
    let (need_w, need_h) = (x1 - x0 + 2.0 * EDGE_LABEL_PADDING, y1 - y0 + 2.0 * EDGE_LABEL_PADDING);
    if need_w > rw || need_h > rh {
        let (w, h) = (need_w.max(rw), need_h.max(rh));
        let mut tag = rect.to_string();
        for (name, value) in [("x", rx - (w - rw) / 2.0), ("y", ry - (h - rh) / 2.0), ("width", w), ("height", h)] {
            tag = set_attr(&tag, name, &round2(value));
        }
        edits.push((start + rect_at, start + rect_end, tag));
    }
    Some(edits)
}

/// The font size the diagram's stylesheet gives edge label text: the last
/// `.edgeLabel` rule that sets one, else the root rule's, else 16px.
fn edge_label_font_size(svg: &str) -> f64 {
    let Some(style_at) = svg.find("<style") else { return 16.0 };
    let body_start = style_at + svg[style_at..].find('>').map_or(0, |i| i + 1);
    let body = &svg[body_start..body_start + svg[body_start..].find("</style>").unwrap_or(0)];
    let mut root = None;
    let mut edge = None;
    for rule in body.split('}') {
        let Some((selector, decls)) = rule.split_once('{') else { continue };
        let Some(size) = style_px(&format!(" style=\"{decls}\""), "font-size") else { continue };
        if selector.contains(".edgeLabel") && !selector.contains(" p") && !selector.contains(" span") {
            edge = Some(size);
        } else if root.is_none() && selector.trim().starts_with('#') && !selector.contains(' ') {
            root = Some(size);
        }
    }
    edge.or(root).unwrap_or(16.0)
}

/// `(start tag, content)` of each row `<tspan>` (merman's `text-outer-tspan`),
/// or the whole text as one row when it has none.
fn rows(text: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find("<tspan") {
        let at = from + at;
        let Some(tag_len) = text[at..].find('>') else { break };
        let tag = &text[at..at + tag_len];
        let content_start = at + tag_len + 1;
        if !tag.contains("text-outer-tspan") {
            from = content_start;
            continue;
        }
        // Content up to the matching </tspan>.
        let mut depth = 1;
        let mut i = content_start;
        while depth > 0 {
            let Some(next) = text[i..].find("tspan") else { break };
            let j = i + next;
            if text[..j].ends_with("</") {
                depth -= 1;
            } else if text[..j].ends_with('<') {
                depth += 1;
            }
            i = j + 5;
        }
        let content_end = text[..i].rfind("</").unwrap_or(text.len()).max(content_start);
        out.push((tag, &text[content_start..content_end]));
        from = i;
    }
    if out.is_empty() {
        out.push(("", text));
    }
    out
}

/// Sum of `translate(a, b)` of the `<g>` elements opened (and not closed) in `markup`.
fn open_translations(markup: &str) -> (f64, f64) {
    let mut stack: Vec<(f64, f64)> = Vec::new();
    let mut from = 0;
    while let Some(lt) = markup[from..].find('<') {
        let at = from + lt;
        let rest = &markup[at..];
        if rest.starts_with("</g>") {
            stack.pop();
        } else if rest.starts_with("<g ") || rest.starts_with("<g>") {
            let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
            if !tag.ends_with('/') {
                stack.push(translation(tag));
            }
        }
        from = at + 1;
    }
    stack.iter().fold((0.0, 0.0), |(x, y), (a, b)| (x + a, y + b))
}

fn translation(tag: &str) -> (f64, f64) {
    let Some(value) = attr(tag, "transform") else { return (0.0, 0.0) };
    let Some(args) = value.trim().strip_prefix("translate(").and_then(|v| v.strip_suffix(')')) else {
        return (0.0, 0.0);
    };
    let mut numbers = args.split([',', ' ']).filter(|s| !s.is_empty()).map(|s| s.parse::<f64>().unwrap_or(0.0));
    (numbers.next().unwrap_or(0.0), numbers.next().unwrap_or(0.0))
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let needle = format!(" {name}=\"");
    let at = tag.find(&needle)? + needle.len();
    Some(&tag[at..at + tag[at..].find('"')?])
}

fn number_attr(tag: &str, name: &str) -> Option<f64> {
    attr(tag, name)?.trim().parse().ok()
}

/// A length attribute in px (`1.1em` resolved against `font_size`).
fn length_attr(tag: &str, name: &str, font_size: f64) -> Option<f64> {
    let value = attr(tag, name)?.trim();
    if let Some(em) = value.strip_suffix("em") {
        return em.parse::<f64>().ok().map(|v| v * font_size);
    }
    value.trim_end_matches("px").parse().ok()
}

/// A `name:Npx` declaration of the tag's `style`.
fn style_px(tag: &str, name: &str) -> Option<f64> {
    attr(tag, "style")?.split(';').find_map(|d| {
        let (n, v) = d.split_once(':')?;
        (n.trim() == name).then(|| v.trim().trim_end_matches("!important").trim().strip_suffix("px")?.parse().ok())?
    })
}

fn set_attr(tag: &str, name: &str, value: &str) -> String {
    let needle = format!(" {name}=\"");
    match tag.find(&needle) {
        Some(at) => {
            let from = at + needle.len();
            let to = from + tag[from..].find('"').unwrap_or(0);
            format!("{}{value}{}", &tag[..from], &tag[to..])
        }
        None => {
            let cut = tag.trim_end_matches('/').len();
            format!("{} {name}=\"{value}\"{}", &tag[..cut], &tag[cut..])
        }
    }
}

fn strip_tags(markup: &str) -> String {
    let mut out = String::with_capacity(markup.len());
    let mut in_tag = false;
    for c in markup.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Decodes the entities merman writes in text content.
fn decode(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(semi) = rest.find(';').filter(|&s| s <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let decoded = match entity {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Index just past the `</g>` closing the `<g` at `start`.
pub(super) fn group_end(svg: &str, start: usize) -> Option<usize> {
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

fn round2(v: f64) -> String {
    let text = format!("{:.2}", (v * 100.0).round() / 100.0);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" { "0".to_string() } else { text.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_edge_label_text_is_centred_on_its_background() {
        // merman's state edge label: the text's first baseline is 1 em below
        // the rectangle's centre, so the text hangs below its background.
        let svg = r#"<style>#x{font-size:16px;}</style><g class="edgeLabel" transform="translate(10, 10)"><g class="label"><g><rect class="background" x="0" y="0" width="70" height="23"/><g transform="translate(35, 11.5)"><text y="-10.1" text-anchor="middle"><tspan class="text-outer-tspan row" x="0" y="-0.1em" dy="1.1em"><tspan>connect()</tspan></tspan></text></g></g></g></g>"#;
        let out = fix(svg);
        // Baseline at 16px; box 16 - 14.48 .. 16 + 3.39, centre 10.45: move up 10.45.
        assert!(out.contains(r#"<text transform="translate(0, -10.45)" y="-10.1""#), "{out}");
        // "connect()" is 66.7px in Arial 16px; with 2px padding a side the
        // background grows from 70 to 70.7, around its centre.
        assert!(out.contains(r#"<rect class="background" x="-0.35" y="0" width="70.7" height="23"/>"#), "{out}");
    }

    #[test]
    fn a_narrow_background_grows_around_its_centre() {
        let svg = r#"<g class="edgeLabel"><rect x="-10" y="-1" width="20" height="17"/><text y="0" text-anchor="middle"><tspan class="text-outer-tspan" x="0" dy="1em">a &gt; b</tspan></text></g>"#;
        let out = fix(svg);
        let width = fonts::width_px("a > b", &merman::svg::TextStyle::default()) + 4.0;
        assert!(out.contains(&format!(r#"width="{}""#, round2(width))), "{out}");
        assert!(out.contains(&format!(r#"x="{}""#, round2(-width / 2.0))), "{out}");
    }

    #[test]
    fn fallback_label_viewports_no_longer_clip() {
        let svg = r#"<defs><g id="x-foreignobject-label-1"><svg x="0" width="48" style="overflow:hidden;opacity:1"><text>Timers</text></svg></g></defs><svg style="overflow:hidden">"#;
        let out = fix(svg);
        assert!(out.contains(r#"<svg x="0" width="48" style="overflow:visible;opacity:1">"#), "{out}");
        assert!(out.ends_with(r#"<svg style="overflow:hidden">"#), "only label viewports change: {out}");
    }
}
