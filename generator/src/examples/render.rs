//! The HTML under a runnable example: the build-time output panel (one row
//! per printed line with its queue/phase badge and virtual time, stderr
//! apart, the exit code, the "order can vary" notes), or the note about a
//! module the playground lacks. `static/playground/playground.js` renders
//! browser runs into the same structure, so both read the same.

use super::Example;
use crate::markdown::escape_into;
use playground::{Phase, RunResult, Stream};

/// Badge text and tooltip for the queue or phase that printed a line.
pub fn badge(phase: Phase) -> (&'static str, &'static str, &'static str) {
    match phase {
        Phase::Main => ("main", "sync", "Synchronous code of the main script"),
        Phase::NextTick => ("nextTick", "nextTick", "process.nextTick queue"),
        Phase::Microtask => ("microtask", "microtask", "Promise microtask queue"),
        Phase::Timers => ("timers", "timer", "Timers phase (setTimeout / setInterval)"),
        Phase::Pending => ("pending", "I/O", "Pending callbacks phase (deferred I/O)"),
        Phase::Poll => ("poll", "I/O", "Poll phase (I/O callbacks)"),
        Phase::Check => ("check", "immediate", "Check phase (setImmediate)"),
        Phase::Close => ("close", "close", "Close callbacks phase"),
        Phase::Exit => ("exit", "exit", "beforeExit / exit handlers"),
    }
}

/// The whole `div.pg` for one example.
pub fn example_html(example: &Example, result: &RunResult) -> String {
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
        out.push_str(", which the playground does not provide, so it cannot run here. Try it with Node on your machine.</p>");
        return out;
    }
    out.push_str(&open_div(example));
    out.push_str(">\n<figure class=\"pg-output\"><figcaption><strong>Output</strong> <span class=\"pg-source\">build-time run</span>");
    out.push_str(&format!(
        "<span class=\"pg-exit{}\">exit {}</span></figcaption>\n<ol class=\"pg-lines\">",
        if result.exit_code == 0 { "" } else { " pg-exit-bad" },
        result.exit_code
    ));
    out.push_str(&lines_html(result));
    out.push_str("</ol>\n<div class=\"pg-notes\">");
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
pub fn unrun_example_html(example: &Example) -> String {
    let mut out = open_div(example);
    out.push_str(">\n<figure class=\"pg-output\" hidden><figcaption><strong>Output</strong> <span class=\"pg-source\">not run at build time</span><span class=\"pg-exit\"></span></figcaption>\n<ol class=\"pg-lines\"></ol>\n<div class=\"pg-notes\"></div></figure>\n</div>");
    out
}

/// `<div class="pg" data-...` up to, not including, the tag's `>`.
fn open_div(example: &Example) -> String {
    let mut out = String::with_capacity(512);
    out.push_str("<div class=\"pg\" data-filename=\"");
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
pub fn lines_html(result: &RunResult) -> String {
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
