//! Boa's job executor and host hooks, and Node's `processTicksAndRejections`:
//! the drain that runs after the main script and after every macrotask.
//!
//! Every promise reaction arrives here as its own job, so microtasks run one
//! at a time, sharing one FIFO with `queueMicrotask`. The drain is
//! `do { run all ticks; run microtasks until empty } while (ticks queued ||
//! rejections processed)`, exactly Node's loop.

use crate::api::{Phase, TraceEvent};
use crate::errors;
use crate::state::{Micro, State, Task};
use boa_engine::builtins::promise::OperationType;
use boa_engine::context::HostHooks;
use boa_engine::job::{Job, JobExecutor};
use boa_engine::object::builtins::JsPromise;
use boa_engine::{Context, JsObject, JsResult, JsValue, js_string};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context as TaskContext, Poll, Waker};

/// Routes Boa's jobs into the queues of the run in progress (the state in
/// the context's data: an engine serves many runs).
pub(crate) struct Executor;

impl JobExecutor for Executor {
    fn enqueue_job(self: Rc<Self>, job: Job, context: &mut Context) {
        let Some(st) = State::try_of(context) else { return };
        let st = &st;
        match job {
            Job::PromiseJob(p) => {
                // Ids only when tracing: other ids must not shift.
                let id = if st.trace_on { st.fresh_id() } else { 0 };
                if st.trace_on {
                    let (line, column) = crate::trace::caller_location(context, &st.filename);
                    let label = match (line, column) {
                        (Some(l), Some(c)) => format!("promise reaction @ {l}:{c}"),
                        _ => "promise reaction".into(),
                    };
                    st.trace(|t| TraceEvent::Enqueue { queue: Phase::Microtask, id, label, due_ms: None, time_ms: t });
                }
                st.micro.borrow_mut().push_back(Micro::Promise(id, p));
            }
            Job::AsyncJob(a) | Job::FinalizationRegistryCleanupJob(a) => st.async_jobs.borrow_mut().push(a),
            Job::GenericJob(g) => st.micro.borrow_mut().push_back(Micro::Generic(g)),
            Job::TimeoutJob(t) => {
                let due = context.clock().now().nanos_since_epoch() as u64 + t.timeout().as_millis() * 1_000_000;
                st.native_timers.borrow_mut().push((due, t));
            }
            _ => {}
        }
    }

    fn run_jobs(self: Rc<Self>, context: &mut Context) -> JsResult<()> {
        if let Some(st) = State::try_of(context) {
            drain(context, &st);
        }
        Ok(())
    }
}

/// Tracks unhandled promise rejections the way Node does (for the run in
/// progress).
pub(crate) struct Hooks;

impl HostHooks for Hooks {
    fn promise_rejection_tracker(
        &self,
        promise: &boa_engine::JsObject<boa_engine::builtins::promise::Promise>,
        operation: OperationType,
        context: &mut Context,
    ) {
        let Some(st) = State::try_of(context) else { return };
        let promise: JsObject = promise.clone().upcast();
        match operation {
            OperationType::Reject => st.unhandled.borrow_mut().push(promise),
            OperationType::Handle => {
                let mut unhandled = st.unhandled.borrow_mut();
                if let Some(i) = unhandled.iter().position(|p| JsObject::equals(p, &promise)) {
                    unhandled.remove(i);
                } else {
                    let mut reported = st.reported.borrow_mut();
                    if let Some(i) = reported.iter().position(|p| JsObject::equals(p, &promise)) {
                        reported.remove(i);
                        st.handled_late.borrow_mut().push(promise);
                    }
                }
            }
        }
    }

    fn local_timezone_offset_seconds(&self, _unix_time_seconds: i64) -> i32 {
        0
    }

    /// `ArrayBuffer`s (and so typed arrays and Buffers) larger than the
    /// allocation limit throw a RangeError instead of exhausting memory.
    fn max_buffer_size(&self, context: &mut Context) -> u64 {
        State::try_of(context).map_or(crate::api::Limits::default().allocation_bytes, |st| st.limits.allocation_bytes)
            as u64
    }
}

/// Runs one queued callback with `phase` as the current phase, charging the
/// callback to the limits. Errors are returned to the caller.
pub(crate) fn call_task(context: &mut Context, st: &State, task: &Task, phase: Phase) -> JsResult<JsValue> {
    let prev = st.phase.replace(phase);
    if st.trace_on {
        let label_fn = st.labels.borrow().get(&task.id).cloned().flatten();
        let func = label_fn.as_ref().unwrap_or(&task.func);
        let label = crate::trace::label(func, context);
        let (line, column) = crate::trace::definition_location(func, &st.source, context);
        st.trace(|t| TraceEvent::CallbackStart { queue: phase, id: task.id, label, line, column, time_ms: t });
    }
    let result = task.func.call(&task.this, &task.args, context);
    st.trace(|t| TraceEvent::CallbackEnd { queue: phase, id: task.id, time_ms: t });
    st.phase.set(prev);
    result
}

fn count_microtask(context: &mut Context, st: &State) -> bool {
    if crate::limits::check_time(context, st) {
        return false;
    }
    let n = st.microtasks.get() + 1;
    st.microtasks.set(n);
    if n > st.limits.microtasks {
        crate::limits::hit(
            context,
            st,
            "microtasks",
            &format!(
                "the program queued more than {} nextTick callbacks and promise jobs (an endless microtask loop?)",
                st.limits.microtasks
            ),
        );
        return false;
    }
    true
}

/// Runs every queued tick (one at a time), reporting exceptions.
fn run_ticks(context: &mut Context, st: &State) {
    loop {
        if st.stopped() {
            return;
        }
        let Some(task) = st.ticks.borrow_mut().pop_front() else { return };
        if !count_microtask(context, st) {
            return;
        }
        st.trace(|t| TraceEvent::Dequeue { queue: Phase::NextTick, id: task.id, time_ms: t });
        if let Err(err) = call_task(context, st, &task, Phase::NextTick) {
            errors::uncaught(context, st, err, "uncaughtException");
        }
    }
}

/// Runs microtasks until the queue is empty (polling module-loading futures
/// when it is), reporting exceptions from `queueMicrotask` callbacks.
pub(crate) fn run_microtasks(context: &mut Context, st: &State) {
    loop {
        if st.stopped() {
            return;
        }
        let next = st.micro.borrow_mut().pop_front();
        let Some(job) = next else {
            if poll_async_jobs(context, st) {
                continue;
            }
            return;
        };
        if !count_microtask(context, st) {
            return;
        }
        let prev = st.phase.replace(Phase::Microtask);
        let result = match job {
            Micro::Promise(id, job) => {
                st.trace(|t| TraceEvent::Dequeue { queue: Phase::Microtask, id, time_ms: t });
                st.trace(|t| TraceEvent::CallbackStart {
                    queue: Phase::Microtask,
                    id,
                    label: "promise reaction".into(),
                    line: None,
                    column: None,
                    time_ms: t,
                });
                let result = job.call(context).map(|_| ());
                st.trace(|t| TraceEvent::CallbackEnd { queue: Phase::Microtask, id, time_ms: t });
                result
            }
            Micro::Generic(job) => job.call(context).map(|_| ()),
            Micro::Callback(task) => {
                st.trace(|t| TraceEvent::Dequeue { queue: Phase::Microtask, id: task.id, time_ms: t });
                call_task(context, st, &task, Phase::Microtask).map(|_| ())
            }
        };
        st.phase.set(prev);
        if let Err(err) = result {
            errors::uncaught(context, st, err, "uncaughtException");
        }
    }
}

/// Polls Boa's async jobs (module loading) once; true if any made progress.
fn poll_async_jobs(context: &mut Context, st: &State) -> bool {
    let jobs = std::mem::take(&mut *st.async_jobs.borrow_mut());
    if jobs.is_empty() {
        return false;
    }
    let mut progressed = false;
    let cell = RefCell::new(&mut *context);
    let mut cx = TaskContext::from_waker(Waker::noop());
    for job in jobs {
        let mut fut = job.call(&cell);
        // Our module loader never suspends, so one poll finishes a job; a job
        // still pending (a FinalizationRegistry cleanup) is dropped.
        if let Poll::Ready(result) = Pin::new(&mut fut).poll(&mut cx) {
            progressed = true;
            if let Err(err) = result {
                drop(fut);
                let ctx = &mut **cell.borrow_mut();
                errors::uncaught(ctx, st, err, "uncaughtException");
            }
        }
    }
    progressed
}

/// Node's `processTicksAndRejections`.
pub(crate) fn drain(context: &mut Context, st: &State) {
    loop {
        run_ticks(context, st);
        run_microtasks(context, st);
        if st.stopped() {
            return;
        }
        if !st.ticks.borrow().is_empty() {
            continue;
        }
        if !process_rejections(context, st) {
            return;
        }
    }
}

/// Reports rejections still unhandled after the queues drained; true if any
/// were processed (they may have queued more work).
fn process_rejections(context: &mut Context, st: &State) -> bool {
    let late = std::mem::take(&mut *st.handled_late.borrow_mut());
    let pending = std::mem::take(&mut *st.unhandled.borrow_mut());
    if late.is_empty() && pending.is_empty() {
        return false;
    }
    let hooks = st.hooks.borrow().clone();
    for promise in late {
        if let Some(hooks) = &hooks {
            let f = hooks.get(js_string!("rejectionHandled"), context).ok();
            if let Some(f) = f.and_then(|f| f.as_callable())
                && let Err(err) = f.call(&JsValue::undefined(), &[promise.into()], context)
            {
                errors::uncaught(context, st, err, "uncaughtException");
            }
        }
        if st.stopped() {
            return true;
        }
    }
    for promise in pending {
        let reason = match JsPromise::from_object(promise.clone()).map(|p| p.state()) {
            Ok(boa_engine::builtins::promise::PromiseState::Rejected(r)) => r,
            _ => continue,
        };
        st.reported.borrow_mut().push(promise.clone());
        let mut handled = false;
        if let Some(hooks) = &hooks {
            let f = hooks.get(js_string!("unhandledRejection"), context).ok();
            if let Some(f) = f.and_then(|f| f.as_callable()) {
                match f.call(&JsValue::undefined(), &[reason.clone(), promise.into()], context) {
                    Ok(v) => handled = v.to_boolean(),
                    Err(err) => {
                        errors::uncaught(context, st, err, "uncaughtException");
                        handled = true;
                    }
                }
            }
        }
        if !handled {
            errors::uncaught_value(context, st, reason, "unhandledRejection");
        }
        if st.stopped() {
            return true;
        }
    }
    true
}
