//! Runs programs with the playground runtime for the native commands
//! (`crib build`'s examples, `crib check`, `crib run`), each run in a worker
//! process that can die without taking crib down.
//!
//! The runtime stops hostile code itself (loops, recursion, output, the
//! allocations JavaScript can ask for by size). What it cannot stop is an
//! allocation inside the engine that fails (`s += s` doubles a string until
//! memory runs out; Rust then aborts the process) or a native stack that
//! overflows. So runs go to `crib __worker` children, one per core, each a
//! long-lived process with a capped address space that keeps its engine
//! between runs (see `playground/src/engine.rs`). A worker that dies costs
//! only the run it was doing: that run is reported as stopped, with the
//! reason, and a new worker starts.
//!
//! Output reaches the caller chunk by chunk while the program runs
//! ([`run_streaming`]), so `crib run` prints as Node does and a worker that
//! dies keeps what the program printed before.
//!
//! Every run has a CPU-time budget and a heap budget ([`Budget`]: 5 s and
//! 1 GiB unless `crib.toml`'s `[run]` or `crib run --timeout` say
//! otherwise). The runtime checks the time itself wherever it gets control
//! back; a watchdog thread per run also reads the worker's CPU time and
//! resident memory from `/proc` and kills a worker that overruns either
//! (the time a second after the runtime's own check would have fired, or
//! after 1.8 times the budget of wall time on a starved machine), so
//! even code that never gives control back, or memory that grows inside one
//! call, ends with `[limit: time]` or `[limit: heap]` and what the program
//! printed so far, as the browser worker's watchdog does.
//!
//! Where the running program is not the `crib` binary (the library's own
//! tests), or with `CRIB_IN_PROCESS=1`, runs happen in process, on
//! long-lived big-stack threads (the runtime's own time check only).

use playground::{LimitHit, OutputEvent, Phase, RunOptions, RunResult, Stream};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

/// The hidden subcommand a worker process runs.
pub const WORKER_COMMAND: &str = "__worker";
/// Address space a worker may use: far above what the runtime's own
/// allocation limit lets a program reach, far below what would starve the
/// machine.
const WORKER_ADDRESS_SPACE: u64 = 4 << 30;
/// Deep recursion in the engine needs a big stack.
const STACK_BYTES: usize = 256 << 20;

struct Job {
    options: RunOptions,
    reply: Sender<Answer>,
}

/// What every run may spend: set once by a command from its settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Budget {
    /// CPU time per run, in milliseconds (0: none).
    pub cpu_time_ms: f64,
    /// Memory a run may add to its worker, in bytes (0: none).
    pub heap_bytes: u64,
}

impl Default for Budget {
    fn default() -> Self {
        let limits = playground::Limits::default();
        Budget { cpu_time_ms: limits.cpu_time_ms, heap_bytes: limits.heap_bytes }
    }
}

static BUDGET: Mutex<Option<Budget>> = Mutex::new(None);

/// Sets the budget of the runs that follow (`crib.toml`'s `[run]`, `crib run --timeout`).
pub fn set_budget(budget: Budget) {
    *BUDGET.lock().unwrap_or_else(|e| e.into_inner()) = Some(budget);
}

fn budget() -> Budget {
    BUDGET.lock().unwrap_or_else(|e| e.into_inner()).unwrap_or_default()
}

/// How long after the runtime's own time check the watchdog steps in.
const WATCHDOG_GRACE: Duration = Duration::from_secs(1);
/// Wall time a run may take, as a multiple of its CPU-time budget: on a
/// machine so busy that the program gets little CPU, it still ends in
/// under twice the budget (under 10 s by default).
const WALL_FACTOR: f64 = 1.8;
/// How often the watchdog reads the worker's CPU time and memory.
const WATCHDOG_TICK: Duration = Duration::from_millis(50);

/// What a run sends back, from a worker process (one JSON line each) or
/// from a runner thread: output chunks as they are written, then the
/// result, whose `output` holds only the chunks not already sent.
#[derive(serde::Serialize, serde::Deserialize)]
enum Answer {
    Output(OutputEvent),
    Done(RunResult),
}

/// Runs `options` on a worker and waits for the result. Never panics.
pub fn run(options: RunOptions) -> RunResult {
    run_streaming(options, |_| {})
}

/// [`run`], calling `on_output` with each output chunk as the program
/// writes it. The result's `output` holds every chunk, including those.
pub fn run_streaming(mut options: RunOptions, mut on_output: impl FnMut(&OutputEvent)) -> RunResult {
    let budget = budget();
    options.limits.cpu_time_ms = budget.cpu_time_ms;
    options.limits.heap_bytes = budget.heap_bytes;
    let (reply, replies) = channel();
    let sent = pool().lock().map(|jobs| jobs.send(Job { options, reply }).is_ok()).unwrap_or(false);
    let mut output = Vec::new();
    let mut done = None;
    if sent {
        for answer in replies {
            match answer {
                Answer::Output(event) => {
                    on_output(&event);
                    output.push(event);
                }
                Answer::Done(result) => {
                    done = Some(result);
                    break;
                }
            }
        }
    }
    let mut result = done.unwrap_or_else(|| stopped("crib: the runtime's worker thread could not be reached".into()));
    result.output.iter().for_each(&mut on_output);
    output.append(&mut result.output);
    result.output = output;
    result
}

fn pool() -> &'static Mutex<Sender<Job>> {
    static POOL: OnceLock<Mutex<Sender<Job>>> = OnceLock::new();
    POOL.get_or_init(|| {
        let (jobs, queue) = channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        let exe = worker_exe();
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
        for _ in 0..threads {
            let queue = queue.clone();
            let exe = exe.clone();
            let _ = std::thread::Builder::new()
                .name("crib-runner".into())
                .stack_size(STACK_BYTES)
                .spawn(move || serve_queue(&queue, exe));
        }
        Mutex::new(jobs)
    })
}

/// The `crib` binary to start workers from, when this process is one.
fn worker_exe() -> Option<PathBuf> {
    if std::env::var_os("CRIB_IN_PROCESS").is_some_and(|v| v != "0") {
        return None;
    }
    let exe = std::env::current_exe().ok()?;
    let stem = exe.file_stem()?.to_str()?;
    (stem == "crib").then_some(exe)
}

fn serve_queue(queue: &Mutex<Receiver<Job>>, exe: Option<PathBuf>) {
    let mut worker: Option<Worker> = None;
    loop {
        let job = match queue.lock() {
            Ok(queue) => match queue.recv() {
                Ok(job) => job,
                Err(_) => return,
            },
            Err(_) => return,
        };
        let reply = job.reply.clone();
        let send = move |event: &OutputEvent| reply.send(Answer::Output(event.clone())).is_ok();
        let result = match &exe {
            None => run_sending(&job.options, send),
            Some(exe) => {
                let outcome = match worker.take().map_or_else(|| Worker::start(exe), Ok) {
                    Ok(mut w) => w.run(&job.options, send).map(|r| (r, w)),
                    Err(e) => Err(format!("crib: could not start a runtime worker: {e}")),
                };
                match outcome {
                    Ok((result, w)) => {
                        worker = Some(w);
                        result
                    }
                    Err(message) => stopped(message),
                }
            }
        };
        let _ = job.reply.send(Answer::Done(result));
    }
}

/// One `crib __worker` child and its pipes.
struct Worker {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Worker {
    fn start(exe: &PathBuf) -> Result<Self, String> {
        let mut child = Command::new(exe)
            .arg(WORKER_COMMAND)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| e.to_string())?;
        let stdin = child.stdin.take().ok_or("no stdin pipe")?;
        let stdout = BufReader::new(child.stdout.take().ok_or("no stdout pipe")?);
        Ok(Self { child, stdin, stdout })
    }

    /// One request line out; back, an output line per chunk (handed to
    /// `on_output`) and then the result line. On any failure the worker is
    /// gone and the error says why.
    fn run(&mut self, options: &RunOptions, on_output: impl FnMut(&OutputEvent) -> bool) -> Result<RunResult, String> {
        let watchdog = Watchdog::start(self.child.id(), &options.limits);
        let outcome = self.exchange(options, on_output);
        let verdict = watchdog.stop();
        outcome.map_err(|()| self.death_notice(verdict, &options.limits))
    }

    /// Sends the request and reads the answers; `Err` when the worker died.
    fn exchange(
        &mut self,
        options: &RunOptions,
        mut on_output: impl FnMut(&OutputEvent) -> bool,
    ) -> Result<RunResult, ()> {
        let request = serde_json::to_string(options).map_err(|_| ())?;
        if writeln!(self.stdin, "{request}").and_then(|()| self.stdin.flush()).is_err() {
            return Err(());
        }
        let mut line = String::new();
        loop {
            line.clear();
            match self.stdout.read_line(&mut line) {
                Ok(n) if n > 0 => {}
                _ => return Err(()),
            }
            match serde_json::from_str(&line) {
                Ok(Answer::Output(event)) => {
                    on_output(&event);
                }
                Ok(Answer::Done(result)) => return Ok(result),
                Err(_) => return Err(()),
            }
        }
    }

    /// Why the worker died, in words a reader can act on.
    fn death_notice(&mut self, verdict: Option<Verdict>, limits: &playground::Limits) -> String {
        let _ = self.child.kill();
        let status = self.child.wait().ok();
        match verdict {
            Some(Verdict::Time) => return format!("{}\n", playground::time_limit_message(limits.cpu_time_ms)),
            Some(Verdict::Wall) => {
                let seconds = limits.cpu_time_ms * WALL_FACTOR / 1000.0;
                return format!(
                    "crib: run stopped after {seconds} s of wall time: the program did not finish (an endless loop, or a machine too busy to give it {} s of CPU time) [limit: time]\n",
                    limits.cpu_time_ms / 1000.0
                );
            }
            Some(Verdict::Heap) => {
                return format!(
                    "crib: run stopped: the program's memory grew past the heap budget of {} MB (an array or string grown without bound?) [limit: heap]\n",
                    limits.heap_bytes >> 20
                );
            }
            None => {}
        }
        let mut stderr = String::new();
        if let Some(mut pipe) = self.child.stderr.take() {
            let _ = pipe.read_to_string(&mut stderr);
        }
        let (why, limit) = if stderr.contains("memory allocation") {
            ("it needed more memory than the playground allows (a string or array grown without bound?)", "allocation")
        } else if stderr.contains("overflowed its stack") {
            ("it overflowed the engine's native stack (recursion inside a built-in?)", "recursion")
        } else {
            ("the runtime process ended unexpectedly", "internal")
        };
        let status = status.map(|s| format!("; the worker {s}")).unwrap_or_default();
        format!("crib: run stopped: {why}{status} [limit: {limit}]\n")
    }
}

/// Which budget the watchdog stopped a worker for.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Verdict {
    Time,
    Wall,
    Heap,
}

/// Watches one run's worker: kills it when its CPU time since the run
/// started passes the budget plus [`WATCHDOG_GRACE`], its wall time
/// [`WALL_FACTOR`] times the budget, or its resident memory grows by more
/// than the heap budget.
struct Watchdog {
    /// Whether the run is still on (the watchdog kills only while it is, and
    /// while holding this lock), and why it killed the worker.
    state: Arc<Mutex<(bool, Option<Verdict>)>>,
}

impl Watchdog {
    fn start(pid: u32, limits: &playground::Limits) -> Self {
        let state = Arc::new(Mutex::new((true, None)));
        let cpu_budget =
            (limits.cpu_time_ms > 0.0).then(|| Duration::from_secs_f64(limits.cpu_time_ms / 1000.0) + WATCHDOG_GRACE);
        let wall_budget =
            (limits.cpu_time_ms > 0.0).then(|| Duration::from_secs_f64(limits.cpu_time_ms * WALL_FACTOR / 1000.0));
        let started = std::time::Instant::now();
        let heap_budget = (limits.heap_bytes > 0).then_some(limits.heap_bytes);
        if cpu_budget.is_none() && heap_budget.is_none() {
            return Self { state };
        }
        let shared = state.clone();
        let spawned = std::thread::Builder::new().name("crib-watchdog".into()).spawn(move || {
            let (cpu0, rss0) = (proc_usage::cpu_time(pid), proc_usage::resident_bytes(pid));
            loop {
                std::thread::sleep(WATCHDOG_TICK);
                let verdict = if cpu_budget
                    .zip(cpu0)
                    .zip(proc_usage::cpu_time(pid))
                    .is_some_and(|((b, c0), c)| c.saturating_sub(c0) > b)
                {
                    Some(Verdict::Time)
                } else if wall_budget.is_some_and(|b| started.elapsed() > b) {
                    Some(Verdict::Wall)
                } else if heap_budget
                    .zip(rss0)
                    .zip(proc_usage::resident_bytes(pid))
                    .is_some_and(|((b, r0), r)| r.saturating_sub(r0) > b)
                {
                    Some(Verdict::Heap)
                } else {
                    None
                };
                let mut state = shared.lock().unwrap_or_else(|e| e.into_inner());
                if !state.0 {
                    return;
                }
                if let Some(verdict) = verdict {
                    state.1 = Some(verdict);
                    proc_usage::kill(pid);
                    return;
                }
            }
        });
        if spawned.is_err() {
            state.lock().unwrap_or_else(|e| e.into_inner()).0 = false;
        }
        Self { state }
    }

    /// Ends the watch; what it stopped the worker for, if it did.
    fn stop(self) -> Option<Verdict> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.0 = false;
        state.1
    }
}

/// A process's CPU time and memory, from `/proc` (Linux); `None` elsewhere.
mod proc_usage {
    use std::time::Duration;

    /// User plus system CPU time of process `pid`.
    pub(super) fn cpu_time(pid: u32) -> Option<Duration> {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        // The fields after the command name, which is in parentheses.
        let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
        let utime: u64 = fields.get(11)?.parse().ok()?;
        let stime: u64 = fields.get(12)?.parse().ok()?;
        let ticks = ticks_per_second()?;
        Some(Duration::from_secs_f64((utime + stime) as f64 / ticks as f64))
    }

    /// Resident memory of process `pid`, in bytes.
    pub(super) fn resident_bytes(pid: u32) -> Option<u64> {
        let statm = std::fs::read_to_string(format!("/proc/{pid}/statm")).ok()?;
        let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
        Some(pages * page_size()?)
    }

    #[cfg(unix)]
    fn ticks_per_second() -> Option<u64> {
        // SAFETY: sysconf only reads a configuration value.
        let n = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
        (n > 0).then_some(n as u64)
    }

    #[cfg(unix)]
    fn page_size() -> Option<u64> {
        // SAFETY: as above.
        let n = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
        (n > 0).then_some(n as u64)
    }

    #[cfg(unix)]
    pub(super) fn kill(pid: u32) {
        // SAFETY: sends a signal to our own child, which has not been
        // reaped (the caller holds the run's lock and waits for it after).
        unsafe {
            libc::kill(pid as libc::pid_t, libc::SIGKILL);
        }
    }

    #[cfg(not(unix))]
    fn ticks_per_second() -> Option<u64> {
        None
    }

    #[cfg(not(unix))]
    fn page_size() -> Option<u64> {
        None
    }

    #[cfg(not(unix))]
    pub fn kill(_pid: u32) {}
}

/// The result of a run that the runtime could not finish; `message` ends
/// with `[limit: NAME]` when a limit is to blame.
fn stopped(message: String) -> RunResult {
    let limit = message
        .rsplit_once("[limit: ")
        .and_then(|(_, rest)| rest.split_once(']'))
        .map_or("internal", |(name, _)| name)
        .to_string();
    RunResult {
        output: vec![OutputEvent {
            stream: Stream::Stderr,
            text: message.clone(),
            time_ms: 0.0,
            iteration: 0,
            phase: Phase::Main,
        }],
        exit_code: 1,
        notes: Vec::new(),
        limit: Some(LimitHit { limit, message: message.trim_end().to_string() }),
        missing_modules: Vec::new(),
        packages: Vec::new(),
        trace: Vec::new(),
    }
}

/// `crib __worker`: answers run requests (one JSON line each) until its
/// standard input closes, writing each output chunk as it comes.
pub fn serve_worker() -> std::process::ExitCode {
    cap_address_space(WORKER_ADDRESS_SPACE);
    let worker = std::thread::Builder::new().stack_size(STACK_BYTES).spawn(|| {
        let stdin = std::io::stdin().lock();
        for line in stdin.lines() {
            let Ok(line) = line else { break };
            let result = match serde_json::from_str::<RunOptions>(&line) {
                Ok(options) => run_sending(&options, |event| answer(&Answer::Output(event.clone()))),
                Err(e) => stopped(format!("crib: bad request to a runtime worker: {e}\n")),
            };
            if !answer(&Answer::Done(result)) {
                break;
            }
        }
    });
    match worker.map(|w| w.join()) {
        Ok(Ok(())) => std::process::ExitCode::SUCCESS,
        _ => std::process::ExitCode::FAILURE,
    }
}

/// Runs `options`, handing each output chunk to `send` as it is written;
/// the result keeps only the chunks `send` did not take (it returns false
/// when it could not pass one on).
fn run_sending(options: &RunOptions, mut send: impl FnMut(&OutputEvent) -> bool + 'static) -> RunResult {
    // How many chunks went out before the first one that could not.
    let sent = std::rc::Rc::new(std::cell::Cell::new(0_usize));
    let counter = sent.clone();
    let mut lost = false;
    let mut result = playground::run_streaming(
        options,
        Box::new(move |event| {
            lost = lost || !send(event);
            if !lost {
                counter.set(counter.get() + 1);
            }
        }),
    );
    result.output.drain(..sent.get().min(result.output.len()));
    result
}

/// Writes one answer line to the parent; false if the pipe is gone.
fn answer(answer: &Answer) -> bool {
    let Ok(json) = serde_json::to_string(answer) else { return false };
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{json}").and_then(|()| stdout.flush()).is_ok()
}

#[cfg(unix)]
fn cap_address_space(bytes: u64) {
    let limit = libc::rlimit { rlim_cur: bytes as libc::rlim_t, rlim_max: bytes as libc::rlim_t };
    // SAFETY: setrlimit reads the struct we pass; failure only leaves the
    // limit as it was.
    unsafe {
        libc::setrlimit(libc::RLIMIT_AS, &limit);
    }
}

#[cfg(not(unix))]
fn cap_address_space(_bytes: u64) {}
