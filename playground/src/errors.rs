//! Uncaught exceptions and unhandled rejections, reported the way Node 20
//! does: `process.on('uncaughtException')` gets a chance first; otherwise the
//! error is printed to stderr (`file:line`, the source line, a caret, a blank
//! line, the inspected error, a blank line, `Node.js v20.20.2`) and the run
//! ends with exit code 1 after the `exit` handlers.

use crate::api::Stream;
use crate::limits;
use crate::state::{State, Stop};
use boa_engine::{Context, JsError, JsValue, js_string};

pub(crate) const NODE_VERSION: &str = "v20.20.2";

/// Reports an error thrown by a callback (`origin` is Node's origin name).
pub(crate) fn uncaught(context: &mut Context, st: &State, err: JsError, origin: &str) {
    if limits::check_engine_error(context, st, &err) || st.stopped() {
        return;
    }
    match err.into_opaque(context) {
        Ok(value) => uncaught_value(context, st, value, origin),
        Err(err) => {
            limits::check_engine_error(context, st, &err);
        }
    }
}

/// Reports a thrown or rejected value: listeners first, else fatal.
pub(crate) fn uncaught_value(context: &mut Context, st: &State, value: JsValue, origin: &str) {
    if st.stopped() {
        return;
    }
    let hook = st.hooks.borrow().clone().and_then(|h| h.get(js_string!("uncaught"), context).ok());
    if let Some(f) = hook.and_then(|f| f.as_callable()) {
        let prev = st.phase.get();
        match f.call(&JsValue::undefined(), &[value.clone(), js_string!(origin).into()], context) {
            Ok(v) if v.to_boolean() => return,
            Ok(_) => {}
            Err(err) => {
                // The handler itself threw: Node exits with code 7.
                if limits::check_engine_error(context, st, &err) || st.stopped() {
                    return;
                }
                st.phase.set(prev);
                if let Ok(v) = err.into_opaque(context) {
                    fatal(context, st, v, "uncaughtException", 7);
                }
                return;
            }
        }
    }
    fatal(context, st, value, origin, 1);
}

/// Prints a fatal error like Node and stops the run with `code`.
pub(crate) fn fatal(context: &mut Context, st: &State, value: JsValue, origin: &str, code: i32) {
    let report = st.hooks.borrow().clone().and_then(|h| h.get(js_string!("fatalReport"), context).ok());
    let mut text = String::new();
    let mut header: Option<String> = None;
    let mut pos: Option<(u32, u32)> = None;
    // `file:///...` for an ES module, as Node prints it.
    let mut file: Option<String> = None;
    if let Some(f) = report.and_then(|f| f.as_callable())
        && let Ok(r) = f.call(&JsValue::undefined(), &[value.clone(), js_string!(origin).into()], context)
        && let Some(obj) = r.as_object()
    {
        let get_str = |k: &str, ctx: &mut Context| {
            obj.get(js_string!(k), ctx).ok().and_then(|v| v.as_string()).map(|s| s.to_std_string_escaped())
        };
        text = get_str("text", context).unwrap_or_default();
        header = get_str("header", context);
        file = get_str("file", context);
        let line = obj.get(js_string!("line"), context).ok().and_then(|v| v.as_number());
        let col = obj.get(js_string!("column"), context).ok().and_then(|v| v.as_number());
        if let (Some(l), Some(c)) = (line, col) {
            pos = Some((l as u32, c as u32));
        }
    }
    if text.is_empty() {
        text =
            value.to_string(context).map(|s| s.to_std_string_escaped()).unwrap_or_else(|_| "Uncaught exception".into());
    }
    let header = header.unwrap_or_else(|| match pos {
        Some((line, col)) => source_header(st, file.as_deref().unwrap_or(&st.filename), line, col),
        None => String::new(),
    });
    st.write(Stream::Stderr, format!("{header}{text}\n\nNode.js {NODE_VERSION}\n"));
    st.set_stop(Stop::Fatal(code));
}

/// `file:line`, the source line, a caret under the throw, and a blank line.
pub(crate) fn source_header(st: &State, file: &str, line: u32, col: u32) -> String {
    let Some(src) = st.source.lines().nth(line.saturating_sub(1) as usize) else {
        return format!("{file}:{line}\n\n");
    };
    let col0 = col.saturating_sub(1) as usize;
    let upto: String = src.chars().take(col0 + 1).collect();
    let caret_at = match upto.rfind("throw") {
        Some(i) => src[..i].chars().count(),
        None => col0,
    };
    format!("{file}:{line}\n{src}\n{}^\n\n", " ".repeat(caret_at))
}

/// Prints a syntax error in the main program like Node and stops with exit 1.
pub(crate) fn syntax_error(st: &State, message: &str, wrapper_prefix: usize) {
    // Boa reports positions as "... at line L, col C".
    let (line, col) = parse_position(message).unwrap_or((1, 1));
    let col = if line == 1 { col.saturating_sub(wrapper_prefix as u32).max(1) } else { col };
    let clean = match message.rfind(" at line ") {
        Some(i) => &message[..i],
        None => message,
    };
    let header = source_header_plain(st, line, col);
    let clean = clean.strip_prefix("SyntaxError: ").unwrap_or(clean);
    st.write(
        Stream::Stderr,
        format!("{header}SyntaxError: {clean}\n    at {}:{line}:{col}\n\nNode.js {NODE_VERSION}\n", st.filename),
    );
    st.set_stop(Stop::Fatal(1));
}

fn source_header_plain(st: &State, line: u32, col: u32) -> String {
    let src = st.source.lines().nth(line.saturating_sub(1) as usize).unwrap_or("");
    let caret = src.chars().take(col.saturating_sub(1) as usize).count();
    format!("{}:{line}\n{src}\n{}^\n\n", st.filename, " ".repeat(caret))
}

fn parse_position(message: &str) -> Option<(u32, u32)> {
    let i = message.rfind("line ")?;
    let rest = &message[i + 5..];
    let (l, rest) = rest.split_once(", col ")?;
    let c: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((l.trim().parse().ok()?, c.parse().ok()?))
}
