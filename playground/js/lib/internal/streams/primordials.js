// `primordials` for the vendored Node stream code: the same names Node's
// internals use (ArrayPrototypePush, PromiseResolve, SymbolAsyncIterator,
// SafeSet, ...). Each name is resolved from the standard globals the first
// time it is read and then cached, so loading a module costs only the names
// it destructures: statics are bound to their owner (`PromiseResolve(x)`),
// prototype methods are uncurried (`ArrayPrototypePush(arr, x)`), accessors
// become `...PrototypeGetX`, `Symbol...` names are well-known symbols.
'use strict'

const uncurry = (fn) => (self, ...args) => Reflect.apply(fn, self, args)

const OWNERS = [
  'AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean',
  'DataView', 'Date', 'Error', 'EvalError', 'Float32Array', 'Float64Array', 'Function', 'Int16Array',
  'Int32Array', 'Int8Array', 'JSON', 'Map', 'Math', 'Number', 'Object', 'Promise', 'RangeError',
  'ReferenceError', 'Reflect', 'RegExp', 'Set', 'String', 'Symbol', 'SyntaxError', 'TypeError',
  'TypedArray', 'URIError', 'Uint16Array', 'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakSet'
].sort((a, b) => b.length - a.length) // longest prefix first (TypedArray before Array)

const TypedArray = Object.getPrototypeOf(Uint8Array)
const ownerObject = (name) => (name === 'TypedArray' ? TypedArray : globalThis[name])

const SPECIAL = {
  TypedArray: () => TypedArray,
  AsyncIteratorPrototype: () => Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype),
  SymbolDispose: () => Symbol.dispose || Symbol('Symbol.dispose'),
  SymbolAsyncDispose: () => Symbol.asyncDispose || Symbol('Symbol.asyncDispose'),
  globalThis: () => globalThis,
  // "Safe" variants: plain built-ins are safe enough here (user code cannot
  // reach these modules' internals).
  SafeSet: () => Set,
  SafeMap: () => Map,
  SafeWeakMap: () => WeakMap,
  SafeWeakSet: () => WeakSet,
  SafeArrayIterator: () =>
    function SafeArrayIterator(array) {
      return array[Symbol.iterator]()
    },
  SafeStringIterator: () =>
    function SafeStringIterator(string) {
      return String.prototype[Symbol.iterator].call(string)
    },
  SafePromiseAll: () => (promises, mapFn) => Promise.all(mapFn ? promises.map(mapFn) : promises),
  SafePromiseAllReturnVoid: () => (promises, mapFn) => Promise.all(mapFn ? promises.map(mapFn) : promises).then(() => {}),
  SafePromiseAllSettled: () => (promises, mapFn) => Promise.allSettled(mapFn ? promises.map(mapFn) : promises),
  SafePromiseRace: () => (promises, mapFn) => Promise.race(mapFn ? promises.map(mapFn) : promises),
  SafePromisePrototypeFinally: () => (promise, fn) => promise.finally(fn),
  PromiseWithResolvers: () => () => {
    let resolve
    let reject
    const promise = new Promise((res, rej) => {
      resolve = res
      reject = rej
    })
    return { promise, resolve, reject }
  }
}

/** `AsyncIterator` -> Symbol.asyncIterator; `isArray` from `IsArray`; `MAX_SAFE_INTEGER` kept. */
function propertyKey(rest) {
  if (rest.startsWith('Symbol') && rest.length > 6) {
    const sym = Symbol[rest[6].toLowerCase() + rest.slice(7)]
    if (typeof sym === 'symbol') return sym
  }
  if (/^[A-Z0-9_]+$/.test(rest)) return rest
  return rest[0].toLowerCase() + rest.slice(1)
}

function resolve(name) {
  if (Object.prototype.hasOwnProperty.call(SPECIAL, name)) return SPECIAL[name]()
  // `MathMaxApply(args)`, `ArrayPrototypePushApply(self, args)`: the function applied to an array.
  if (name.endsWith('Apply') && name.length > 5) {
    const base = name.slice(0, -5)
    const ownerName = OWNERS.find((o) => base.startsWith(o))
    const rest = ownerName === undefined ? '' : base.slice(ownerName.length)
    if (rest.startsWith('Prototype')) {
      const fn = ownerObject(ownerName).prototype[propertyKey(rest.slice('Prototype'.length))]
      if (typeof fn === 'function') return (self, args) => Reflect.apply(fn, self, args)
    } else if (rest !== '') {
      const owner = ownerObject(ownerName)
      const fn = owner && owner[propertyKey(rest)]
      if (typeof fn === 'function') return (args) => Reflect.apply(fn, owner, args)
    }
  }
  const ownerName = OWNERS.find((o) => name.startsWith(o))
  if (ownerName === undefined) return undefined
  const owner = ownerObject(ownerName)
  if (owner === undefined) return undefined
  const rest = name.slice(ownerName.length)
  if (rest === '') return owner
  if (rest.startsWith('Prototype') && owner.prototype) {
    const proto = owner.prototype
    const member = rest.slice('Prototype'.length)
    if (member === '') return proto
    const key = propertyKey(member)
    const desc = Object.getOwnPropertyDescriptor(proto, key)
    if (desc && typeof desc.value === 'function') return uncurry(desc.value)
    for (const [prefix, which] of [['Get', 'get'], ['Set', 'set']]) {
      if (member.startsWith(prefix)) {
        const acc = Object.getOwnPropertyDescriptor(proto, propertyKey(member.slice(prefix.length)))
        if (acc && acc[which]) return uncurry(acc[which])
      }
    }
    return undefined
  }
  const desc = Object.getOwnPropertyDescriptor(owner, propertyKey(rest))
  if (!desc) return undefined
  if ('value' in desc) return typeof desc.value === 'function' ? desc.value.bind(owner) : desc.value
  return desc.get ? desc.get.call(owner) : undefined
}

const cache = { __proto__: null }
module.exports = new Proxy(cache, {
  __proto__: null,
  get(target, name) {
    if (typeof name !== 'string') return undefined
    if (!(name in target)) target[name] = resolve(name)
    return target[name]
  }
})
