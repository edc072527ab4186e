//! The HTML under a runnable example: the build-time output panel (one row
//! per printed line with its queue/phase badge and virtual time, stderr
//! apart, the exit code, the "order can vary" notes), or the note about a
//! module the playground lacks. `static/playground/playground.js` renders
//! browser runs into the same structure, so both read the same. Under the
//! lines, a static timeline (SVG drawn here) shows which queue printed each
//! line when: for print and for readers without scripts (the theme hides it
//! on screen when scripts run, where the step-through does more).

use super::Example;
use crate::markdown::escape_into;
use playground::{Phase, RunResult, Stream};

/// The one badge table: per queue or phase that prints a line, its name
/// (`data-phase`, the trace's), badge text and tooltip. The build's HTML
/// uses it here; the browser's `playground.js` gets it as `BADGES`
/// ([`badges_js`], filled in when the file is written).
pub(super) const BADGES: [(Phase, &str, &str, &str); 9] = [
    (Phase::Main, "main", "sync", "Synchronous code of the main script"),
    (Phase::NextTick, "nextTick", "nextTick", "process.nextTick queue"),
    (Phase::Microtask, "microtask", "microtask", "Promise microtask queue"),
    (Phase::Timers, "timers", "timer", "Timers phase (setTimeout / setInterval)"),
    (Phase::Pending, "pending", "I/O", "Pending callbacks phase (deferred I/O)"),
    (Phase::Poll, "poll", "I/O", "Poll phase (I/O callbacks)"),
    (Phase::Check, "check", "immediate", "Check phase (setImmediate)"),
    (Phase::Close, "close", "close", "Close callbacks phase"),
    (Phase::Exit, "exit", "exit", "beforeExit / exit handlers"),
];

/// Badge name, text and tooltip for the queue or phase that printed a line.
pub(super) fn badge(phase: Phase) -> (&'static str, &'static str, &'static str) {
    let (_, name, label, title) = BADGES.iter().find(|(p, ..)| *p == phase).copied().unwrap_or(BADGES[0]);
    (name, label, title)
}

/// [`BADGES`] as the object literal `playground.js` declares
/// (`{ name: [text, tooltip], ... }`, one entry a line).
pub fn badges_js() -> String {
    let json = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let entries: Vec<String> = BADGES
        .iter()
        .map(|(_, name, label, title)| format!("    {name}: [{}, {}]", json(label), json(title)))
        .collect();
    format!("{{\n{}\n  }}", entries.join(",\n"))
}

/// The whole `div.pg` for one example.
/// `index` is the code block's on the page (its `data-example` id); a quiz
/// gets `pg-quiz` (see the module doc of `examples`).
pub(super) fn example_html(example: &Example, result: &RunResult, index: usize, quiz: bool) -> String {
    let mut out = String::with_capacity(512);
    if !result.missing_modules.is_empty() {
        out.push_str("<p class=\"pg pg-missing\">This example needs ");
        for (i, m) in result.missing_modules.iter().enumerate() {
            if i > 0 {
                out.push_str(if i + 1 == result.missing_modules.len() { " and " } else { ", " });
            }
            out.push_str("<code>");
            escape_into(&mut out, m);
            out.push_str("</code>");
        }
        out.push_str(
            ", which the playground does not provide, so it cannot run here. Try it with Node on your machine.</p>",
        );
        return out;
    }
    out.push_str(&open_div(example, index, quiz));
    out.push_str(">\n<figure class=\"pg-output\"><figcaption><strong>Output</strong> <span class=\"pg-source\">build-time run</span>");
    out.push_str(&format!(
        "<span class=\"pg-exit{}\">exit {}</span></figcaption>\n<ol class=\"pg-lines\">",
        if result.exit_code == 0 { "" } else { " pg-exit-bad" },
        result.exit_code
    ));
    out.push_str(&lines_html(result));
    out.push_str("</ol>\n");
    out.push_str(&timeline_svg(result));
    out.push_str("<div class=\"pg-notes\">");
    for note in &result.notes {
        out.push_str("<p class=\"pg-note\">Order can vary in real Node: ");
        escape_into(&mut out, &note.message);
        out.push_str("</p>");
    }
    if let Some(limit) = &result.limit {
        out.push_str("<p class=\"pg-note pg-limit\">Stopped by a limit: ");
        escape_into(&mut out, &limit.message);
        out.push_str("</p>");
    }
    out.push_str("</div></figure>\n</div>");
    out
}

/// The `div.pg` of an example not run at build time (`--no-run`): the
/// browser's Run fills the output panel, hidden until then.
pub(super) fn unrun_example_html(example: &Example, index: usize) -> String {
    let mut out = open_div(example, index, false);
    out.push_str(">\n<figure class=\"pg-output\" hidden><figcaption><strong>Output</strong> <span class=\"pg-source\">not run at build time</span><span class=\"pg-exit\"></span></figcaption>\n<ol class=\"pg-lines\"></ol>\n<div class=\"pg-notes\"></div></figure>\n</div>");
    out
}

/// `<div class="pg" data-...` up to, not including, the tag's `>`.
fn open_div(example: &Example, index: usize, quiz: bool) -> String {
    let mut out = String::with_capacity(512);
    out.push_str(if quiz { "<div class=\"pg pg-quiz\"" } else { "<div class=\"pg\"" });
    out.push_str(&format!(" data-example=\"example-{}\" data-filename=\"", index + 1));
    escape_into(&mut out, &example.filename);
    out.push('"');
    if let Some(stdin) = &example.stdin {
        out.push_str(" data-stdin=\"");
        escape_into(&mut out, stdin);
        out.push('"');
    }
    if !example.files.is_empty() {
        let json = serde_json::to_string(&example.files).unwrap_or_else(|_| "[]".into());
        out.push_str(" data-files=\"");
        escape_into(&mut out, &json);
        out.push('"');
    }
    out
}

/// One `li` per printed line (a chunk's trailing newline ends its last line).
pub(super) fn lines_html(result: &RunResult) -> String {
    let mut out = String::new();
    for ev in &result.output {
        let text = ev.text.strip_suffix('\n').unwrap_or(&ev.text);
        let (phase, label, title) = badge(ev.phase);
        let stream = match ev.stream {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
        };
        for line in text.split('\n') {
            out.push_str(&format!(
                "<li class=\"pg-line pg-{stream}\" data-phase=\"{phase}\"><span class=\"pg-badge pg-b-{phase}\" title=\"{title}\">{label}</span><span class=\"pg-time\">{} ms</span><span class=\"pg-text\">",
                ev.time_ms.max(0.0).floor() as u64
            ));
            escape_into(&mut out, line);
            out.push_str("</span></li>");
        }
    }
    if out.is_empty() {
        out.push_str("<li class=\"pg-line pg-empty\">(no output)</li>");
    }
    out
}

/// Lanes of the timeline, left to right: (phase, label).
const LANES: [(Phase, &str); 8] = [
    (Phase::Main, "sync"),
    (Phase::NextTick, "nextTick"),
    (Phase::Microtask, "microtask"),
    (Phase::Timers, "timer"),
    (Phase::Poll, "I/O"),
    (Phase::Check, "immediate"),
    (Phase::Close, "close"),
    (Phase::Exit, "exit"),
];
const LANE_W: usize = 66;
const ROW_H: usize = 18;
const MAX_ROWS: usize = 40;
const MAX_CHARS: usize = 48;

fn lane_of(phase: Phase) -> Phase {
    if phase == Phase::Pending { Phase::Poll } else { phase }
}

/// The static timeline: one lane per queue the run used, one row per
/// printed line (a dot in the lane that printed it, the virtual time, the
/// text), dots joined in order. Empty for no output or very long output.
pub(super) fn timeline_svg(result: &RunResult) -> String {
    let mut rows: Vec<(Phase, u64, &str)> = Vec::new();
    for ev in &result.output {
        let text = ev.text.strip_suffix('\n').unwrap_or(&ev.text);
        for line in text.split('\n') {
            rows.push((lane_of(ev.phase), ev.time_ms.max(0.0).floor() as u64, line));
        }
    }
    if rows.is_empty() || rows.len() > MAX_ROWS {
        return String::new();
    }
    let lanes: Vec<(Phase, &str)> = LANES.iter().copied().filter(|(p, _)| rows.iter().any(|r| r.0 == *p)).collect();
    let lane_x = |phase: Phase| lanes.iter().position(|(p, _)| *p == phase).unwrap_or(0) * LANE_W + LANE_W / 2;
    let text_x = lanes.len() * LANE_W + 44;
    let longest = rows.iter().map(|r| r.2.chars().count().min(MAX_CHARS)).max().unwrap_or(0);
    let width = text_x + longest * 7 + 8;
    let height = ROW_H * (rows.len() + 1) + 6;
    let mut out = format!(
        "<svg class=\"pg-timeline\" role=\"img\" aria-label=\"Timeline: which queue printed each line, and when\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" font-size=\"11\" fill=\"currentColor\"><g text-anchor=\"middle\">"
    );
    for (phase, label) in &lanes {
        out.push_str(&format!("<text x=\"{}\" y=\"12\">{label}</text>", lane_x(*phase)));
    }
    out.push_str("</g><path d=\"");
    for (phase, _) in &lanes {
        out.push_str(&format!("M{} 17V{}", lane_x(*phase), height - 2));
    }
    out.push_str("\" stroke=\"currentColor\" stroke-opacity=\".3\"/>");
    let points: Vec<String> =
        rows.iter().enumerate().map(|(i, r)| format!("{} {}", lane_x(r.0), ROW_H * (i + 1) + 9)).collect();
    if points.len() > 1 {
        out.push_str(&format!(
            "<path d=\"M{}\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\".5\"/>",
            points.join("L")
        ));
    }
    for (i, (phase, _, _)) in rows.iter().enumerate() {
        let (name, _, _) = badge(*phase);
        out.push_str(&format!(
            "<circle class=\"pg-tl-{name}\" cx=\"{}\" cy=\"{}\" r=\"4\"/>",
            lane_x(*phase),
            ROW_H * (i + 1) + 9
        ));
    }
    out.push_str("<g fill-opacity=\".7\">");
    for (i, (_, ms, _)) in rows.iter().enumerate() {
        out.push_str(&format!("<text x=\"{}\" y=\"{}\">{ms} ms</text>", text_x - 40, ROW_H * (i + 1) + 13));
    }
    out.push_str("</g>");
    for (i, (_, _, line)) in rows.iter().enumerate() {
        out.push_str(&format!("<text x=\"{text_x}\" y=\"{}\">", ROW_H * (i + 1) + 13));
        let shown: String = line.chars().take(MAX_CHARS).collect();
        escape_into(&mut out, &shown);
        if line.chars().count() > MAX_CHARS {
            out.push('…');
        }
        out.push_str("</text>");
    }
    out.push_str("</svg>\n");
    out
}
