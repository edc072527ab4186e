//! The native `host` object handed to `bootstrap.js` and to every built-in
//! module (see `playground/js/README.md`): output, the virtual clock, the
//! queues, process facts and module loading. User code never sees it.

use crate::api::{Phase, Stream, TraceEvent};
use crate::errors::NODE_VERSION;
use crate::limits;
use crate::state::{Io, State, Stop, Task};
use crate::{clock, modules, trace};
use boa_engine::object::ObjectInitializer;
use boa_engine::object::builtins::{JsArray, JsUint8Array};
use boa_engine::property::Attribute;
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsString, JsValue, NativeFunction, js_string};

type HostFn = fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>;

fn arg(args: &[JsValue], i: usize) -> JsValue {
    args.get(i).cloned().unwrap_or_default()
}

fn num(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<f64> {
    arg(args, i).to_number(context)
}

fn id_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<u64> {
    let n = num(args, i, context)?;
    Ok(if n.is_finite() && n > 0.0 { n as u64 } else { 0 })
}

fn array_to_vec(value: &JsValue, context: &mut Context) -> JsResult<Vec<JsValue>> {
    let Some(obj) = value.as_object() else { return Ok(Vec::new()) };
    let len = obj.get(js_string!("length"), context)?.to_length(context)?;
    let mut out = Vec::with_capacity(len as usize);
    for i in 0..len {
        out.push(obj.get(i, context)?);
    }
    Ok(out)
}

/// Builds a task from `(fn, thisArg, argsArray)` arguments starting at `at`.
fn task_from(
    st: &State,
    args: &[JsValue],
    at: usize,
    this_at: Option<usize>,
    args_at: Option<usize>,
    context: &mut Context,
) -> JsResult<Task> {
    let func = arg(args, at)
        .as_callable()
        .ok_or_else(|| JsNativeError::typ().with_message("host: callback is not a function"))?;
    let this = this_at.map(|i| arg(args, i)).unwrap_or_default();
    let call_args = match args_at {
        Some(i) => array_to_vec(&arg(args, i), context)?,
        None => Vec::new(),
    };
    st.clock.advance(clock::SCHEDULE_COST_NS);
    Ok(Task { id: st.fresh_id(), func, this, args: call_args })
}

/// The function a trace should name for a task: an explicit label function
/// (argument `label_at`) when the task runs through a shared wrapper.
fn enqueue_trace_labelled(
    st: &State,
    context: &mut Context,
    queue: Phase,
    task: &Task,
    due_ms: Option<f64>,
    label_fn: &JsValue,
) {
    if st.trace_on {
        let label = match label_fn.as_callable() {
            Some(f) => trace::label(&f, context),
            None => trace::label(&task.func, context),
        };
        let (line, column) = trace::caller_location(context, &st.filename);
        let id = task.id;
        st.trace(|t| TraceEvent::Enqueue { queue, id, label: format_label(label, line, column), due_ms, time_ms: t });
        st.labels.borrow_mut().insert(id, label_fn.as_callable());
    }
}

fn format_label(label: String, line: Option<u32>, column: Option<u32>) -> String {
    match (line, column) {
        (Some(l), Some(c)) => format!("{label} @ {l}:{c}"),
        _ => label,
    }
}

fn enqueue_trace(st: &State, context: &mut Context, queue: Phase, task: &Task, due_ms: Option<f64>) {
    enqueue_trace_labelled(st, context, queue, task, due_ms, &JsValue::undefined());
}

fn write(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let fd = num(args, 0, context)?;
    let text = arg(args, 1).to_string(context)?.to_std_string_escaped();
    let stream = if fd == 2.0 { Stream::Stderr } else { Stream::Stdout };
    if limits::check_time(context, &st) {
        return Err(limits::unwind_error());
    }
    if !st.write(stream, text) {
        limits::hit(
            context,
            &st,
            "outputBytes",
            &format!("the program wrote more than {} bytes of output", st.limits.output_bytes),
        );
        return Err(limits::unwind_error());
    }
    Ok(JsValue::undefined())
}

fn now(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    if limits::check_time(context, &st) {
        return Err(limits::unwind_error());
    }
    Ok(JsValue::from(st.clock.read_ns() as f64 / 1e6))
}

fn hrtime_ns(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    // Node's hrtime counts from an arbitrary point; a fixed offset keeps it plausible.
    Ok(JsValue::from((st.clock.read_ns() + 2_345_678_901_234) as f64))
}

fn next_tick(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let task = task_from(&st, args, 0, None, Some(1), context)?;
    enqueue_trace(&st, context, Phase::NextTick, &task, None);
    st.ticks.borrow_mut().push_back(task);
    Ok(JsValue::undefined())
}

fn queue_microtask(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let task = task_from(&st, args, 0, None, None, context)?;
    enqueue_trace(&st, context, Phase::Microtask, &task, None);
    st.micro.borrow_mut().push_back(crate::state::Micro::Callback(task));
    Ok(JsValue::undefined())
}

fn timer_start(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let task = task_from(&st, args, 0, Some(3), Some(4), context)?;
    let mut delay = num(args, 1, context)?;
    if !(1.0..=2_147_483_647.0).contains(&delay) {
        delay = 1.0;
    }
    let repeat = arg(args, 2).to_boolean();
    // A timer starts at libuv's millisecond clock reading (see timers.rs).
    let start = crate::timers::loop_time(st.clock.peek_ns());
    enqueue_trace_labelled(&st, context, Phase::Timers, &task, Some(start as f64 / 1e6 + delay.trunc()), &arg(args, 5));
    let id = st.timers.borrow_mut().insert(task, delay, repeat, start);
    Ok(JsValue::from(id as f64))
}

fn timer_clear(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let id = id_arg(args, 0, context)?;
    st.timers.borrow_mut().remove(id);
    Ok(JsValue::undefined())
}

fn timer_ref(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let id = id_arg(args, 0, context)?;
    st.timers.borrow_mut().set_ref(id, arg(args, 1).to_boolean());
    Ok(JsValue::undefined())
}

fn timer_has_ref(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let id = id_arg(args, 0, context)?;
    Ok(JsValue::from(st.timers.borrow().has_ref(id)))
}

fn timer_refresh(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let id = id_arg(args, 0, context)?;
    let now = crate::timers::loop_time(st.clock.peek_ns());
    let mut timers = st.timers.borrow_mut();
    if timers.has(id) {
        timers.refresh(id, now);
    } else if st.running_timer.get() == Some(id) {
        st.rearm.set(true);
    }
    Ok(JsValue::undefined())
}

fn immediate(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let task = task_from(&st, args, 0, Some(1), Some(2), context)?;
    enqueue_trace_labelled(&st, context, Phase::Check, &task, None, &arg(args, 3));
    let id = task.id;
    st.immediates.borrow_mut().push_back((task, true));
    Ok(JsValue::from(id as f64))
}

fn immediate_clear(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let id = id_arg(args, 0, context)?;
    st.immediates.borrow_mut().retain(|(t, _)| t.id != id);
    Ok(JsValue::undefined())
}

fn immediate_ref(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let id = id_arg(args, 0, context)?;
    let refed = arg(args, 1).to_boolean();
    for (t, r) in st.immediates.borrow_mut().iter_mut() {
        if t.id == id {
            *r = refed;
        }
    }
    Ok(JsValue::undefined())
}

fn io(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let task = task_from(&st, args, 0, None, None, context)?;
    let latency = num(args, 1, context)?;
    let latency = if latency.is_finite() && latency > 0.0 { latency } else { 0.0 };
    let due_ns = st.clock.peek_ns() + crate::timers::delay_ns(latency);
    enqueue_trace(&st, context, Phase::Poll, &task, Some(due_ns as f64 / 1e6));
    let id = task.id;
    let seq = st.fresh_id();
    st.io.borrow_mut().push(Io { task, due_ns, seq });
    Ok(JsValue::from(id as f64))
}

/// `host.keepAlive(id, note)`: a ref'd handle keeps the loop alive while
/// anything can still wake it; `note` is what to tell the reader if the run
/// ends with only such handles left. `host.keepAlive(id, null)` drops it.
fn keep_alive(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let id = id_arg(args, 0, context)?;
    let note = arg(args, 1);
    if note.is_null_or_undefined() {
        st.handles.borrow_mut().remove(&id);
    } else {
        let text = note.to_string(context)?.to_std_string_escaped();
        st.handles.borrow_mut().insert(id, text);
    }
    Ok(JsValue::undefined())
}

fn pending(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let task = task_from(&st, args, 0, None, None, context)?;
    enqueue_trace(&st, context, Phase::Pending, &task, None);
    st.pending.borrow_mut().push_back(task);
    Ok(JsValue::undefined())
}

fn close(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let task = task_from(&st, args, 0, None, None, context)?;
    enqueue_trace(&st, context, Phase::Close, &task, None);
    st.close.borrow_mut().push_back(task);
    Ok(JsValue::undefined())
}

fn stdin(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    Ok(match &st.stdin {
        Some(s) => JsString::from(s.as_str()).into(),
        None => JsValue::null(),
    })
}

fn files(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let mut rows = Vec::new();
    for (path, text) in &st.files {
        // The bytes go over as a Uint8Array made here: encoding megabytes
        // of text to UTF-8 in JavaScript took seconds in a folder of logs.
        let bytes = JsUint8Array::from_iter(text.bytes(), context)?;
        let pair = JsArray::from_iter([JsString::from(path.as_str()).into(), bytes.into()], context);
        rows.push(pair.into());
    }
    Ok(JsArray::from_iter(rows, context).into())
}

fn exit(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let code = num(args, 0, context)?;
    let code = if code.is_finite() { code as i32 } else { 0 };
    st.set_stop(Stop::Exit(code));
    Err(limits::unwind_error())
}

fn set_hooks(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    *st.hooks.borrow_mut() = arg(args, 0).as_object();
    Ok(JsValue::undefined())
}

fn load_builtin(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let name = arg(args, 0).to_string(context)?.to_std_string_escaped();
    modules::compile_builtin(&name, context)
}

fn has_builtin(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let name = arg(args, 0).to_string(context)?.to_std_string_escaped();
    Ok(modules::builtin_source(&name).is_some().into())
}

fn compile(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let source = arg(args, 0).to_string(context)?.to_std_string_escaped();
    let filename = arg(args, 1).to_string(context)?.to_std_string_escaped();
    modules::compile_cjs(&source, &filename, context).map(Into::into)
}

fn package_has(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = arg(args, 0).to_string(context)?.to_std_string_escaped();
    Ok(crate::packages::has(&path).into())
}

fn package_file(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = arg(args, 0).to_string(context)?.to_std_string_escaped();
    Ok(match crate::packages::file(&path) {
        Some(text) => JsString::from(&*text).into(),
        None => JsValue::undefined(),
    })
}

/// The wrapper function of a package's JavaScript file, compiled once per engine.
fn package_module(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let path = arg(args, 0).to_string(context)?.to_std_string_escaped();
    modules::compile_package(&path, context)
}

fn package_names(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let names = crate::packages::KNOWN.iter().map(|n| JsValue::from(JsString::from(*n)));
    Ok(JsArray::from_iter(names, context).into())
}

fn use_package(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let name = arg(args, 0).to_string(context)?.to_std_string_escaped();
    let mut used = st.packages.borrow_mut();
    if !used.contains(&name) {
        used.push(name);
    }
    Ok(JsValue::undefined())
}

fn note(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let msg = arg(args, 0).to_string(context)?.to_std_string_escaped();
    st.add_note(&msg);
    Ok(JsValue::undefined())
}

/// `host.traceEnter(label)` / `host.traceLeave(label)`: a named step inside
/// the running callback, for the step-through trace (nothing when off).
fn trace_enter(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    trace_frame(args, context, |label, time_ms| TraceEvent::FrameEnter { label, time_ms })
}

fn trace_leave(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    trace_frame(args, context, |label, time_ms| TraceEvent::FrameLeave { label, time_ms })
}

fn trace_frame(args: &[JsValue], context: &mut Context, event: fn(String, f64) -> TraceEvent) -> JsResult<JsValue> {
    let st = State::of(context);
    if st.trace_on {
        let label = arg(args, 0).to_string(context)?.to_std_string_escaped();
        st.trace(|t| event(label, t));
    }
    Ok(JsValue::undefined())
}

fn missing(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let name = arg(args, 0).to_string(context)?.to_std_string_escaped();
    let mut m = st.missing.borrow_mut();
    if !m.contains(&name) {
        m.push(name);
    }
    Ok(JsValue::undefined())
}

fn limit(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let kind = arg(args, 0).to_string(context)?.to_std_string_escaped();
    let msg = arg(args, 1).to_string(context)?.to_std_string_escaped();
    limits::hit(context, &st, &kind, &msg);
    Err(limits::unwind_error())
}

fn promise_state(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    use boa_engine::builtins::promise::PromiseState;
    use boa_engine::object::builtins::JsPromise;
    let Some(obj) = arg(args, 0).as_object() else { return Ok(JsValue::undefined()) };
    let Ok(p) = JsPromise::from_object(obj) else { return Ok(JsValue::undefined()) };
    let (state, value) = match p.state() {
        PromiseState::Pending => (0, JsValue::undefined()),
        PromiseState::Fulfilled(v) => (1, v),
        PromiseState::Rejected(v) => (2, v),
    };
    Ok(JsArray::from_iter([JsValue::from(state), value], context).into())
}

fn source_line(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let file = arg(args, 0).to_string(context)?.to_std_string_escaped();
    let line = num(args, 1, context)?;
    // NaN is no line either.
    if file != st.filename || line.is_nan() || line < 1.0 {
        return Ok(JsValue::undefined());
    }
    Ok(match st.source.lines().nth(line as usize - 1) {
        Some(l) => JsString::from(l).into(),
        None => JsValue::undefined(),
    })
}

/// `v8Position(file, line, column, undefinedName)`: where V8 would put a
/// stack frame of the main program that Boa puts at `line`:`column`, as
/// `[line, column]` (see `locate`), or `undefined` to keep Boa's.
fn v8_position(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let file = arg(args, 0).to_string(context)?.to_std_string_escaped();
    let (line, column) = (num(args, 1, context)?, num(args, 2, context)?);
    let name = match arg(args, 3) {
        v if v.is_undefined() => None,
        v => Some(v.to_string(context)?.to_std_string_escaped()),
    };
    if file != st.filename || !(line >= 1.0 && column >= 1.0) {
        return Ok(JsValue::undefined());
    }
    Ok(match crate::locate::v8_position(&st.source, line as u32, column as u32, name.as_deref()) {
        Some((l, c)) => JsArray::from_iter([JsValue::from(l), JsValue::from(c)], context).into(),
        None => JsValue::undefined(),
    })
}

/// Whether the program may print proxies or Map/Set iterators, whose
/// details `util.inspect` can only show if recorded from the start.
fn wants_introspection(source: &str) -> bool {
    ["Proxy", "entries", "keys", "values", "Iterator", "iterator"].iter().any(|w| source.contains(w))
}

/// Creates the host object of a run; `realm` is the engine's object for
/// what outlives the run (see `engine`).
pub(crate) fn create(context: &mut Context, realm: &JsObject) -> JsObject {
    let st = State::of(context);
    let fns: &[(&str, HostFn, usize)] = &[
        ("write", write, 2),
        ("now", now, 0),
        ("hrtimeNs", hrtime_ns, 0),
        ("nextTick", next_tick, 2),
        ("queueMicrotask", queue_microtask, 1),
        ("timerStart", timer_start, 6),
        ("timerClear", timer_clear, 1),
        ("timerRef", timer_ref, 2),
        ("timerHasRef", timer_has_ref, 1),
        ("timerRefresh", timer_refresh, 1),
        ("immediate", immediate, 4),
        ("immediateClear", immediate_clear, 1),
        ("immediateRef", immediate_ref, 2),
        ("io", io, 2),
        ("pending", pending, 1),
        ("keepAlive", keep_alive, 2),
        ("close", close, 1),
        ("stdin", stdin, 0),
        ("files", files, 0),
        ("exit", exit, 1),
        ("setHooks", set_hooks, 1),
        ("loadBuiltin", load_builtin, 1),
        ("compile", compile, 2),
        ("hasBuiltin", has_builtin, 1),
        ("note", note, 1),
        ("traceEnter", trace_enter, 1),
        ("traceLeave", trace_leave, 1),
        ("packageHas", package_has, 1),
        ("packageFile", package_file, 1),
        ("packageModule", package_module, 1),
        ("packageNames", package_names, 0),
        ("usePackage", use_package, 1),
        ("digest", crate::crypto::digest, 2),
        ("hmac", crate::crypto::hmac, 3),
        ("pbkdf2", crate::crypto::pbkdf2, 5),
        ("missing", missing, 1),
        ("limit", limit, 2),
        ("promiseState", promise_state, 1),
        ("sourceLine", source_line, 2),
        ("v8Position", v8_position, 4),
        ("vmCreate", crate::vm::create, 0),
        ("vmCompile", crate::vm::compile, 2),
        ("vmRun", crate::vm::run, 3),
    ];
    let argv = JsArray::from_iter(st.argv.iter().map(|a| JsValue::from(JsString::from(a.as_str()))), context);
    let mut init = ObjectInitializer::new(context);
    for (name, f, len) in fns {
        init.function(NativeFunction::from_fn_ptr(*f), JsString::from(*name), *len);
    }
    let ro = Attribute::READONLY | Attribute::ENUMERABLE;
    init.property(js_string!("cwd"), JsString::from(st.cwd.as_str()), ro)
        .property(js_string!("filename"), JsString::from(st.filename.as_str()), ro)
        .property(js_string!("dirname"), JsString::from(st.dirname.as_str()), ro)
        .property(js_string!("argv"), argv, ro)
        .property(js_string!("version"), js_string!(NODE_VERSION), ro)
        .property(js_string!("pid"), 4242, ro)
        .property(js_string!("epochMs"), st.clock.epoch_ms(), ro)
        .property(js_string!("wrapperPrefix"), modules::CJS_PREFIX.len() as f64, ro)
        .property(js_string!("tracing"), st.trace_on, ro)
        .property(js_string!("wantsIntrospection"), wants_introspection(&st.source), ro)
        .property(js_string!("realm"), realm.clone(), ro)
        .property(js_string!("allocationBytes"), st.limits.allocation_bytes as f64, ro)
        .build()
}
