// Type checks behind util.types and util.inspect, done with standard
// JavaScript only: each calls a built-in getter or method that throws unless
// its receiver has the right internal slot (a "brand check"). Promise state
// comes from the optional host hook `host.promiseState(p)`.
'use strict';

const uncurry = (fn) => (self, ...args) => fn.call(self, ...args);
const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;

const objectToString = uncurry(Object.prototype.toString);
const mapSizeGetter = getter(Map.prototype, 'size');
const setSizeGetter = getter(Set.prototype, 'size');
const regexpSourceGetter = getter(RegExp.prototype, 'source');
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTagGetter = getter(TypedArrayPrototype, Symbol.toStringTag);
const typedArrayLengthGetter = getter(TypedArrayPrototype, 'length');
const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const dataViewByteLength = getter(DataView.prototype, 'byteLength');

function brand(fn, ...args) {
  return (value) => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
    try {
      fn.call(value, ...args);
      return true;
    } catch {
      return false;
    }
  };
}

const isObjectLike = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');
const tagIs = (tag) => (v) => isObjectLike(v) && objectToString(v) === `[object ${tag}]`;

// A failed brand check throws, and exceptions are slow on Boa: only
// brand-check values whose tag or prototype chain makes them a candidate.
function guarded(tag, Ctor, check) {
  const full = `[object ${tag}]`;
  return (v) => {
    if (!isObjectLike(v)) return false;
    let candidate = false;
    try {
      candidate = v instanceof Ctor || objectToString(v) === full;
    } catch {
      candidate = true;
    }
    return candidate && check(v);
  };
}

const isMap = guarded('Map', Map, brand(mapSizeGetter));
const isSet = guarded('Set', Set, brand(setSizeGetter));
const isWeakMap = guarded('WeakMap', WeakMap, brand(WeakMap.prototype.has, {}));
const isWeakSet = guarded('WeakSet', WeakSet, brand(WeakSet.prototype.has, {}));
const isDate = guarded('Date', Date, brand(Date.prototype.getTime));
const isRegExpBrand = guarded('RegExp', RegExp, brand(regexpSourceGetter));
const isRegExp = (v) => v !== RegExp.prototype && isRegExpBrand(v);
const isArrayBuffer = guarded('ArrayBuffer', ArrayBuffer, brand(arrayBufferByteLength));
const isSharedArrayBuffer = sharedArrayBufferByteLength ?
  guarded('SharedArrayBuffer', SharedArrayBuffer, brand(sharedArrayBufferByteLength)) : () => false;
const isAnyArrayBuffer = (v) => isArrayBuffer(v) || isSharedArrayBuffer(v);
const isDataView = guarded('DataView', DataView, brand(dataViewByteLength));
const boxed = (tag, Ctor, valueOf) => {
  const check = guarded(tag, Ctor, brand(valueOf));
  return (v) => typeof v === 'object' && check(v);
};
const isNumberObject = boxed('Number', Number, Number.prototype.valueOf);
const isStringObject = boxed('String', String, String.prototype.valueOf);
const isBooleanObject = boxed('Boolean', Boolean, Boolean.prototype.valueOf);
const isBigIntObject = boxed('BigInt', BigInt, BigInt.prototype.valueOf);
const isSymbolObject = boxed('Symbol', Symbol, Symbol.prototype.valueOf);
const isBoxedPrimitive = (v) => isNumberObject(v) || isStringObject(v) || isBooleanObject(v) ||
  isBigIntObject(v) || isSymbolObject(v);

function typedArrayName(v) {
  if (!isObjectLike(v)) return undefined;
  try {
    return typedArrayTagGetter.call(v);
  } catch {
    return undefined;
  }
}
const isTypedArray = (v) => typedArrayName(v) !== undefined;
const typedArrayOf = (name) => (v) => typedArrayName(v) === name;
const isArrayBufferView = (v) => isTypedArray(v) || isDataView(v);

function isNativeError(v) {
  return isObjectLike(v) && typeof v !== 'function' && objectToString(v) === '[object Error]';
}

// What inspect treats as an error: a native error or anything inheriting
// from Error.prototype.
function isError(v) {
  return isNativeError(v) || (isObjectLike(v) && v instanceof Error);
}

const asyncFunctionProto = Object.getPrototypeOf(async function () {});
const generatorFunctionProto = Object.getPrototypeOf(function* () {});
const asyncGeneratorFunctionProto = Object.getPrototypeOf(async function* () {});

function protoChainHas(v, proto) {
  for (let p = Object.getPrototypeOf(v); p !== null; p = Object.getPrototypeOf(p)) {
    if (p === proto) return true;
  }
  return false;
}

function isAsyncFunction(v) {
  if (typeof v !== 'function') return false;
  const tag = objectToString(v);
  return tag === '[object AsyncFunction]' || tag === '[object AsyncGeneratorFunction]' ||
    protoChainHas(v, asyncFunctionProto) || protoChainHas(v, asyncGeneratorFunctionProto);
}

function isGeneratorFunction(v) {
  if (typeof v !== 'function') return false;
  const tag = objectToString(v);
  return tag === '[object GeneratorFunction]' || tag === '[object AsyncGeneratorFunction]' ||
    protoChainHas(v, generatorFunctionProto) || protoChainHas(v, asyncGeneratorFunctionProto);
}

const isGeneratorObject = (v) => {
  const t = isObjectLike(v) && objectToString(v);
  return t === '[object Generator]' || t === '[object AsyncGenerator]';
};
const isArgumentsObject = tagIs('Arguments');
const isMapIterator = tagIs('Map Iterator');
const isSetIterator = tagIs('Set Iterator');

function isModuleNamespaceObject(v) {
  if (!isObjectLike(v) || Object.getPrototypeOf(v) !== null) return false;
  const d = Object.getOwnPropertyDescriptor(v, Symbol.toStringTag);
  return d !== undefined && d.value === 'Module' && !d.writable && !d.enumerable && !d.configurable;
}

// [state, value] (0 pending, 1 fulfilled, 2 rejected), or undefined when
// the state cannot be read.
function promiseDetails(v) {
  if (typeof host === 'object' && host && typeof host.promiseState === 'function') {
    const r = host.promiseState(v);
    if (r && typeof r === 'object') return [r[0], r[1]];
  }
  return undefined;
}

function isPromise(v) {
  if (!isObjectLike(v)) return false;
  if (typeof host === 'object' && host && typeof host.promiseState === 'function') {
    const r = host.promiseState(v);
    return r !== undefined && r !== null;
  }
  return v instanceof Promise;
}

function isProxy(v) {
  if (!isObjectLike(v)) return false;
  return require('internal/introspection').proxyDetails(v) !== undefined;
}

function internalClassName(v) {
  return objectToString(v).slice(8, -1);
}

module.exports = {
  isMap,
  isSet,
  isWeakMap,
  isWeakSet,
  isDate,
  isRegExp,
  isArrayBuffer,
  isSharedArrayBuffer,
  isAnyArrayBuffer,
  isDataView,
  isNumberObject,
  isStringObject,
  isBooleanObject,
  isBigIntObject,
  isSymbolObject,
  isBoxedPrimitive,
  isTypedArray,
  isArrayBufferView,
  isUint8Array: typedArrayOf('Uint8Array'),
  isUint8ClampedArray: typedArrayOf('Uint8ClampedArray'),
  isUint16Array: typedArrayOf('Uint16Array'),
  isUint32Array: typedArrayOf('Uint32Array'),
  isInt8Array: typedArrayOf('Int8Array'),
  isInt16Array: typedArrayOf('Int16Array'),
  isInt32Array: typedArrayOf('Int32Array'),
  isFloat32Array: typedArrayOf('Float32Array'),
  isFloat64Array: typedArrayOf('Float64Array'),
  isBigInt64Array: typedArrayOf('BigInt64Array'),
  isBigUint64Array: typedArrayOf('BigUint64Array'),
  isNativeError,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isArgumentsObject,
  isMapIterator,
  isSetIterator,
  isModuleNamespaceObject,
  isPromise,
  isProxy,
  isExternal: () => false,
  isKeyObject: () => false,
  isCryptoKey: () => false,
  // Helpers for inspect (not part of util.types).
  isError,
  promiseDetails,
  internalClassName,
  typedArrayName,
  typedArrayLength: (v) => typedArrayLengthGetter.call(v),
  mapSize: (v) => mapSizeGetter.call(v),
  setSize: (v) => setSizeGetter.call(v),
};
