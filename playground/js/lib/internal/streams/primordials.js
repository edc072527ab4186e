// `primordials` for the vendored Node stream code: the same names Node's
// internals use (ArrayPrototypePush, PromiseResolve, SymbolAsyncIterator,
// SafeSet, ...), built generically from the standard globals at load time:
// statics are bound to their constructor, prototype methods are uncurried
// (`ArrayPrototypePush(arr, x)`), getters become `...PrototypeGetX`.
'use strict'

const P = { __proto__: null }
const uncurry = (fn) => (self, ...args) => Reflect.apply(fn, self, args)
const cap = (key) => key[0].toUpperCase() + key.slice(1)
const keyName = (key) => (typeof key === 'symbol' ? 'Symbol' + cap(key.description.replace(/^Symbol\./, '')) : cap(key))

function copyStatics(src, prefix) {
  for (const key of Reflect.ownKeys(src)) {
    if (key === 'prototype' || key === 'length' || key === 'name' || key === 'caller' || key === 'arguments') continue
    const desc = Object.getOwnPropertyDescriptor(src, key)
    const name = prefix + keyName(key)
    if ('value' in desc) P[name] = typeof desc.value === 'function' ? desc.value.bind(src) : desc.value
    else if (desc.get) P[name + 'Get'] = desc.get.bind(src) // rare
  }
}

function copyPrototype(proto, prefix) {
  for (const key of Reflect.ownKeys(proto)) {
    if (key === 'constructor') continue
    const desc = Object.getOwnPropertyDescriptor(proto, key)
    if ('value' in desc) {
      if (typeof desc.value === 'function') P[prefix + keyName(key)] = uncurry(desc.value)
    } else {
      if (desc.get) P[prefix + 'Get' + keyName(key)] = uncurry(desc.get)
      if (desc.set) P[prefix + 'Set' + keyName(key)] = uncurry(desc.set)
    }
  }
}

for (const name of ['JSON', 'Math', 'Reflect']) {
  copyStatics(globalThis[name], name)
}

const ctors = [
  'AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'Boolean', 'DataView', 'Date', 'Error', 'EvalError',
  'Function', 'Map', 'Number', 'Object', 'Promise', 'RangeError', 'ReferenceError', 'RegExp', 'Set',
  'String', 'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'WeakMap', 'WeakSet',
  'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array',
  'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Uint8ClampedArray'
]
for (const name of ctors) {
  const C = globalThis[name]
  if (typeof C !== 'function') continue
  P[name] = C
  copyStatics(C, name)
  if (C.prototype) copyPrototype(C.prototype, name + 'Prototype')
}

const TypedArray = Object.getPrototypeOf(Uint8Array)
P.TypedArray = TypedArray
copyStatics(TypedArray, 'TypedArray')
copyPrototype(TypedArray.prototype, 'TypedArrayPrototype')

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype)
P.AsyncIteratorPrototype = AsyncIteratorPrototype
P.SymbolDispose = Symbol.dispose || Symbol('Symbol.dispose')
P.SymbolAsyncDispose = Symbol.asyncDispose || Symbol('Symbol.asyncDispose')
P.globalThis = globalThis

// "Safe" variants: plain built-ins are safe enough here (user code cannot
// reach these modules' internals).
P.SafeSet = Set
P.SafeMap = Map
P.SafeWeakMap = WeakMap
P.SafeWeakSet = WeakSet
P.SafeArrayIterator = function SafeArrayIterator(array) {
  return array[Symbol.iterator]()
}
P.SafePromiseAll = (promises, mapFn) => Promise.all(mapFn ? promises.map(mapFn) : promises)
P.SafePromiseAllReturnVoid = (promises, mapFn) => Promise.all(mapFn ? promises.map(mapFn) : promises).then(() => {})
P.SafePromiseAllSettled = (promises, mapFn) => Promise.allSettled(mapFn ? promises.map(mapFn) : promises)
P.SafePromiseRace = (promises, mapFn) => Promise.race(mapFn ? promises.map(mapFn) : promises)
P.SafePromisePrototypeFinally = (promise, fn) => promise.finally(fn)
P.PromiseWithResolvers = () => {
  let resolve
  let reject
  const promise = new Promise((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

module.exports = P
