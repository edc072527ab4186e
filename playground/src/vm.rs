//! The `vm` module's engine side: new realms (each with its own global
//! object and intrinsics, as a V8 context has) and running a script in one.
//! `js/lib/vm.js` builds Node's API on these; a run's realms live in its
//! `State` and go with it.

use crate::state::State;
use boa_engine::{Context, JsNativeError, JsResult, JsValue, Script, Source};
use std::path::Path;

fn realm_arg(st: &State, value: &JsValue) -> JsResult<boa_engine::realm::Realm> {
    let index = value.as_number().unwrap_or(-1.0);
    let realms = st.vm_realms.borrow();
    (index >= 0.0)
        .then(|| realms.get(index as usize).cloned())
        .flatten()
        .ok_or_else(|| JsNativeError::typ().with_message("not a vm context").into())
}

fn string_arg(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<String> {
    Ok(args.get(i).cloned().unwrap_or_default().to_string(context)?.to_std_string_escaped())
}

/// `host.vmCreate()`: a new realm; returns `[id, its global object]`.
pub(crate) fn create(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let realm = context.create_realm()?;
    let outer = context.enter_realm(realm.clone());
    let global = context.global_object();
    context.enter_realm(outer);
    let id = {
        let mut realms = st.vm_realms.borrow_mut();
        realms.push(realm);
        realms.len() - 1
    };
    Ok(boa_engine::object::builtins::JsArray::from_iter([JsValue::from(id as f64), global.into()], context).into())
}

/// `host.vmCompile(source, filename)`: throws the script's SyntaxError, if any.
pub(crate) fn compile(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let source = string_arg(args, 0, context)?;
    let filename = string_arg(args, 1, context)?;
    Script::parse(Source::from_bytes(source.as_bytes()).with_path(Path::new(&filename)), None, context)?;
    Ok(JsValue::undefined())
}

/// `host.vmRun(id, source, filename)`: runs a script in realm `id` and
/// returns its completion value; the caller's realm is restored after.
pub(crate) fn run(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let st = State::of(context);
    let realm = realm_arg(&st, &args.first().cloned().unwrap_or_default())?;
    let source = string_arg(args, 1, context)?;
    let filename = string_arg(args, 2, context)?;
    let outer = context.enter_realm(realm.clone());
    let result =
        Script::parse(Source::from_bytes(source.as_bytes()).with_path(Path::new(&filename)), Some(realm), context)
            .and_then(|script| script.evaluate(context));
    context.enter_realm(outer);
    result
}
