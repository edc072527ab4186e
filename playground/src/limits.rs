//! Resource limits: turning a limit hit (Boa's uncatchable runtime-limit
//! errors, or the runtime's own counters) into a clean end of the run with
//! a message naming the limit.

use crate::api::{LimitHit, Stream};
use crate::state::{State, Stop};
use boa_engine::error::{EngineError, RuntimeLimitError};
use boa_engine::{Context, JsError};

/// Ends the run because `limit` was exceeded; prints `message` to stderr.
pub(crate) fn hit(_context: &mut Context, st: &State, limit: &str, detail: &str) {
    if st.stopped() {
        return;
    }
    let message = format!("crib: run stopped: {detail} [limit: {limit}]");
    // Printed even when the output limit itself was hit.
    st.output_bytes.set(0);
    st.write(Stream::Stderr, format!("{message}\n"));
    st.set_stop(Stop::Limit(LimitHit { limit: limit.to_string(), message }));
}

/// The error a host function returns to unwind JavaScript without giving
/// `catch`/`finally` a chance to run (after setting `State::stop`).
pub(crate) fn unwind_error() -> JsError {
    JsError::from(RuntimeLimitError::StackSize)
}

/// If `err` is one of Boa's runtime-limit errors, records the hit and returns true.
pub(crate) fn check_engine_error(context: &mut Context, st: &State, err: &JsError) -> bool {
    let Some(engine) = err.as_engine() else { return false };
    if st.stopped() {
        return true;
    }
    match engine {
        EngineError::RuntimeLimit(RuntimeLimitError::LoopIteration) => hit(
            context,
            st,
            "loopIterations",
            &format!("a loop ran more than {} iterations (an infinite loop?)", st.limits.loop_iterations),
        ),
        EngineError::RuntimeLimit(RuntimeLimitError::Recursion) => hit(
            context,
            st,
            "recursion",
            &format!(
                "RangeError: Maximum call stack size exceeded (more than {} nested calls)",
                st.limits.recursion
            ),
        ),
        EngineError::RuntimeLimit(RuntimeLimitError::StackSize) => hit(
            context,
            st,
            "recursion",
            "RangeError: Maximum call stack size exceeded (the value stack is full)",
        ),
        other => hit(context, st, "engine", &format!("internal engine error: {other}")),
    }
    true
}
