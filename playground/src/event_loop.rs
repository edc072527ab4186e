//! The event loop's phases, in Node's (libuv's) order: timers, pending
//! callbacks, poll (simulated I/O; when idle the virtual clock jumps to the
//! next due timer or I/O), check (`setImmediate`), close callbacks. After
//! the loop runs dry: `beforeExit`, which may schedule more work.

use crate::api::{Phase, TraceEvent};
use crate::clock::CALLBACK_COST_NS;
use crate::state::{State, Task};
use crate::{errors, jobs, limits, timers};
use boa_engine::{Context, JsValue, js_string};

/// Runs the loop until nothing keeps it alive or the run stops.
pub(crate) fn run(context: &mut Context, st: &State) {
    loop {
        if st.stopped() {
            return;
        }
        if !alive(st) {
            if !st.handles.borrow().is_empty() {
                // Only idle handles are left: nothing in the program can
                // ever wake the loop again (there is no outside world).
                let notes: Vec<String> = st.handles.borrow().values().cloned().collect();
                for note in notes {
                    st.add_note(&note);
                }
                st.set_stop(crate::state::Stop::Idle);
                return;
            }
            call_hook(context, st, "beforeExit", Phase::Exit);
            if st.stopped() || !alive(st) {
                return;
            }
        }
        st.iteration.set(st.iteration.get() + 1);
        timers_phase(context, st);
        pending_phase(context, st);
        poll_phase(context, st);
        check_phase(context, st);
        close_phase(context, st);
    }
}

/// Whether anything keeps the loop alive (ref'd handles or queued work).
/// Ref'd handles (`host.keepAlive`) count only while something can still
/// wake the loop: any timer, ref'd or not (a socket's idle timeout is an
/// unref'd timer that Node still runs while the socket keeps it alive).
fn alive(st: &State) -> bool {
    (!st.handles.borrow().is_empty() && st.timers.borrow().any())
        || st.timers.borrow().any_ref()
        || st.immediates.borrow().iter().any(|(_, r)| *r)
        || !st.io.borrow().is_empty()
        || !st.pending.borrow().is_empty()
        || !st.close.borrow().is_empty()
        || !st.native_timers.borrow().is_empty()
}

/// Calls a JS hook (`beforeExit`, ...) and drains afterwards.
pub(crate) fn call_hook(context: &mut Context, st: &State, name: &str, phase: Phase) -> Option<JsValue> {
    let hook = st.hooks.borrow().clone()?.get(js_string!(name), context).ok()?;
    let f = hook.as_callable()?;
    let prev = st.phase.replace(phase);
    let result = f.call(&JsValue::undefined(), &[], context);
    st.phase.set(prev);
    let value = match result {
        Ok(v) => Some(v),
        Err(err) => {
            errors::uncaught(context, st, err, "uncaughtException");
            None
        }
    };
    jobs::drain(context, st);
    value
}

/// Runs one macrotask callback, then Node's tick/microtask drain.
fn run_macrotask(context: &mut Context, st: &State, task: &Task, phase: Phase) {
    if st.stopped() || limits::check_time(context, st) {
        return;
    }
    let n = st.callbacks.get() + 1;
    st.callbacks.set(n);
    if n > st.limits.callbacks {
        limits::hit(
            context,
            st,
            "callbacks",
            &format!(
                "the event loop ran more than {} callbacks (a timer or I/O loop that never ends?)",
                st.limits.callbacks
            ),
        );
        return;
    }
    st.clock.advance(CALLBACK_COST_NS);
    st.trace(|t| TraceEvent::Dequeue { queue: phase, id: task.id, time_ms: t });
    if let Err(err) = jobs::call_task(context, st, task, phase) {
        errors::uncaught(context, st, err, "uncaughtException");
    }
    let prev = st.phase.replace(phase);
    jobs::drain(context, st);
    st.phase.set(prev);
}

fn enter(st: &State, phase: Phase) {
    st.phase.set(phase);
    let iteration = st.iteration.get();
    st.trace(|t| TraceEvent::PhaseEnter { phase, iteration, time_ms: t });
}

fn leave(st: &State, phase: Phase) {
    let iteration = st.iteration.get();
    st.trace(|t| TraceEvent::PhaseLeave { phase, iteration, time_ms: t });
}

fn timers_phase(context: &mut Context, st: &State) {
    enter(st, Phase::Timers);
    let now = st.clock.peek_ns();
    // Node reads libuv's millisecond clock as the phase starts.
    let loop_now = timers::loop_time(now);
    let due = st.timers.borrow_mut().due(loop_now);
    // Timers that became due at this very millisecond tick.
    let mut just_due = 0;
    for id in due {
        if st.stopped() {
            break;
        }
        let Some(timer) = st.timers.borrow_mut().remove(id) else { continue };
        just_due += usize::from(timer.due_ns == loop_now);
        if timer.repeat {
            // Node takes the interval's next start before calling it.
            let task = Task {
                id: timer.task.id,
                func: timer.task.func.clone(),
                this: timer.task.this.clone(),
                args: timer.task.args.clone(),
            };
            st.timers.borrow_mut().reinsert(timer, timers::loop_time(st.clock.peek_ns()));
            run_macrotask(context, st, &task, Phase::Timers);
        } else {
            st.running_timer.set(Some(id));
            st.rearm.set(false);
            run_macrotask(context, st, &timer.task, Phase::Timers);
            st.running_timer.set(None);
            if st.rearm.replace(false) {
                st.timers.borrow_mut().reinsert(timer, timers::loop_time(st.clock.peek_ns()));
            }
        }
    }
    // Boa's own timeout jobs (e.g. Atomics.waitAsync).
    let ready: Vec<_> = {
        let mut nt = st.native_timers.borrow_mut();
        let (ready, keep): (Vec<_>, Vec<_>) = nt.drain(..).partition(|(d, _)| *d <= now);
        *nt = keep;
        ready
    };
    for (_, job) in ready {
        if let Err(err) = job.call(context) {
            errors::uncaught(context, st, err, "uncaughtException");
        }
        jobs::drain(context, st);
    }
    if st.iteration.get() == 1
        && !st.immediates.borrow().is_empty()
        && st.timers.borrow().next_not_due(now).is_some_and(|d| d <= now + 1_000_000)
    {
        st.add_note(
            "setTimeout(fn, 0) versus setImmediate from the main module is a race in real Node: the timer fires first if the process took over 1 ms to reach the event loop. Node printed the immediate first about 80% of the time, which is the order shown.",
        );
    }
    // Two timers that Node's millisecond clock read a tick apart do not
    // share a timers phase there (see timers.rs): then immediates the first
    // one scheduled run between them.
    if just_due >= 2 && !st.immediates.borrow().is_empty() {
        st.add_note(
            "Timers with the same due time share a timers phase only if real Node's millisecond clock did not tick between \
             the calls that created them; if it did, immediates scheduled by the first run before the next.",
        );
    }
    leave(st, Phase::Timers);
}

fn pending_phase(context: &mut Context, st: &State) {
    enter(st, Phase::Pending);
    let last = st.pending.borrow().back().map(|t| t.id);
    if let Some(last) = last {
        loop {
            let front = st.pending.borrow().front().map(|t| t.id);
            if st.stopped() || front.is_none_or(|id| id > last) {
                break;
            }
            let Some(task) = st.pending.borrow_mut().pop_front() else { break };
            run_macrotask(context, st, &task, Phase::Pending);
        }
    }
    leave(st, Phase::Pending);
}

fn take_ready_io(st: &State, now: u64) -> Vec<Task> {
    let mut io = st.io.borrow_mut();
    let mut ready: Vec<_> = Vec::new();
    let mut i = 0;
    while i < io.len() {
        if io[i].due_ns <= now {
            ready.push(io.swap_remove(i));
        } else {
            i += 1;
        }
    }
    ready.sort_by_key(|r| (r.due_ns, r.seq));
    ready.into_iter().map(|r| r.task).collect()
}

fn poll_phase(context: &mut Context, st: &State) {
    enter(st, Phase::Poll);
    loop {
        if st.stopped() {
            break;
        }
        let ready = take_ready_io(st, st.clock.peek_ns());
        if !ready.is_empty() {
            for task in ready {
                run_macrotask(context, st, &task, Phase::Poll);
            }
            break;
        }
        // Nothing ready: block only if there is nothing else to do.
        if st.immediates.borrow().iter().any(|(_, r)| *r)
            || !st.close.borrow().is_empty()
            || !st.pending.borrow().is_empty()
            || !alive(st)
        {
            break;
        }
        let next_io = st.io.borrow().iter().map(|i| i.due_ns).min();
        let next_timer = st.timers.borrow().next_due().map(timers::wake_time);
        let next_native = st.native_timers.borrow().iter().map(|(d, _)| *d).min();
        let Some(next) = [next_io, next_timer, next_native].into_iter().flatten().min() else { break };
        let horizon = (st.limits.virtual_time_ms * 1e6) as u64;
        if next > horizon {
            limits::hit(
                context,
                st,
                "virtualTime",
                &format!(
                    "the next timer or I/O is due after the virtual time horizon of {} ms",
                    st.limits.virtual_time_ms
                ),
            );
            break;
        }
        st.clock.jump_to(next);
        if next_io.is_some_and(|d| d <= next) {
            continue;
        }
        break;
    }
    leave(st, Phase::Poll);
}

fn check_phase(context: &mut Context, st: &State) {
    enter(st, Phase::Check);
    let last = st.immediates.borrow().back().map(|(t, _)| t.id);
    if let Some(last) = last {
        loop {
            let front = st.immediates.borrow().front().map(|(t, _)| t.id);
            if st.stopped() || front.is_none_or(|id| id > last) {
                break;
            }
            let Some((task, _)) = st.immediates.borrow_mut().pop_front() else { break };
            run_macrotask(context, st, &task, Phase::Check);
        }
    }
    leave(st, Phase::Check);
}

fn close_phase(context: &mut Context, st: &State) {
    enter(st, Phase::Close);
    let last = st.close.borrow().back().map(|t| t.id);
    if let Some(last) = last {
        loop {
            let front = st.close.borrow().front().map(|t| t.id);
            if st.stopped() || front.is_none_or(|id| id > last) {
                break;
            }
            let Some(task) = st.close.borrow_mut().pop_front() else { break };
            run_macrotask(context, st, &task, Phase::Close);
        }
    }
    leave(st, Phase::Close);
}
