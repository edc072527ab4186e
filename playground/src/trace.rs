//! Helpers for the step-through trace: labels and source locations of the
//! callbacks that go through the queues.

use boa_engine::{Context, JsObject, js_string};

/// A human label for a callback: its function name, or `(anonymous)`.
pub(crate) fn label(func: &JsObject, context: &mut Context) -> String {
    let name = func
        .get(js_string!("name"), context)
        .ok()
        .and_then(|v| v.as_string().map(|s| s.to_std_string_escaped()))
        .unwrap_or_default();
    if name.is_empty() { "(anonymous)".to_string() } else { name }
}

/// Line and column (1-based) of the innermost user-code frame running now:
/// where the callback is being scheduled from.
pub(crate) fn caller_location(context: &Context, filename: &str) -> (Option<u32>, Option<u32>) {
    for frame in context.stack_trace() {
        let loc = frame.position();
        if loc.path.to_string().contains(filename) {
            if let Some(pos) = loc.position {
                return (Some(pos.line_number()), Some(pos.column_number()));
            }
        }
    }
    (None, None)
}
