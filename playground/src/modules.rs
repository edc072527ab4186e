//! Module loading: the embedded built-in modules (compiled lazily, on first
//! `require`/`import`), the CommonJS wrapper, the ES-module loader (built-ins
//! become synthetic modules; relative imports read the virtual file system)
//! and detection of the main module's kind.

use crate::api::{ModuleKind, RunOptions};
use crate::engine::BuiltinCache;
use crate::state::State;
use boa_engine::module::{ModuleLoader, Referrer, SyntheticModuleInitializer};
use boa_engine::{Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue, Module, Source, js_string};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;
use std::rc::Rc;

mod table {
    include!(concat!(env!("OUT_DIR"), "/builtins.rs"));
}

/// The CommonJS wrapper; kept on the first line so line numbers match Node's.
pub(crate) const CJS_PREFIX: &str = "(function (exports, require, module, __filename, __dirname) { ";
const CJS_SUFFIX: &str = "\n})";
const BUILTIN_PREFIX: &str = "(function (exports, require, module, host) { ";

/// Source of the built-in module `name` (`fs/promises`, `internal/inspect`, ...).
pub(crate) fn builtin_source(name: &str) -> Option<&'static str> {
    table::BUILTINS.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// The wrapper function of a built-in, or `undefined` if there is none:
/// compiled on first use, then kept for every later run of the engine.
pub(crate) fn compile_builtin(name: &str, context: &mut Context) -> JsResult<JsValue> {
    let cached = context.get_data::<BuiltinCache>().and_then(|c| c.0.borrow().get(name).cloned());
    if let Some(f) = cached {
        return Ok(f);
    }
    let Some(src) = builtin_source(name) else { return Ok(JsValue::undefined()) };
    let code = format!("{BUILTIN_PREFIX}{src}{CJS_SUFFIX}");
    let path = format!("node:{name}");
    let f = context.eval(Source::from_bytes(code.as_bytes()).with_path(Path::new(&path)))?;
    if let Some(cache) = context.get_data::<BuiltinCache>() {
        cache.0.borrow_mut().insert(name.to_string(), f.clone());
    }
    Ok(f)
}

/// The CommonJS wrapper of a file of the package store (`packages.rs`),
/// compiled on first use and then kept for every later run of the engine
/// (a module's state lives in what the wrapper creates when called).
pub(crate) fn compile_package(path: &str, context: &mut Context) -> JsResult<JsValue> {
    let key = format!("\0package:{path}");
    let cached = context.get_data::<BuiltinCache>().and_then(|c| c.0.borrow().get(&key).cloned());
    if let Some(f) = cached {
        return Ok(f);
    }
    let Some(source) = crate::packages::file(path) else {
        return Err(JsNativeError::error().with_message(format!("crib: no package file {path}")).into());
    };
    let f: JsValue = compile_cjs(&source, path, context)?.into();
    if let Some(cache) = context.get_data::<BuiltinCache>() {
        cache.0.borrow_mut().insert(key, f.clone());
    }
    Ok(f)
}

/// Compiles CommonJS source into its wrapper function.
pub(crate) fn compile_cjs(source: &str, filename: &str, context: &mut Context) -> JsResult<JsObject> {
    let code = format!("{CJS_PREFIX}{source}{CJS_SUFFIX}");
    let value = context.eval(Source::from_bytes(code.as_bytes()).with_path(Path::new(filename)))?;
    value
        .as_object()
        .ok_or_else(|| JsNativeError::typ().with_message("module wrapper did not compile to a function").into())
}

/// What the main program is, decided before it runs.
pub(crate) enum Main {
    Cjs(JsObject),
    Esm(Module),
    /// It does not parse: the message of the CommonJS attempt.
    SyntaxError(String),
}

/// Compiles the main program, detecting its kind the way Node 22 does: a
/// program that fails to parse as CommonJS but parses as a module is ESM.
pub(crate) fn compile_main(options: &RunOptions, st: &State, context: &mut Context) -> Main {
    let kind = match options.module_kind {
        ModuleKind::Auto if st.filename.ends_with(".mjs") => ModuleKind::Esm,
        ModuleKind::Auto if st.filename.ends_with(".cjs") => ModuleKind::CommonJs,
        k => k,
    };
    let esm = |context: &mut Context| {
        Module::parse(Source::from_bytes(st.source.as_bytes()).with_path(Path::new(&st.filename)), None, context)
    };
    match kind {
        ModuleKind::Esm => match esm(context) {
            Ok(m) => Main::Esm(m),
            Err(e) => Main::SyntaxError(error_message(e, context)),
        },
        ModuleKind::CommonJs => match compile_cjs(&st.source, &st.filename, context) {
            Ok(f) => Main::Cjs(f),
            Err(e) => Main::SyntaxError(error_message(e, context)),
        },
        ModuleKind::Auto => match compile_cjs(&st.source, &st.filename, context) {
            Ok(f) => Main::Cjs(f),
            Err(cjs_err) if looks_like_esm(&st.source) => match esm(context) {
                Ok(m) => Main::Esm(m),
                Err(_) => Main::SyntaxError(error_message(cjs_err, context)),
            },
            Err(cjs_err) => Main::SyntaxError(error_message(cjs_err, context)),
        },
    }
}

fn looks_like_esm(source: &str) -> bool {
    source.contains("import") || source.contains("export") || source.contains("await")
}

fn error_message(err: JsError, context: &mut Context) -> String {
    match err.try_native(context) {
        Ok(native) => native.message().to_string(),
        Err(_) => err.to_string(),
    }
}

/// ES-module loader: built-ins as synthetic modules, relative files from the
/// virtual file system, one module instance per resolved name.
#[derive(Default)]
pub(crate) struct Loader {
    cache: RefCell<HashMap<String, Module>>,
}

impl Loader {
    /// Forgets the modules of the previous run.
    pub(crate) fn clear(&self) {
        self.cache.borrow_mut().clear();
    }

    fn load(&self, referrer: &Referrer, specifier: &str, context: &mut Context) -> JsResult<Module> {
        let st = State::of(context);
        let hooks = st.hooks.borrow().clone();
        let Some(hooks) = hooks else {
            return Err(JsNativeError::error().with_message("runtime not bootstrapped").into());
        };
        let base = referrer.path().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|| st.filename.clone());
        // The JS side resolves the specifier and returns [key, exportsOrSource, isSource].
        let resolve = hooks.get(js_string!("esmResolve"), context)?;
        let resolve =
            resolve.as_callable().ok_or_else(|| JsNativeError::typ().with_message("esmResolve hook missing"))?;
        let r = resolve.call(
            &JsValue::undefined(),
            &[JsString::from(specifier).into(), JsString::from(base.as_str()).into()],
            context,
        )?;
        let r = r.as_object().ok_or_else(|| JsNativeError::typ().with_message("bad esmResolve result"))?;
        let key = r.get(0, context)?.to_string(context)?.to_std_string_escaped();
        if let Some(m) = self.cache.borrow().get(&key) {
            return Ok(m.clone());
        }
        let payload = r.get(1, context)?;
        let is_source = r.get(2, context)?.to_boolean();
        let module = if is_source {
            let src = payload.to_string(context)?.to_std_string_escaped();
            Module::parse(Source::from_bytes(src.as_bytes()).with_path(Path::new(&key)), None, context)?
        } else {
            synthetic(payload, context)?
        };
        self.cache.borrow_mut().insert(key, module.clone());
        Ok(module)
    }
}

/// A synthetic module exporting `exports` as `default` plus each own key.
fn synthetic(exports: JsValue, context: &mut Context) -> JsResult<Module> {
    let mut names: Vec<JsString> = vec![js_string!("default")];
    if let Some(obj) = exports.as_object() {
        for key in obj.own_property_keys(context)? {
            if let boa_engine::property::PropertyKey::String(s) = key
                && s != js_string!("default")
            {
                names.push(s);
            }
        }
    }
    let init = SyntheticModuleInitializer::from_copy_closure_with_captures(
        |m, (exports, names): &(JsValue, Vec<JsString>), context| {
            for name in names {
                let value = if *name == js_string!("default") {
                    exports.clone()
                } else {
                    match exports.as_object() {
                        Some(o) => o.get(name.clone(), context)?,
                        None => JsValue::undefined(),
                    }
                };
                m.set_export(name, value)?;
            }
            Ok(())
        },
        (exports, names.clone()),
    );
    Ok(Module::synthetic(&names, init, None, None, context))
}

impl ModuleLoader for Loader {
    async fn load_imported_module(
        self: Rc<Self>,
        referrer: Referrer,
        request: boa_engine::module::ModuleRequest,
        context: &RefCell<&mut Context>,
    ) -> JsResult<Module> {
        let specifier = request.specifier().to_std_string_escaped();
        let ctx = &mut **context.borrow_mut();
        self.load(&referrer, &specifier, ctx)
    }

    fn init_import_meta(self: Rc<Self>, import_meta: &JsObject, module: &Module, context: &mut Context) {
        let path = module.path().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        let dir = match path.rfind('/') {
            Some(0) => "/".to_string(),
            Some(i) => path[..i].to_string(),
            None => ".".to_string(),
        };
        let _ = import_meta.set(js_string!("dirname"), JsString::from(dir.as_str()), false, context);
        let _ = import_meta.set(js_string!("filename"), JsString::from(path.as_str()), false, context);
        let st = State::of(context);
        let make = st.hooks.borrow().clone().and_then(|h| h.get(js_string!("metaResolve"), context).ok());
        if let Some(make) = make.and_then(|m| m.as_callable())
            && let Ok(resolve) = make.call(&JsValue::undefined(), &[JsString::from(path.as_str()).into()], context)
        {
            let _ = import_meta.set(js_string!("resolve"), resolve, false, context);
        }
        let _ = import_meta.set(js_string!("url"), JsString::from(format!("file://{path}").as_str()), false, context);
    }
}
