//! The HTML around one diagram: an accessible, responsive `<figure>` with
//! the inline SVG and a no-JavaScript "show source" toggle.

use super::ids;
use crate::markdown::escape;

/// What a diagram type is called in its default accessible title.
pub(super) fn kind_name(diagram_type: &str) -> &'static str {
    match diagram_type {
        "flowchart" | "flowchart-v2" | "flowchart-elk" | "graph" => "Flowchart",
        "sequence" | "sequenceDiagram" => "Sequence diagram",
        "class" | "classDiagram" => "Class diagram",
        "state" | "stateDiagram" => "State diagram",
        "er" | "erDiagram" => "Entity relationship diagram",
        "pie" => "Pie chart",
        "gitGraph" => "Git graph",
        "timeline" => "Timeline",
        "mindmap" => "Mind map",
        _ => "Diagram",
    }
}

/// Mermaid's `aria-roledescription` value on the root `<svg>`.
pub(super) fn diagram_type(svg: &str) -> &str {
    ids::attribute_values(svg, "aria-roledescription").next().unwrap_or("")
}

/// Wraps a finished SVG (ids already final) in its figure.
pub(super) fn wrap(svg: &str, source: &str, id: &str) -> String {
    let kind = kind_name(diagram_type(svg));
    let mut html = String::with_capacity(svg.len() + source.len() * 2 + 400);
    html.push_str(&format!("<figure class=\"diagram\" data-diagram=\"{}\">", escape(diagram_type(svg))));
    html.push_str(svg);
    html.push_str(&format!(
        "<details class=\"diagram-source\"><summary>Show source<span class=\"visually-hidden\"> of the {} above</span></summary><pre><code class=\"language-mermaid\" id=\"{id}-source\">{}</code></pre></details></figure>",
        kind.to_lowercase(),
        escape(source.trim_end())
    ));
    html
}

/// Makes the root `<svg>` an accessible image: `role="img"`, a `<title>`
/// and `<desc>` (Mermaid's accTitle/accDescr when the author gave them,
/// else a default naming the diagram type) referenced by
/// `aria-labelledby`/`aria-describedby`.
pub(super) fn accessible_svg(svg: &str, diagram_id: &str) -> String {
    let Some(open_at) = svg.find("<svg") else {
        return svg.to_string();
    };
    let Some(open_len) = svg[open_at..].find('>') else {
        return svg.to_string();
    };
    let open_end = open_at + open_len; // index of '>'
    let self_closing = svg[..open_end].ends_with('/');
    let tag = &svg[open_at..if self_closing { open_end - 1 } else { open_end }];
    let kind = kind_name(diagram_type(svg));

    let has_title = tag.contains(" aria-labelledby=\"");
    let has_desc = tag.contains(" aria-describedby=\"");
    let mut new_tag = remove_attribute(tag, "role");
    new_tag.push_str(" role=\"img\"");
    let mut inserted = String::new();
    if !has_title {
        new_tag.push_str(&format!(" aria-labelledby=\"{diagram_id}-title\""));
        inserted.push_str(&format!("<title id=\"{diagram_id}-title\">{kind}</title>"));
    }
    if !has_desc {
        new_tag.push_str(&format!(" aria-describedby=\"{diagram_id}-desc\""));
        inserted.push_str(&format!(
            "<desc id=\"{diagram_id}-desc\">{kind} drawn from Mermaid source; the source text is available under Show source.</desc>"
        ));
    }
    let mut out = String::with_capacity(svg.len() + new_tag.len() + inserted.len());
    out.push_str(&svg[..open_at]);
    out.push_str(&new_tag);
    if self_closing {
        out.push('>');
        out.push_str(&inserted);
        out.push_str("</svg>");
    } else {
        out.push('>');
        out.push_str(&inserted);
    }
    out.push_str(&svg[open_end + 1..]);
    out
}

fn remove_attribute(tag: &str, name: &str) -> String {
    let needle = format!(" {name}=\"");
    match tag.find(&needle) {
        Some(at) => {
            let value_start = at + needle.len();
            let end = tag[value_start..].find('"').map_or(tag.len(), |e| value_start + e + 1);
            format!("{}{}", &tag[..at], &tag[end..])
        }
        None => tag.to_string(),
    }
}

/// Tags a root `<svg>` with the colour scheme it was drawn for (used when a
/// diagram ships as two drawings; `diagrams.css` shows the matching one).
pub(super) fn mark_scheme(svg: &str, scheme: &str) -> String {
    match svg.find("<svg") {
        Some(at) => format!("{}<svg data-scheme=\"{scheme}\"{}", &svg[..at], &svg[at + 4..]),
        None => svg.to_string(),
    }
}
