//! Engines: a Boa context kept on its thread for many runs, so that only the
//! user's program is parsed per run.
//!
//! Parsing is most of what a fresh context costs (Boa parses `bootstrap.js`
//! in about 8 ms; the realm itself takes 0.3 ms). An engine compiles the
//! bootstrap and each built-in module once; every run then calls the
//! compiled bootstrap again, which builds fresh runtime state (`process`,
//! timers, console, module instances) for that run alone.
//!
//! What a run could leave behind is the realm: the intrinsics it shares with
//! later runs. After the first bootstrap the engine records a baseline of
//! the global object and of every intrinsic object (keys, property values
//! and attributes, prototype, extensibility). When a run ends, globals the
//! program added are deleted and the intrinsics are compared with the
//! baseline; if anything differs, or the run ended in a way that may have
//! left half-done work (a limit, an internal error), or the program uses
//! features whose effects outlive it (`eval`, `Function`, weak references),
//! the engine is retired and the next run gets a new one. So a kept engine
//! is indistinguishable from a new one, which the differential tests check
//! by running every case on one shared engine too (and `engine_reuse.rs`
//! with programs that tamper with the realm). `CRIB_ENGINE_DEBUG=1` prints
//! which property made a run retire its engine.

use crate::clock::VirtualClock;
use crate::jobs::{Executor, Hooks};
use crate::modules::Loader;
use crate::state::State;
use boa_engine::context::ContextBuilder;
use boa_engine::object::JsPrototype;
use boa_engine::property::{PropertyDescriptor, PropertyKey};
use boa_engine::{Context, JsObject, JsValue, Source, js_string};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::rc::Rc;

/// `js/bootstrap.js`, minified by build.rs.
const BOOTSTRAP: &str = include_str!(concat!(env!("OUT_DIR"), "/bootstrap.js"));

/// Compiled built-in module wrappers, by name (kept in the context's data).
#[derive(Default)]
pub(crate) struct BuiltinCache(pub RefCell<HashMap<String, JsValue>>);

/// A context that can serve one run after another.
pub(crate) struct Engine {
    pub context: Context,
    pub clock: Rc<VirtualClock>,
    loader: Rc<Loader>,
    /// `bootstrap.js`, compiled: called once per run.
    pub bootstrap: JsValue,
    /// `host.realm`: the bootstrap's state that outlives a run.
    pub realm: JsObject,
    /// Global keys of the untouched realm.
    pristine_globals: HashSet<PropertyKey>,
    baseline: Option<Baseline>,
    baseline_has_introspection: bool,
    /// Runs served so far (see [`RUNS_PER_ENGINE`]).
    runs: u32,
}

/// Runs an engine serves before it is retired anyway. Boa's shapes keep
/// every prototype an object was ever given as a strong key of a
/// transition table on a shared shape, and each run's prototypes (those of
/// `process`, of the built-in modules' classes, of the program's classes)
/// reach that run's whole state through their methods' closures; so every
/// run leaves 0.1 to 0.7 MB behind that no collection frees. A new engine
/// every 200 runs bounds that (to about 140 MB for stream-heavy programs)
/// for about 0.1-0.5 ms per run, amortised.
const RUNS_PER_ENGINE: u32 = 200;
/// Nested host calls re-entering the engine (accessors, `Reflect.apply`,
/// callbacks of built-ins) each recurse on the native stack, where calls
/// between JavaScript functions do not: bounded at what the recursion
/// limit of 2,000 allowed before it counted JavaScript frames alone (each
/// re-entry counted twice), within the 8 MiB stack of the wasm build.
const HOST_RECURSION: usize = 1_000;

thread_local! {
    static IDLE: RefCell<Option<Engine>> = const { RefCell::new(None) };
}

/// An idle engine of this thread, or a new one.
pub(crate) fn take() -> Result<Engine, String> {
    // Thread-locals are destroyed in the reverse order of their first use.
    // Touch Boa's garbage collector first, so that at thread exit the idle
    // engine (full of GC pointers) is dropped while the collector is alive.
    drop(boa_gc::Gc::new(0_u8));
    match IDLE.with(|idle| idle.borrow_mut().take()) {
        Some(engine) => Ok(engine),
        None => Engine::new(),
    }
}

impl Engine {
    fn new() -> Result<Self, String> {
        let clock = Rc::new(VirtualClock::new(0.0));
        let loader = Rc::new(Loader::default());
        let mut context = ContextBuilder::new()
            .clock(clock.clone())
            .job_executor(Rc::new(Executor))
            .host_hooks(Rc::new(Hooks))
            .module_loader(loader.clone())
            .build()
            .map_err(|e| e.to_string())?;
        context.insert_data(BuiltinCache::default());
        let bootstrap = context
            .eval(Source::from_bytes(BOOTSTRAP.as_bytes()).with_path(Path::new("node:internal/bootstrap")))
            .map_err(|e| e.to_string())?;
        if !bootstrap.is_callable() {
            return Err("bootstrap.js must evaluate to a function".into());
        }
        let realm = JsObject::with_object_proto(context.intrinsics());
        let global = context.global_object();
        let pristine_globals = global.own_property_keys(&mut context).map_err(|e| e.to_string())?.into_iter().collect();
        Ok(Self {
            context,
            clock,
            loader,
            bootstrap,
            realm,
            pristine_globals,
            baseline: None,
            baseline_has_introspection: false,
            runs: 0,
        })
    }

    /// Makes `st` the run in progress.
    pub(crate) fn begin(&mut self, st: &Rc<State>) {
        self.loader.clear();
        let limits = self.context.runtime_limits_mut();
        limits.set_loop_iteration_limit(st.limits.loop_iterations);
        // As V8: too deep a recursion throws a catchable `RangeError`.
        limits.set_catchable_recursion(true);
        limits.set_recursion_limit(st.limits.recursion);
        limits.set_host_recursion_limit(st.limits.recursion.min(HOST_RECURSION));
        limits.set_stack_size_limit(st.limits.recursion.saturating_mul(64).max(10 * 1024));
        self.context.insert_data(st.clone());
    }

    /// Called once the bootstrap of a run has finished, before the user's
    /// program: the first time, records the baseline. The bootstrap of a
    /// program that prints proxies or iterators installs the introspection
    /// wrappers on the intrinsics (once per engine): record it again then.
    pub(crate) fn bootstrapped(&mut self) {
        let introspection =
            self.realm.has_own_property(js_string!("introspection"), &mut self.context).unwrap_or(false);
        if self.baseline.is_none() || introspection != self.baseline_has_introspection {
            self.baseline = Baseline::capture(self);
            self.baseline_has_introspection = introspection;
        }
    }

    /// Ends the run: keeps the engine for the next run on this thread when
    /// the run provably left the realm as it found it.
    pub(crate) fn finish(mut self, reusable: bool) {
        self.context.remove_data::<Rc<State>>();
        self.loader.clear();
        self.runs += 1;
        if !reusable {
            return;
        }
        if self.runs >= RUNS_PER_ENGINE {
            if std::env::var_os("CRIB_ENGINE_DEBUG").is_some() {
                eprintln!("engine retired: it served {RUNS_PER_ENGINE} runs");
            }
            return;
        }
        let clean = match &self.baseline {
            Some(baseline) => baseline.restore_and_check(&mut self.context, &self.pristine_globals),
            None => false,
        };
        if clean {
            IDLE.with(|idle| *idle.borrow_mut() = Some(self));
        }
    }
}

/// Whether a program uses features whose effects can outlive the run in
/// ways the baseline cannot see: global lexical bindings from indirect
/// `eval`/`Function` code, and finalizers of weak references firing later.
pub(crate) fn may_outlive_run(source: &str) -> bool {
    ["eval", "Function(", "FinalizationRegistry", "WeakRef"].iter().any(|w| source.contains(w))
}

/// One object's observable shape: its own properties, prototype and
/// extensibility.
struct ObjectRecord {
    object: JsObject,
    extensible: bool,
    prototype: JsPrototype,
    properties: Vec<(PropertyKey, PropertyDescriptor)>,
}

/// The realm as the bootstrap left it, before any user code ran.
struct Baseline {
    /// Global keys the runtime defines afresh each run (process, console...).
    runtime_globals: HashSet<PropertyKey>,
    /// The global object, its pristine keys only.
    global: ObjectRecord,
    records: Vec<ObjectRecord>,
}

impl Baseline {
    fn capture(engine: &mut Engine) -> Option<Self> {
        let context = &mut engine.context;
        let global = context.global_object();
        let keys = global.own_property_keys(context).ok()?;
        let runtime_globals = keys.iter().filter(|k| !engine.pristine_globals.contains(k)).cloned().collect();
        // The global object, every intrinsic reachable from a pristine
        // global key (and its `prototype`), and the ones only reachable
        // through prototypes, which the bootstrap lists.
        let mut objects = Vec::new();
        for key in &keys {
            if !engine.pristine_globals.contains(key) {
                continue;
            }
            if let Some(obj) = own_value(&global, key).and_then(|v| v.as_object()) {
                objects.push(obj);
            }
        }
        if let Ok(extra) = engine.realm.get(js_string!("intrinsics"), context)
            && let Some(list) = extra.as_object()
        {
            let len = list.get(js_string!("length"), context).ok()?.to_length(context).ok()?;
            for i in 0..len {
                if let Some(obj) = list.get(i, context).ok()?.as_object() {
                    objects.push(obj);
                }
            }
        }
        // And each one's `prototype` (constructors' instance prototypes).
        let prototypes: Vec<JsObject> = objects
            .iter()
            .filter_map(|o| own_value(o, &js_string!("prototype").into()))
            .filter_map(|p| p.as_object())
            .collect();
        objects.extend(prototypes);
        let mut records: Vec<ObjectRecord> = Vec::with_capacity(objects.len());
        for object in objects {
            // Proxies (the guarded `Array`) are checked through their target.
            // The global object (`globalThis`) has its own record.
            if JsObject::equals(&object, &global)
                || object.is::<boa_engine::builtins::proxy::Proxy>()
                || records.iter().any(|r| JsObject::equals(&r.object, &object))
            {
                continue;
            }
            records.push(ObjectRecord::capture(object, None, context)?);
        }
        let global = ObjectRecord::capture(global, Some(&engine.pristine_globals), context)?;
        Some(Self { runtime_globals, global, records })
    }

    /// Deletes the globals the program added, then compares every recorded
    /// object with its baseline.
    fn restore_and_check(&self, context: &mut Context, pristine: &HashSet<PropertyKey>) -> bool {
        let global = context.global_object();
        let Ok(keys) = global.own_property_keys(context) else { return false };
        for key in keys {
            if pristine.contains(&key) {
                continue;
            }
            let Some(desc) = global.borrow().properties().get(&key) else { return false };
            if self.runtime_globals.contains(&key) {
                // Redefined by the next bootstrap, which needs it configurable.
                if desc.configurable() != Some(true) {
                    return false;
                }
            } else if !matches!(global.delete_property_or_throw(key, context), Ok(true)) {
                return false;
            }
        }
        self.global.unchanged(Some(pristine), context) && self.records.iter().all(|r| r.unchanged(None, context))
    }
}

fn own_value(object: &JsObject, key: &PropertyKey) -> Option<JsValue> {
    object.borrow().properties().get(key).and_then(|d| d.value().cloned())
}

impl ObjectRecord {
    /// Records `object`; with `only`, just those of its keys.
    fn capture(object: JsObject, only: Option<&HashSet<PropertyKey>>, context: &mut Context) -> Option<Self> {
        let extensible = object.is_extensible(context).ok()?;
        let prototype = object.prototype();
        let keys = object.own_property_keys(context).ok()?;
        let properties = {
            let borrowed = object.borrow();
            keys.into_iter()
                .filter(|k| only.is_none_or(|only| only.contains(k)))
                .filter_map(|k| borrowed.properties().get(&k).map(|d| (k, d)))
                .collect()
        };
        Some(Self { object, extensible, prototype, properties })
    }

    fn unchanged(&self, only: Option<&HashSet<PropertyKey>>, context: &mut Context) -> bool {
        let Some(now) = Self::capture(self.object.clone(), only, context) else { return false };
        if now.extensible != self.extensible || now.properties.len() != self.properties.len() {
            return false;
        }
        let same_proto = match (&now.prototype, &self.prototype) {
            (Some(a), Some(b)) => JsObject::equals(a, b),
            (None, None) => true,
            _ => false,
        };
        let same = same_proto
            && now
                .properties
                .iter()
                .zip(&self.properties)
                .all(|((ka, da), (kb, db))| ka == kb && same_descriptor(da, db));
        if !same && std::env::var_os("CRIB_ENGINE_DEBUG").is_some() {
            for ((ka, da), (kb, db)) in now.properties.iter().zip(&self.properties) {
                if ka != kb || !same_descriptor(da, db) {
                    eprintln!("engine retired: {ka} changed ({kb} before)");
                }
            }
        }
        same
    }
}

fn same_descriptor(a: &PropertyDescriptor, b: &PropertyDescriptor) -> bool {
    let same = |x: Option<&JsValue>, y: Option<&JsValue>| match (x, y) {
        (Some(x), Some(y)) => JsValue::same_value(x, y),
        (None, None) => true,
        _ => false,
    };
    a.writable() == b.writable()
        && a.enumerable() == b.enumerable()
        && a.configurable() == b.configurable()
        && same(a.value(), b.value())
        && same(a.get(), b.get())
        && same(a.set(), b.set())
}

#[cfg(test)]
mod tests {
    use super::{IDLE, RUNS_PER_ENGINE};
    use crate::api::RunOptions;

    fn idle_runs() -> Option<u32> {
        IDLE.with(|idle| idle.borrow().as_ref().map(|e| e.runs))
    }

    #[test]
    fn an_engine_is_retired_after_its_quota_of_runs() {
        std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(|| {
                let options = RunOptions { source: "console.log(1)".into(), ..RunOptions::default() };
                for _ in 0..RUNS_PER_ENGINE - 1 {
                    crate::run(&options);
                }
                assert_eq!(idle_runs(), Some(RUNS_PER_ENGINE - 1));
                crate::run(&options);
                assert_eq!(idle_runs(), None, "the engine that served its quota is dropped");
                crate::run(&options);
                assert_eq!(idle_runs(), Some(1), "the next run gets a new engine");
            })
            .expect("thread starts")
            .join()
            .expect("no panic");
    }
}
