//! Helpers for the step-through trace: labels and source locations of the
//! callbacks that go through the queues.

use boa_engine::{Context, JsObject, JsValue, js_string};

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
        if loc.path.to_string().contains(filename)
            && let Some(pos) = loc.position
        {
            return (Some(pos.line_number()), Some(pos.column_number()));
        }
    }
    (None, None)
}

/// Line and column (1-based) where `func` is written in the user's
/// `source`: found by its source text (what `Function.prototype.toString`
/// returns), so built-in and native functions have none.
pub(crate) fn definition_location(func: &JsObject, source: &str, context: &mut Context) -> (Option<u32>, Option<u32>) {
    let Ok(to_string) = func.get(js_string!("toString"), context) else { return (None, None) };
    let Some(to_string) = to_string.as_callable() else { return (None, None) };
    let Ok(text) = to_string.call(&JsValue::from(func.clone()), &[], context) else { return (None, None) };
    let Some(text) = text.as_string().map(|s| s.to_std_string_escaped()) else { return (None, None) };
    if text.is_empty() || text.contains("[native code]") {
        return (None, None);
    }
    let Some(offset) = source.find(&text) else { return (None, None) };
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (u32::try_from(line).ok(), u32::try_from(column).ok())
}
