//! The per-run state shared by the host functions, the job executor, the
//! Boa host hooks and the event loop: the queues, the output, the counters
//! and the reason the run is stopping, if any.

use crate::api::{LimitHit, Limits, Note, OutputEvent, OutputSink, Phase, RunOptions, Stream, TraceEvent};
use crate::clock::VirtualClock;
use crate::timers::Timers;
use boa_engine::job::{NativeAsyncJob, PromiseJob, TimeoutJob};
use boa_engine::{Context, JsObject, JsValue};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// A JavaScript callback waiting in one of the queues.
pub(crate) struct Task {
    pub id: u64,
    pub func: JsObject,
    pub this: JsValue,
    pub args: Vec<JsValue>,
}

/// One entry of the microtask queue: promise jobs and `queueMicrotask`
/// callbacks share one FIFO, as in V8.
pub(crate) enum Micro {
    /// A promise reaction, with the id its trace events carry.
    Promise(u64, PromiseJob),
    Callback(Task),
    Generic(boa_engine::job::GenericJob),
}

/// Simulated I/O: runs in the poll phase once the clock reaches `due_ns`.
pub(crate) struct Io {
    pub task: Task,
    pub due_ns: u64,
    pub seq: u64,
}

/// Why the run is ending early.
#[derive(Debug, Clone)]
pub(crate) enum Stop {
    /// `process.exit(code)`.
    Exit(i32),
    /// A fatal uncaught exception or rejection (already printed).
    Fatal(i32),
    /// A resource limit (message already printed).
    Limit(LimitHit),
    /// Only idle ref'd handles (listening servers) were left: Node would
    /// wait forever for a connection; the run ends without `beforeExit`
    /// or `exit`, exit code 0, with a note naming the handles.
    Idle,
}

pub(crate) struct State {
    pub clock: Rc<VirtualClock>,
    pub limits: Limits,
    pub trace_on: bool,
    pub filename: String,
    pub dirname: String,
    pub cwd: String,
    pub stdin: Option<String>,
    pub files: Vec<(String, String)>,
    pub source: String,
    pub argv: Vec<String>,

    pub phase: Cell<Phase>,
    pub iteration: Cell<u32>,
    pub next_id: Cell<u64>,

    pub ticks: RefCell<VecDeque<Task>>,
    pub micro: RefCell<VecDeque<Micro>>,
    pub async_jobs: RefCell<Vec<NativeAsyncJob>>,
    pub native_timers: RefCell<Vec<(u64, TimeoutJob)>>,
    pub timers: RefCell<Timers>,
    pub immediates: RefCell<VecDeque<(Task, bool)>>,
    pub io: RefCell<Vec<Io>>,
    pub pending: RefCell<VecDeque<Task>>,
    pub close: RefCell<VecDeque<Task>>,

    /// Promises rejected with no handler, waiting for the end of the drain.
    pub unhandled: RefCell<Vec<JsObject>>,
    /// Promises already reported as unhandled (for `rejectionHandled`).
    pub reported: RefCell<Vec<JsObject>>,
    /// Reported promises that got a handler later.
    pub handled_late: RefCell<Vec<JsObject>>,

    pub hooks: RefCell<Option<JsObject>>,
    pub stop: RefCell<Option<Stop>>,

    pub output: RefCell<Vec<OutputEvent>>,
    /// Sees each output chunk as it is written (see [`crate::run_streaming`]).
    pub on_output: RefCell<Option<OutputSink>>,
    pub output_bytes: Cell<usize>,
    pub notes: RefCell<Vec<Note>>,
    pub missing: RefCell<Vec<String>>,
    /// Packages of the store the program required (see `packages.rs`).
    pub packages: RefCell<Vec<String>>,
    pub trace: RefCell<Vec<TraceEvent>>,

    pub callbacks: Cell<u64>,
    pub microtasks: Cell<u64>,
    /// The CPU-time budget (`Limits::cpu_time_ms`).
    pub cpu: crate::limits::CpuBudget,

    /// The one-shot timer whose callback is running, and whether it called
    /// `refresh()` on itself (which re-arms it).
    pub running_timer: Cell<Option<u64>>,
    pub rearm: Cell<bool>,
    /// Trace only: the function to name for a task run through a wrapper.
    pub labels: RefCell<std::collections::HashMap<u64, Option<JsObject>>>,
    /// Ref'd handles (a listening server, an open server-side socket), by
    /// the JS side's id, with what to say if the run ends with only them
    /// left (`host.keepAlive`).
    pub handles: RefCell<std::collections::BTreeMap<u64, String>>,
    /// The realms the `vm` module created, by id (see `vm.rs`).
    pub vm_realms: RefCell<Vec<boa_engine::realm::Realm>>,
}

impl State {
    pub(crate) fn new(options: &RunOptions, clock: Rc<VirtualClock>) -> Self {
        let filename = crate::runtime::absolute_filename(options);
        let dirname = match filename.rfind('/') {
            Some(0) => "/".to_string(),
            Some(i) => filename[..i].to_string(),
            None => ".".to_string(),
        };
        Self {
            clock,
            limits: options.limits.clone(),
            trace_on: options.trace,
            argv: vec!["/usr/local/bin/node".into(), filename.clone()],
            filename,
            dirname,
            cwd: options.cwd.clone(),
            stdin: options.stdin.clone(),
            files: options.files.clone(),
            source: options.source.clone(),
            phase: Cell::new(Phase::Main),
            iteration: Cell::new(0),
            next_id: Cell::new(1),
            ticks: RefCell::default(),
            micro: RefCell::default(),
            async_jobs: RefCell::default(),
            native_timers: RefCell::default(),
            timers: RefCell::default(),
            immediates: RefCell::default(),
            io: RefCell::default(),
            pending: RefCell::default(),
            close: RefCell::default(),
            unhandled: RefCell::default(),
            reported: RefCell::default(),
            handled_late: RefCell::default(),
            hooks: RefCell::default(),
            stop: RefCell::default(),
            output: RefCell::default(),
            on_output: RefCell::default(),
            output_bytes: Cell::new(0),
            notes: RefCell::default(),
            missing: RefCell::default(),
            packages: RefCell::default(),
            trace: RefCell::default(),
            callbacks: Cell::new(0),
            microtasks: Cell::new(0),
            cpu: crate::limits::CpuBudget::new(options.limits.cpu_time_ms),
            running_timer: Cell::new(None),
            rearm: Cell::new(false),
            labels: RefCell::default(),
            handles: RefCell::default(),
            vm_realms: RefCell::default(),
        }
    }

    /// Fetches the state from a context (stored there by `runtime`).
    pub(crate) fn of(context: &Context) -> Rc<State> {
        context.get_data::<Rc<State>>().expect("the runtime stores its state in every context it creates").clone()
    }

    /// The state of the run in progress, if any (an engine between runs has none).
    pub(crate) fn try_of(context: &Context) -> Option<Rc<State>> {
        context.get_data::<Rc<State>>().cloned()
    }

    pub(crate) fn fresh_id(&self) -> u64 {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        id
    }

    pub(crate) fn stopped(&self) -> bool {
        self.stop.borrow().is_some()
    }

    /// Records the first reason to stop; later ones are ignored.
    pub(crate) fn set_stop(&self, stop: Stop) {
        let mut slot = self.stop.borrow_mut();
        if slot.is_none() {
            *slot = Some(stop);
        }
    }

    pub(crate) fn add_note(&self, message: &str) {
        let mut notes = self.notes.borrow_mut();
        if !notes.iter().any(|n| n.message == message) {
            notes.push(Note { message: message.to_string() });
        }
    }

    /// Appends an output chunk; returns false when the output limit is hit.
    pub(crate) fn write(&self, stream: Stream, text: String) -> bool {
        let total = self.output_bytes.get() + text.len();
        if total > self.limits.output_bytes {
            return false;
        }
        self.output_bytes.set(total);
        let time_ms = self.clock.ms();
        if self.trace_on {
            self.trace.borrow_mut().push(TraceEvent::Output { stream, text: text.clone(), time_ms });
        }
        let event = OutputEvent { stream, text, time_ms, iteration: self.iteration.get(), phase: self.phase.get() };
        if let Some(sink) = self.on_output.borrow_mut().as_mut() {
            sink(&event);
        }
        self.output.borrow_mut().push(event);
        true
    }

    pub(crate) fn trace(&self, event: impl FnOnce(f64) -> TraceEvent) {
        if self.trace_on {
            let ev = event(self.clock.ms());
            self.trace.borrow_mut().push(ev);
        }
    }
}

impl State {
    /// Drops every queued callback (breaking reference cycles before the
    /// context goes away).
    pub(crate) fn clear_queues(&self) {
        self.ticks.borrow_mut().clear();
        self.micro.borrow_mut().clear();
        self.async_jobs.borrow_mut().clear();
        self.native_timers.borrow_mut().clear();
        self.timers.borrow_mut().clear();
        self.immediates.borrow_mut().clear();
        self.io.borrow_mut().clear();
        self.pending.borrow_mut().clear();
        self.close.borrow_mut().clear();
        self.handles.borrow_mut().clear();
        self.unhandled.borrow_mut().clear();
        self.reported.borrow_mut().clear();
        self.handled_late.borrow_mut().clear();
        *self.hooks.borrow_mut() = None;
    }
}
