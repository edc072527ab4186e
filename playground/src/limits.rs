//! Resource limits: turning a limit hit (Boa's uncatchable runtime-limit
//! errors, or the runtime's own counters) into a clean end of the run with
//! a message naming the limit. Also the CPU-time budget ([`CpuBudget`]).

use crate::api::{LimitHit, Stream};
use crate::state::{State, Stop};
use boa_engine::error::{EngineError, RuntimeLimitError};
use boa_engine::{Context, JsError};

/// Ends the run because `limit` was exceeded; prints `message` to stderr.
pub(crate) fn hit(context: &mut Context, st: &State, limit: &str, detail: &str) {
    hit_with(context, st, limit, &format!("crib: run stopped: {detail}"));
}

/// [`hit`] with the whole message before ` [limit: NAME]`.
fn hit_with(_context: &mut Context, st: &State, limit: &str, text: &str) {
    if st.stopped() {
        return;
    }
    let message = format!("{text} [limit: {limit}]");
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
            &format!("RangeError: Maximum call stack size exceeded (more than {} nested calls)", st.limits.recursion),
        ),
        EngineError::RuntimeLimit(RuntimeLimitError::StackSize) => {
            hit(context, st, "recursion", "RangeError: Maximum call stack size exceeded (the value stack is full)")
        }
        other => hit(context, st, "engine", &format!("internal engine error: {other}")),
    }
    true
}

/// The CPU-time budget of a run (`Limits::cpu_time_ms`), read from this
/// thread's CPU clock. Checked where the runtime gets control back (between
/// callbacks and microtasks, at each output write), every few calls, since
/// reading the clock costs a system call. Code that never gives control
/// back (a loop without calls) ends at the loop-iteration limit, or, in a
/// `crib` worker process, at the runner's watchdog. Not on wasm32: the
/// browser's worker has its own watchdog.
pub(crate) struct CpuBudget {
    start: Option<std::time::Duration>,
    budget: std::time::Duration,
    calls: std::cell::Cell<u32>,
}

impl CpuBudget {
    pub(crate) fn new(budget_ms: f64) -> Self {
        let start = if budget_ms > 0.0 { thread_cpu_time() } else { None };
        Self {
            start,
            budget: std::time::Duration::from_secs_f64(budget_ms.max(0.0) / 1000.0),
            calls: std::cell::Cell::new(0),
        }
    }

    /// True once the budget is spent (checked on every 64th call).
    pub(crate) fn spent(&self) -> bool {
        let Some(start) = self.start else { return false };
        let n = self.calls.get().wrapping_add(1);
        self.calls.set(n);
        if !n.is_multiple_of(64) {
            return false;
        }
        thread_cpu_time().is_some_and(|now| now.saturating_sub(start) > self.budget)
    }
}

/// The message of the time limit, also printed by `crib`'s runner: the
/// browser watchdog's words, with CPU time.
pub fn time_limit_message(budget_ms: f64) -> String {
    format!("{} [limit: time]", time_limit_text(budget_ms))
}

fn time_limit_text(budget_ms: f64) -> String {
    format!(
        "crib: run stopped after {} s of CPU time: the program did not finish (an endless loop?)",
        seconds(budget_ms)
    )
}

/// `5000.0` -> `5`, `2500.0` -> `2.5`.
fn seconds(ms: f64) -> String {
    let s = format!("{:.3}", ms / 1000.0);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Ends the run because its CPU time is spent, if it is.
pub(crate) fn check_time(context: &mut Context, st: &State) -> bool {
    if !st.cpu.spent() {
        return false;
    }
    hit_with(context, st, "time", &time_limit_text(st.limits.cpu_time_ms));
    true
}

#[cfg(all(unix, not(target_arch = "wasm32")))]
fn thread_cpu_time() -> Option<std::time::Duration> {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes the timespec we pass and nothing else.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0;
    ok.then(|| std::time::Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32))
}

#[cfg(not(all(unix, not(target_arch = "wasm32"))))]
fn thread_cpu_time() -> Option<std::time::Duration> {
    None
}
