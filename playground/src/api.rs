//! The public contract of the runtime: what a host passes in ([`RunOptions`])
//! and what it gets back ([`RunResult`]). Serialised as JSON for the browser
//! and `crib run --json`, so field names are part of the API.

use serde::{Deserialize, Serialize};

/// How the program is to be loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ModuleKind {
    /// `import`/`export` or top-level `await` make it ESM, else CommonJS
    /// (what Node 22+ does for `.js` files).
    #[default]
    Auto,
    CommonJs,
    Esm,
}

/// Everything a run needs. Nothing here touches the host machine.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct RunOptions {
    /// The program text.
    pub source: String,
    /// File name shown in stack traces and `__filename` (base name, e.g. `main.js`,
    /// taken relative to `cwd`, or an absolute path; `.mjs` forces ESM, `.cjs` CommonJS).
    pub filename: String,
    /// The virtual working directory (`process.cwd()`), absolute.
    pub cwd: String,
    /// Wall-clock time at process start, in milliseconds since the Unix
    /// epoch: what `Date.now()` returns before any time has passed.
    pub epoch_ms: f64,
    pub module_kind: ModuleKind,
    /// Scripted standard input (readline reads it line by line).
    pub stdin: Option<String>,
    /// Files the virtual file system starts with: path (relative to the
    /// virtual cwd, or absolute) and UTF-8 contents.
    pub files: Vec<(String, String)>,
    /// Record the full queue trace for the step-through visualiser.
    pub trace: bool,
    pub limits: Limits,
}

impl Default for RunOptions {
    fn default() -> Self {
        Self {
            source: String::new(),
            filename: "main.js".into(),
            cwd: "/home/crib".into(),
            epoch_ms: 1_767_225_600_000.0, // 2026-01-01T00:00:00Z
            module_kind: ModuleKind::Auto,
            stdin: None,
            files: Vec::new(),
            trace: false,
            limits: Limits::default(),
        }
    }
}

/// The default CPU-time budget of a run: the browser worker's watchdog too.
pub const DEFAULT_CPU_TIME_MS: f64 = 5000.0;

/// Resource limits; hitting any ends the run with [`LimitHit`].
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Limits {
    /// Backward jumps (loop iterations) across the whole run.
    pub loop_iterations: u64,
    /// Call-stack depth: deeper calls throw a catchable `RangeError:
    /// Maximum call stack size exceeded`, as V8 does near 10,000 frames of a
    /// small function.
    pub recursion: usize,
    /// Macrotask callbacks (timers, immediates, I/O, close).
    pub callbacks: u64,
    /// nextTick callbacks plus promise jobs.
    pub microtasks: u64,
    /// Virtual time horizon in milliseconds.
    pub virtual_time_ms: f64,
    /// Bytes of stdout plus stderr.
    pub output_bytes: usize,
    /// Largest single allocation a builtin may make (string, array, buffer), in bytes.
    pub allocation_bytes: usize,
    /// CPU time the run may take, in milliseconds (`time`): checked by the
    /// native runtime between callbacks and output writes, and by
    /// `crib`'s runner, which stops a worker that overruns it (the browser's
    /// worker has a watchdog of the same length). 0 means no limit.
    pub cpu_time_ms: f64,
    /// Memory the run may add to its process, in bytes (`heap`): enforced by
    /// `crib`'s runner on its worker processes. 0 means no limit.
    pub heap_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            loop_iterations: 10_000_000,
            recursion: 10_000,
            callbacks: 1_000_000,
            microtasks: 5_000_000,
            virtual_time_ms: 24.0 * 3600.0 * 1000.0,
            output_bytes: 1 << 20,
            allocation_bytes: 64 << 20,
            cpu_time_ms: DEFAULT_CPU_TIME_MS,
            heap_bytes: 1 << 30,
        }
    }
}

/// Which queue or phase ran the callback that produced an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Phase {
    /// The main script (or module body) itself.
    Main,
    NextTick,
    Microtask,
    Timers,
    Pending,
    Poll,
    Check,
    Close,
    /// `beforeExit` and `exit` handlers.
    Exit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stream {
    Stdout,
    Stderr,
}

/// One chunk written to stdout or stderr.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OutputEvent {
    pub stream: Stream,
    pub text: String,
    /// Virtual milliseconds since the process started.
    pub time_ms: f64,
    /// Event-loop iteration (0 while the main script runs).
    pub iteration: u32,
    pub phase: Phase,
}

/// Called with each output chunk the moment the program writes it (see
/// [`crate::run_streaming`]).
pub type OutputSink = Box<dyn FnMut(&OutputEvent)>;

/// A place where real Node's order can differ from the one shown.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Note {
    pub message: String,
}

/// Which limit stopped a run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LimitHit {
    /// `loopIterations`, `recursion`, `callbacks`, `microtasks`,
    /// `virtualTime`, `outputBytes`, `allocation`, `time`, `heap`.
    pub limit: String,
    /// The message also printed to stderr.
    pub message: String,
}

/// One step of the queue trace (only with [`RunOptions::trace`]).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum TraceEvent {
    /// A callback was queued. `queue` is a [`Phase`] name; `due_ms` for timers.
    Enqueue {
        queue: Phase,
        id: u64,
        label: String,
        due_ms: Option<f64>,
        time_ms: f64,
    },
    /// A callback left its queue to run.
    Dequeue {
        queue: Phase,
        id: u64,
        time_ms: f64,
    },
    PhaseEnter {
        phase: Phase,
        iteration: u32,
        time_ms: f64,
    },
    PhaseLeave {
        phase: Phase,
        iteration: u32,
        time_ms: f64,
    },
    /// A callback started; `line`/`column` are 1-based in the user's source when known.
    CallbackStart {
        queue: Phase,
        id: u64,
        label: String,
        line: Option<u32>,
        column: Option<u32>,
        time_ms: f64,
    },
    CallbackEnd {
        queue: Phase,
        id: u64,
        time_ms: f64,
    },
    /// Output, so a replay can show it at the right step.
    Output {
        stream: Stream,
        text: String,
        time_ms: f64,
    },
    /// A named step inside the running callback began (an Express
    /// middleware or route handler, from `host.traceEnter`).
    FrameEnter {
        label: String,
        time_ms: f64,
    },
    /// The innermost such step returned.
    FrameLeave {
        label: String,
        time_ms: f64,
    },
}

/// What a run produced.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunResult {
    pub output: Vec<OutputEvent>,
    pub exit_code: i32,
    pub notes: Vec<Note>,
    pub limit: Option<LimitHit>,
    /// Built-in modules the program asked for that the playground lacks
    /// (e.g. `express`); the run failed like Node with MODULE_NOT_FOUND.
    pub missing_modules: Vec<String>,
    /// npm packages of the playground's store (`packages::KNOWN`) the
    /// program required, found or not: a browser page fetches the ones it
    /// has not added yet and runs the program again.
    #[serde(default)]
    pub packages: Vec<String>,
    pub trace: Vec<TraceEvent>,
}

impl RunResult {
    /// Everything written to one stream, concatenated.
    pub fn text(&self, stream: Stream) -> String {
        self.output.iter().filter(|e| e.stream == stream).map(|e| e.text.as_str()).collect()
    }
}
