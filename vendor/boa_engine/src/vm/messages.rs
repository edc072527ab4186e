//! Error messages in V8's words (crib patch), so that a program that prints
//! a caught error's message prints what it prints under Node.js. Each
//! function runs only when an error is thrown, never on the success path.

use crate::{
    Context, JsError, JsNativeError, JsObject, JsString, JsValue, environments::Environment,
    js_string, property::PropertyKey, value::JsVariant,
};
use boa_ast::scope::{BindingLocator, BindingLocatorScope};

/// The source text the compiler recorded for the running instruction
/// (`bytecompiler/operand_text.rs`).
fn operand_text(context: &Context) -> Option<String> {
    let frame = context.vm.frame();
    frame
        .code_block()
        .operand_text(frame.pc)
        .map(JsString::to_std_string_escaped)
}

/// How V8 names a value it has no source text for: primitives as literals,
/// objects as `#<Constructor>`.
pub(crate) fn value_text(value: &JsValue, context: &mut Context) -> String {
    match value.variant() {
        JsVariant::String(string) => format!("\"{}\"", string.to_std_string_escaped()),
        JsVariant::Symbol(symbol) => symbol.descriptive_string().to_std_string_escaped(),
        JsVariant::Object(object) => object_text(&object, context),
        _ => value.display().to_string(),
    }
}

/// `#<Object>`, `#<Foo>`, `[object Array]`: an object in V8's messages.
pub(crate) fn object_text(object: &JsObject, context: &mut Context) -> String {
    if object.is_array() {
        return "[object Array]".to_owned();
    }
    let name = object
        .get(js_string!("constructor"), context)
        .ok()
        .and_then(|c| c.as_object().map(|c| c.get(js_string!("name"), context)))
        .and_then(Result::ok)
        .and_then(|name| name.as_string().map(|s| s.to_std_string_escaped()))
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "Object".to_owned());
    format!("#<{name}>")
}

fn null_or_undefined(value: &JsValue) -> &'static str {
    if value.is_null() { "null" } else { "undefined" }
}

/// `Cannot read properties of undefined (reading 'b')`.
#[cold]
#[inline(never)]
pub(crate) fn cannot_read(base: &JsValue, key: &PropertyKey) -> JsError {
    JsNativeError::typ()
        .with_message(format!(
            "Cannot read properties of {} (reading '{key}')",
            null_or_undefined(base)
        ))
        .into()
}

/// A proxy's `ownKeys` trap left out a key its target requires.
#[cold]
#[inline(never)]
pub(crate) fn proxy_own_keys_missing(key: &PropertyKey) -> JsError {
    JsNativeError::typ()
        .with_message(format!("'ownKeys' on proxy: trap result did not include '{key}'"))
        .into()
}

/// A proxy's `ownKeys` trap added keys to a non-extensible target.
#[cold]
#[inline(never)]
pub(crate) fn proxy_own_keys_extra() -> JsError {
    JsNativeError::typ()
        .with_message("'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible")
        .into()
}

/// `Cannot set properties of null (setting 'x')`.
#[cold]
#[inline(never)]
pub(crate) fn cannot_set(base: &JsValue, key: &PropertyKey) -> JsError {
    JsNativeError::typ()
        .with_message(format!(
            "Cannot set properties of {} (setting '{key}')",
            null_or_undefined(base)
        ))
        .into()
}

/// `o.f is not a function`.
#[cold]
#[inline(never)]
pub(crate) fn not_a_function(callee: &JsValue, context: &mut Context) -> JsError {
    let text = operand_text(context).unwrap_or_else(|| value_text(callee, context));
    JsNativeError::typ()
        .with_message(format!("{text} is not a function"))
        .into()
}

/// `Foo is not a constructor`.
#[cold]
#[inline(never)]
pub(crate) fn not_a_constructor(callee: &JsValue, context: &mut Context) -> JsError {
    let text = operand_text(context).unwrap_or_else(|| value_text(callee, context));
    JsNativeError::typ()
        .with_message(format!("{text} is not a constructor"))
        .into()
}

/// `x is not iterable` in a `for-of`, a spread or a pattern.
#[cold]
#[inline(never)]
pub(crate) fn not_iterable(value: &JsValue, context: &mut Context) -> JsError {
    let text = operand_text(context).unwrap_or_else(|| value_text(value, context));
    JsNativeError::typ()
        .with_message(format!("{text} is not iterable"))
        .into()
}

/// `number 5 is not iterable (cannot read property Symbol(Symbol.iterator))`:
/// a built-in (`new Set(5)`, `Promise.all(5)`) given a value that is not iterable.
#[cold]
#[inline(never)]
pub(crate) fn not_iterable_argument(value: &JsValue) -> JsNativeError {
    let what = match value.variant() {
        JsVariant::Undefined | JsVariant::Null => null_or_undefined(value).to_owned(),
        JsVariant::Object(_) | JsVariant::Symbol(_) => value.type_of().to_owned(),
        _ => format!("{} {}", value.type_of(), value.display()),
    };
    JsNativeError::typ().with_message(format!(
        "{what} is not iterable (cannot read property Symbol(Symbol.iterator))"
    ))
}

/// `Cannot destructure property 'a' of 'undefined' as it is undefined.`
/// (`first` is the pattern's first property name, when it has one).
#[cold]
#[inline(never)]
pub(crate) fn cannot_destructure(value: &JsValue, context: &Context) -> JsError {
    let what = null_or_undefined(value);
    let message = match operand_text(context) {
        Some(first) => {
            format!("Cannot destructure property '{first}' of '{what}' as it is {what}.")
        }
        None => format!("Cannot destructure '{what}' as it is {what}."),
    };
    JsNativeError::typ().with_message(message).into()
}

/// A failed assignment in strict code: `Cannot assign to read only property
/// 'x' of object '#<Object>'`, `Cannot add property x, object is not
/// extensible`, or `Cannot set property x of #<Object> which has only a getter`.
#[cold]
#[inline(never)]
pub(crate) fn cannot_assign(object: &JsObject, key: &PropertyKey, context: &mut Context) -> JsError {
    use crate::object::internal_methods::InternalMethodPropertyContext;
    let mut holder = Some(object.clone());
    let mut found = None;
    while let Some(current) = holder {
        let own = current
            .__get_own_property__(key, &mut InternalMethodPropertyContext::new(context))
            .ok()
            .flatten();
        if let Some(own) = own {
            found = Some(own);
            break;
        }
        holder = current.__get_prototype_of__(context).ok().flatten();
    }
    let described = object_text(object, context);
    let message = match found {
        Some(desc) if desc.is_accessor_descriptor() => {
            format!("Cannot set property {key} of {described} which has only a getter")
        }
        None if !object.is_extensible(context).unwrap_or(true) => {
            format!("Cannot add property {key}, object is not extensible")
        }
        _ => format!("Cannot assign to read only property '{key}' of object '{described}'"),
    };
    JsNativeError::typ().with_message(message).into()
}

/// A name that has no value: `x is not defined` when no scope declares it,
/// `Cannot access 'x' before initialization` for a `let`, `const` or `class`
/// binding in its temporal dead zone.
#[cold]
#[inline(never)]
pub(crate) fn unresolved_binding(locator: &BindingLocator, context: &mut Context) -> JsError {
    let name = locator.name().to_std_string_escaped();
    let declared = match locator.scope() {
        BindingLocatorScope::GlobalObject => false,
        BindingLocatorScope::GlobalDeclarative => true,
        BindingLocatorScope::Stack(index) => {
            matches!(context.environment_expect(index), Environment::Declarative(_))
        }
    };
    let message = if declared {
        format!("Cannot access '{name}' before initialization")
    } else {
        format!("{name} is not defined")
    };
    JsNativeError::reference().with_message(message).into()
}
