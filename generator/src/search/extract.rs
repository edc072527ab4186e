//! Cuts a page body's HTML into searchable sections: one per heading (with
//! its anchor id), plus the text before the first heading. Prose and code
//! are kept apart so the browser can weigh them differently. Heading anchor
//! links, diagrams (SVG), scripts, styles, buttons and the playground's
//! build-time output (`class="pg..."`) are left out.
//!
//! It reads the rendered HTML, not the page model: a section's text
//! includes the author's raw HTML (a `<details>` body, an HTML table) and
//! the fences' highlighted code, and leaves out by class what extensions
//! add, which only the HTML shows; a heading written as raw HTML starts a
//! section too.

use serde::Serialize;

/// One section of a page: text under one heading.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Section {
    /// The heading's anchor id; empty for the part before the first heading.
    pub id: String,
    /// The heading's text; empty for the part before the first heading.
    pub heading: String,
    /// Prose, whitespace collapsed.
    pub body: String,
    /// Code blocks, whitespace collapsed (inline code counts as prose).
    pub code: String,
}

/// Elements that never contribute text.
const SKIPPED: &[&str] = &["svg", "style", "script", "button", "template", "noscript"];
/// Inline elements: no word break around them.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "code", "del", "em", "i", "kbd", "mark", "s", "small", "span", "strong", "sub", "sup", "u", "var",
];
const VOID: &[&str] = &["br", "hr", "img", "input", "meta", "link", "wbr", "col", "source", "area", "embed", "track"];

enum Target {
    Body,
    Code,
}

/// The sections of `html`, empty ones dropped.
pub fn sections(html: &str) -> Vec<Section> {
    let mut out = vec![Section::default()];
    // (tag name, depth) of the element being skipped.
    let mut skip: Option<(String, usize)> = None;
    let mut heading: Option<String> = None;
    let mut pre_depth = 0usize;
    let mut inline_code = 0usize;
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            push_text(&mut out, rest, &skip, &mut heading, (pre_depth, inline_code));
            break;
        };
        push_text(&mut out, &rest[..lt], &skip, &mut heading, (pre_depth, inline_code));
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |i| &rest[i + 3..]);
            continue;
        }
        let Some(gt) = find_tag_end(rest) else { break };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let body = tag.trim_start_matches('/');
        let name_end = body.find(|c: char| c.is_whitespace() || c == '/' || c == '>').unwrap_or(body.len());
        let name = body[..name_end].to_ascii_lowercase();
        if name.is_empty() || name.starts_with('!') {
            continue;
        }
        let self_closing = tag.ends_with('/') || VOID.contains(&name.as_str());
        if let Some((skip_name, depth)) = skip.as_mut() {
            if *skip_name == name && !self_closing {
                if closing {
                    *depth -= 1;
                } else {
                    *depth += 1;
                }
                if *depth == 0 {
                    skip = None;
                }
            }
            continue;
        }
        if !closing && (SKIPPED.contains(&name.as_str()) || is_skipped_class(attr(body, "class"))) {
            if !self_closing {
                skip = Some((name, 1));
            }
            continue;
        }
        let is_heading = name.len() == 2 && name.starts_with('h') && name.as_bytes()[1].is_ascii_digit();
        if is_heading && !closing {
            out.push(Section { id: attr(body, "id").map(decode_entities).unwrap_or_default(), ..Section::default() });
            heading = Some(String::new());
            continue;
        }
        if is_heading && closing {
            if let (Some(text), Some(sec)) = (heading.take(), out.last_mut()) {
                sec.heading = text.split_whitespace().collect::<Vec<_>>().join(" ");
            }
            continue;
        }
        match (name.as_str(), closing) {
            ("pre", false) => pre_depth += 1,
            ("pre", true) => pre_depth = pre_depth.saturating_sub(1),
            ("code", false) if pre_depth == 0 => inline_code += 1,
            ("code", true) if pre_depth == 0 => inline_code = inline_code.saturating_sub(1),
            _ => {}
        }
        if !INLINE.contains(&name.as_str()) {
            push_text(&mut out, " ", &skip, &mut heading, (pre_depth, 0));
        }
    }
    for sec in &mut out {
        sec.body = collapse(&sec.body);
        sec.code = collapse(&sec.code);
    }
    out.retain(|s| !(s.id.is_empty() && s.heading.is_empty() && s.body.is_empty() && s.code.is_empty()));
    out
}

fn push_text(
    out: &mut [Section],
    raw: &str,
    skip: &Option<(String, usize)>,
    heading: &mut Option<String>,
    (pre, _inline): (usize, usize),
) {
    if skip.is_some() || raw.is_empty() {
        return;
    }
    let text = decode_entities(raw);
    if let Some(h) = heading.as_mut() {
        h.push_str(&text);
        return;
    }
    let target = if pre > 0 { Target::Code } else { Target::Body };
    let Some(sec) = out.last_mut() else { return };
    match target {
        Target::Body => sec.body.push_str(&text),
        Target::Code => {
            sec.code.push_str(&text);
        }
    }
}

/// Finds the `>` closing a tag, skipping quoted attribute values.
fn find_tag_end(s: &str) -> Option<usize> {
    let mut quote: Option<u8> = None;
    for (i, b) in s.bytes().enumerate().skip(1) {
        match (quote, b) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// The value of attribute `name` in a tag's text.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(i) = rest.find(name) {
        let before_ok = i > 0 && rest.as_bytes()[i - 1].is_ascii_whitespace();
        let after = &rest[i + name.len()..];
        if before_ok && after.starts_with("=\"") {
            let value = &after[2..];
            return value.find('"').map(|end| &value[..end]);
        }
        rest = &rest[i + name.len()..];
    }
    None
}

fn is_skipped_class(class: Option<&str>) -> bool {
    class.is_some_and(|c| {
        c.split_whitespace().any(|c| c == "anchor" || c == "pg" || c.starts_with("pg-") || c == "visually-hidden")
    })
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes the entities the renderer writes (and numeric ones).
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let ent = &rest[1..e];
            let c = match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ if ent.starts_with("#x") || ent.starts_with("#X") => {
                    u32::from_str_radix(&ent[2..], 16).ok().and_then(char::from_u32)
                }
                _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_headings_and_keeps_code_apart() {
        let html = concat!(
            "<p>Intro &amp; more</p>\n",
            "<h2 id=\"event-loop\">Event <em>loop</em> <a class=\"anchor\" href=\"#event-loop\" aria-label=\"Link\">#</a></h2>\n",
            "<p>Use <code>setImmediate</code> after I/O.</p>\n",
            "<div class=\"code-block\" data-lang=\"js\"><pre class=\"hl\"><code class=\"language-js\"><span class=\"k\">const</span> x = 1;\n</code></pre>",
            "<div class=\"pg\" data-filename=\"main.js\"><figure class=\"pg-output\"><ol><li>1</li></ol></figure></div></div>\n",
            "<div class=\"diagram\" id=\"d1\"><svg><text>A</text></svg></div>\n",
            "<h3 id=\"x\">Tail</h3><p>end</p>",
        );
        let secs = sections(html);
        assert_eq!(secs.len(), 3);
        assert_eq!(secs[0], Section { body: "Intro & more".into(), ..Section::default() });
        assert_eq!(secs[1].id, "event-loop");
        assert_eq!(secs[1].heading, "Event loop");
        assert_eq!(secs[1].body, "Use setImmediate after I/O.");
        assert_eq!(secs[1].code, "const x = 1;");
        assert_eq!(secs[2].heading, "Tail");
        assert_eq!(secs[2].body, "end");
    }

    #[test]
    fn decodes_entities() {
        assert_eq!(decode_entities("a &lt;b&gt; &#39;c&#x27; &bogus; &"), "a <b> 'c' &bogus; &");
    }
}
