//! The life of one run: take this thread's engine (a Boa context with the
//! runtime's clock, job executor, hooks, module loader and compiled
//! bootstrap, see `engine`); run the bootstrap; run the main program
//! (CommonJS or ES module); run the event loop; then the `exit` handlers;
//! collect the result, and give the engine back if the run left it clean.

use crate::api::{LimitHit, ModuleKind, OutputSink, Phase, RunOptions, RunResult, Stream};
use crate::engine::{self, Engine};
use crate::modules::{self, Main};
use crate::state::{State, Stop};
use crate::{errors, event_loop, host, jobs, limits};
use boa_engine::builtins::promise::PromiseState;
use boa_engine::{Context, JsValue, js_string};
use std::rc::Rc;

/// The absolute file name of the main program, as Node would show it.
pub(crate) fn absolute_filename(options: &RunOptions) -> String {
    let name = if options.filename.is_empty() { "main.js" } else { options.filename.as_str() };
    if name.starts_with('/') {
        name.to_string()
    } else {
        let cwd = options.cwd.trim_end_matches('/');
        format!("{cwd}/{name}")
    }
}

/// Runs a program to completion. Never panics: an internal failure becomes
/// a result with a message on stderr and exit code 70.
pub fn run(options: &RunOptions) -> RunResult {
    run_with(options, None)
}

/// [`run`], also handing each output chunk to `on_output` as it is written,
/// so a host can show output while the program runs (and keep it if the
/// process dies before the end). The result's `output` still has every
/// chunk, plus a final one the sink never saw if the runtime failed inside.
pub fn run_streaming(options: &RunOptions, on_output: OutputSink) -> RunResult {
    run_with(options, Some(on_output))
}

fn run_with(options: &RunOptions, on_output: Option<OutputSink>) -> RunResult {
    // A panic drops the engine with the stack: the next run gets a new one.
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_on_engine(options, on_output))) {
        Ok(result) => result,
        Err(panic) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            RunResult {
                output: vec![crate::api::OutputEvent {
                    stream: Stream::Stderr,
                    text: format!("crib: internal error in the playground runtime: {msg}\n"),
                    time_ms: 0.0,
                    iteration: 0,
                    phase: Phase::Main,
                }],
                exit_code: 70,
                notes: Vec::new(),
                limit: Some(LimitHit { limit: "internal".into(), message: msg }),
                missing_modules: Vec::new(),
                packages: Vec::new(),
                trace: Vec::new(),
            }
        }
    }
}

fn run_on_engine(options: &RunOptions, on_output: Option<OutputSink>) -> RunResult {
    let mut engine = match engine::take() {
        Ok(engine) => engine,
        Err(e) => panic!("the runtime failed to start: {e}"),
    };
    engine.clock.reset(options.epoch_ms);
    let st = Rc::new(State::new(options, engine.clock.clone()));
    *st.on_output.borrow_mut() = on_output;
    engine.begin(&st);
    let started = bootstrap(&mut engine, &st);
    let result = match &started {
        Ok(()) => {
            engine.bootstrapped();
            run_program(options, &mut engine.context, &st)
        }
        Err(e) => {
            st.write(Stream::Stderr, format!("crib: the runtime failed to start: {e}\n"));
            st.set_stop(Stop::Fatal(70));
            finish(&mut engine.context, &st, None)
        }
    };
    let retire = if started.is_err() {
        Some("the bootstrap failed")
    } else if result.limit.is_some() {
        Some("a limit was hit")
    } else if result.exit_code == 70 {
        Some("an internal error")
    } else if engine::may_outlive_run(&options.source) {
        Some("the program uses eval, Function, WeakRef or FinalizationRegistry")
    } else {
        None
    };
    if let Some(why) = retire
        && std::env::var_os("CRIB_ENGINE_DEBUG").is_some()
    {
        eprintln!("engine retired: {why}");
    }
    let reusable = retire.is_none();
    engine.finish(reusable);
    result
}

fn bootstrap(engine: &mut Engine, st: &State) -> Result<(), String> {
    let host = host::create(&mut engine.context, &engine.realm);
    let f = engine.bootstrap.as_callable().ok_or("bootstrap.js must evaluate to a function")?;
    f.call(&JsValue::undefined(), &[host.into()], &mut engine.context).map_err(|e| e.to_string())?;
    if st.hooks.borrow().is_none() {
        return Err("bootstrap.js did not call host.setHooks".into());
    }
    Ok(())
}

fn run_program(options: &RunOptions, context: &mut Context, st: &Rc<State>) -> RunResult {
    let st = &**st;

    let mut main_promise = None;
    match modules::compile_main(options, st, context) {
        Main::SyntaxError(msg) => {
            let prefix = if options.module_kind == ModuleKind::Esm || st.filename.ends_with(".mjs") {
                0
            } else {
                modules::CJS_PREFIX.len()
            };
            errors::syntax_error(st, &msg, prefix);
        }
        Main::Cjs(f) => {
            st.phase.set(Phase::Main);
            if let Some(run_main) = hook(context, st, "runMain")
                && let Err(err) = run_main.call(&JsValue::undefined(), &[f.into()], context)
            {
                errors::uncaught(context, st, err, "uncaughtException");
            }
            jobs::drain(context, st);
        }
        Main::Esm(module) => {
            st.phase.set(Phase::Main);
            if let Some(mark) = hook(context, st, "markEsmMain") {
                let _ = mark.call(&JsValue::undefined(), &[], context);
            }
            let loaded = module.load(context);
            jobs::run_microtasks(context, st);
            match loaded.state() {
                PromiseState::Rejected(reason) => errors::uncaught_value(context, st, reason, "uncaughtException"),
                _ => match module.link(context) {
                    Err(err) => errors::uncaught(context, st, err, "uncaughtException"),
                    Ok(()) => {
                        st.phase.set(Phase::Main);
                        match module.evaluate(context) {
                            Ok(p) => {
                                if let Some(watch) = hook(context, st, "watchMain") {
                                    let _ = watch.call(&JsValue::undefined(), &[p.clone().into()], context);
                                }
                                main_promise = Some(p);
                            }
                            Err(err) => errors::uncaught(context, st, err, "uncaughtException"),
                        }
                        // The module body ran inside a microtask: the rest of
                        // the microtask queue runs before any nextTick.
                        jobs::run_microtasks(context, st);
                        jobs::drain(context, st);
                    }
                },
            }
        }
    }
    if !st.stopped() {
        event_loop::run(context, st);
    }
    finish(context, st, main_promise)
}

fn hook(context: &mut Context, st: &State, name: &str) -> Option<boa_engine::JsObject> {
    st.hooks.borrow().clone()?.get(js_string!(name), context).ok()?.as_callable()
}

/// Runs the `exit` handlers (unless a limit stopped the run) and builds the result.
fn finish(
    context: &mut Context,
    st: &State,
    main_promise: Option<boa_engine::object::builtins::JsPromise>,
) -> RunResult {
    let stop = st.stop.borrow().clone();
    let mut code = match &stop {
        Some(Stop::Exit(c)) | Some(Stop::Fatal(c)) => Some(*c),
        Some(Stop::Limit(_)) => None,
        Some(Stop::Idle) | None => None,
    };
    // ESM: a top-level await that never settled exits with 13 (Node 20
    // prints nothing).
    if stop.is_none()
        && let Some(p) = &main_promise
        && matches!(p.state(), PromiseState::Pending)
    {
        code = Some(13);
    }
    let limit = match &stop {
        Some(Stop::Limit(hit)) => Some(hit.clone()),
        _ => None,
    };
    let exit_code = if limit.is_some() {
        1
    } else if matches!(stop, Some(Stop::Idle)) {
        // Node never gets here (it waits for connections); no `exit` event.
        0
    } else if let Some(f) = hook(context, st, "emitExit") {
        // Handlers may call process.exit or set process.exitCode.
        *st.stop.borrow_mut() = None;
        let arg = code.map(JsValue::from).unwrap_or_default();
        let prev = st.phase.replace(Phase::Exit);
        let result = f.call(&JsValue::undefined(), &[arg], context);
        st.phase.set(prev);
        if code.is_none() && result.is_ok() {
            // After the exit listeners of a natural exit, microtasks they queued still run.
            jobs::run_microtasks(context, st);
        }
        let final_stop = st.stop.borrow().clone();
        match (result, final_stop) {
            (_, Some(Stop::Exit(c))) => c,
            (_, Some(Stop::Limit(_))) => 1,
            (Ok(v), _) => v.as_number().map(|n| n as i32).or(code).unwrap_or(0),
            (Err(err), _) => {
                if !limits::check_engine_error(context, st, &err) {
                    // An exception inside an exit handler is fatal too.
                    *st.stop.borrow_mut() = None;
                    errors::uncaught(context, st, err, "uncaughtException");
                }
                match st.stop.borrow().clone() {
                    Some(Stop::Fatal(c)) | Some(Stop::Exit(c)) => c,
                    _ => 1,
                }
            }
        }
    } else {
        code.unwrap_or(0)
    };
    let limit = limit.or_else(|| match st.stop.borrow().clone() {
        Some(Stop::Limit(hit)) => Some(hit),
        _ => None,
    });
    let result = RunResult {
        output: std::mem::take(&mut *st.output.borrow_mut()),
        exit_code,
        notes: std::mem::take(&mut *st.notes.borrow_mut()),
        limit,
        missing_modules: std::mem::take(&mut *st.missing.borrow_mut()),
        packages: std::mem::take(&mut *st.packages.borrow_mut()),
        trace: std::mem::take(&mut *st.trace.borrow_mut()),
    };
    st.clear_queues();
    result
}
