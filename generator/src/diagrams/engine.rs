//! The one place that talks to merman: parse, lay out and draw one diagram
//! in one colour scheme, with parser errors mapped to fence-relative
//! line/column and panics inside the third-party renderer contained.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::OnceLock;

use merman::{Engine, MermaidConfig, OperationControl, RenderError, RenderOutput, RenderRequest, Renderer, SvgRequest};

use super::DiagramError;

/// Which of merman's built-in themes to draw with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
}

/// The dark theme's edge-label background (see `site_config`).
pub const DARK_EDGE_LABEL_BACKGROUND: &str = "#404040";

/// Site-wide Mermaid defaults. Plain SVG `<text>` labels (no
/// `foreignObject` HTML), so nothing depends on the reader's fonts clipping.
fn site_config(scheme: Scheme) -> MermaidConfig {
    let theme = match scheme {
        Scheme::Light => "default",
        Scheme::Dark => "dark",
    };
    let mut variables = serde_json::json!({ "useGradient": false, "fontFamily": super::fonts::FONT_STACK });
    if scheme == Scheme::Dark {
        // merman's dark edge-label box (hsl(0, 0%, 34%), #585858) under its
        // #ccc label text is 4.43:1, below WCAG AA's 4.5:1; #404040 is 6.5:1.
        variables["edgeLabelBackground"] = serde_json::json!(DARK_EDGE_LABEL_BACKGROUND);
    }
    MermaidConfig::from_value(serde_json::json!({
        "theme": theme,
        "look": "classic",
        "fontFamily": super::fonts::FONT_STACK,
        "themeVariables": variables,
        "htmlLabels": false,
        "flowchart": { "htmlLabels": false },
        "class": { "htmlLabels": false },
        "state": { "htmlLabels": false },
        "securityLevel": "strict",
    }))
}

fn renderer(scheme: Scheme) -> &'static Renderer {
    static LIGHT: OnceLock<Renderer> = OnceLock::new();
    static DARK: OnceLock<Renderer> = OnceLock::new();
    let cell = match scheme {
        Scheme::Light => &LIGHT,
        Scheme::Dark => &DARK,
    };
    cell.get_or_init(|| Renderer::new().with_engine(Engine::new().with_site_config(site_config(scheme))))
}

/// merman's deterministic services with our label measurement (`fonts`).
fn environment() -> &'static merman::SvgEnvironment {
    static ENVIRONMENT: OnceLock<merman::SvgEnvironment> = OnceLock::new();
    ENVIRONMENT.get_or_init(|| {
        merman::SvgEnvironment::deterministic().with_text_measurement_policy(super::fonts::measurement_policy())
    })
}

/// Draws `source` as SVG whose root id (and merman's own derived ids) is
/// `diagram_id`. Never panics: a panic inside merman becomes an error.
pub fn draw(source: &str, diagram_id: &str, scheme: Scheme) -> Result<String, DiagramError> {
    let attempt = catch_unwind(AssertUnwindSafe(|| draw_unguarded(source, diagram_id, scheme)));
    match attempt {
        Ok(result) => result,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            Err(DiagramError {
                line: 1,
                column: 1,
                message: format!("the Mermaid renderer crashed on this diagram ({what}); simplify it or report it"),
            })
        }
    }
}

fn draw_unguarded(source: &str, diagram_id: &str, scheme: Scheme) -> Result<String, DiagramError> {
    let prepared = super::entities::protect_labels(source);
    match draw_prepared(&prepared, diagram_id, scheme) {
        // Errors name positions in the author's text, not ours.
        Err(error) if prepared != source => Err(draw_prepared(source, diagram_id, scheme).err().unwrap_or(error)),
        result => result,
    }
}

fn draw_prepared(source: &str, diagram_id: &str, scheme: Scheme) -> Result<String, DiagramError> {
    let svg = draw_with(source, diagram_id, scheme, None)?;
    if !svg.contains("<foreignObject") {
        return Ok(svg);
    }
    // Some families (mindmap) draw HTML labels whatever `htmlLabels` says;
    // merman's text fallback turns them into plain SVG `<text>`.
    draw_with(source, diagram_id, scheme, Some(merman::svg::SvgPipeline::resvg_safe()))
}

fn draw_with(
    source: &str,
    diagram_id: &str,
    scheme: Scheme,
    pipeline: Option<merman::svg::SvgPipeline>,
) -> Result<String, DiagramError> {
    let request = SvgRequest {
        environment: environment().clone(),
        options: merman::svg::SvgRenderOptions { diagram_id: Some(diagram_id.to_string()), ..Default::default() },
        pipeline,
        ..Default::default()
    };
    let output = renderer(scheme)
        .render(RenderRequest::svg(source, OperationControl::new(), request))
        .map_err(|e| to_diagram_error(source, e))?;
    match output {
        RenderOutput::Svg(Some(svg)) => Ok(svg.into_parts().0),
        _ => Err(to_diagram_error(source, RenderError::NoDiagram)),
    }
}

/// The diagram types this build of merman draws (see Cargo.toml).
pub const SUPPORTED: &str =
    "flowchart/graph, sequenceDiagram, classDiagram, stateDiagram-v2, erDiagram, pie, gitGraph, timeline, mindmap";

fn to_diagram_error(source: &str, error: RenderError) -> DiagramError {
    let (offset, mut message) = match &error {
        RenderError::Parse(diag) => {
            let details = diag.terminal_diagnostic_details();
            (details.span.map(|s| s.start), diag.terminal_safe_message())
        }
        other => (None, other.to_string()),
    };
    if message.starts_with("No Mermaid diagram type detected") || matches!(error, RenderError::NoDiagram) {
        message = format!("no Mermaid diagram type detected: the first line must name one of {SUPPORTED}");
    } else if let Some(rest) = message.strip_prefix("Unsupported diagram type: ") {
        let kind = rest.split(';').next().unwrap_or(rest);
        message = format!("unsupported diagram type `{kind}`: crib draws {SUPPORTED}");
    }
    let offset = offset.or_else(|| locate_quoted_fragment(source, &message)).or_else(|| first_statement(source));
    let (line, column) = offset.map_or((1, 1), |offset| line_col(source, offset));
    DiagramError { line, column, message }
}

/// For parser messages without a span that quote the offending statement
/// (`unexpected pie statement: "a" : twelve`): where that text is.
fn locate_quoted_fragment(source: &str, message: &str) -> Option<usize> {
    let mut candidates: Vec<&str> = Vec::new();
    if let Some((_, rest)) = message.split_once(": ") {
        candidates.push(rest);
        if let Some((_, inner)) = rest.split_once(": ") {
            candidates.push(inner);
        }
    }
    candidates.into_iter().map(str::trim).filter(|c| c.len() >= 3).find_map(|c| source.find(c))
}

/// The first non-blank, non-comment line (where the diagram type goes).
fn first_statement(source: &str) -> Option<usize> {
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if !trimmed.trim().is_empty() && !trimmed.starts_with("%%") {
            return Some(offset + (line.len() - trimmed.len()));
        }
        offset += line.len();
    }
    None
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}
