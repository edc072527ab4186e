// The few helpers of Node's internal/util and internal/options that the
// generated modules (`url`, `internal/url`, `string_decoder`...) use, with
// Node 20's names and behaviour (the rest of those modules needs C++
// bindings). normalizeEncoding is Node's own, generated into
// internal/util_encoding.
'use strict';

const colorRegExp = /\u001b\[\d\d?m/g;

function getConstructorOf(obj) {
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' && descriptor.value.name !== '') {
      return descriptor.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

function SideEffectFreeRegExpPrototypeSymbolReplace(regex, string, replacement) {
  return new RegExp(regex.source, regex.flags)[Symbol.replace](string, replacement);
}

// Faster than list.splice(index, 1) for one element, as in Node.
function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

const { encodings } = require('internal/string_decoder_binding');
const encodingsMap = { __proto__: null };
for (let i = 0; i < encodings.length; ++i) encodingsMap[encodings[i]] = i;

function getLazy(initializer) {
  let value;
  let initialized = false;
  return function () {
    if (initialized === false) {
      value = initializer();
      initialized = true;
    }
    return value;
  };
}

const experimentalWarnings = new Set();
function emitExperimentalWarning(feature, messagePrefix, code, ctor) {
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  let msg = `${feature} is an experimental feature and might change at any time`;
  if (messagePrefix) msg = messagePrefix + msg;
  process.emitWarning(msg, 'ExperimentalWarning', code, ctor);
}

module.exports = {
  getLazy,
  emitExperimentalWarning,
  normalizeEncoding: require('internal/util_encoding').normalizeEncoding,
  encodingsMap,
  kIsEncodingSymbol: Symbol('kIsEncodingSymbol'),
  getConstructorOf,
  removeColors: (str) => String.prototype.replace.call(str, colorRegExp, ''),
  kEnumerableProperty: Object.freeze({ __proto__: null, enumerable: true }),
  kEmptyObject: Object.freeze({ __proto__: null }),
  SideEffectFreeRegExpPrototypeSymbolReplace,
  spliceOne,
  // The playground runs node without command-line options.
  getOptionValue: () => false,
  // The key of the disposer events.addAbortListener returns (as events.js spells it).
  SymbolDispose: Symbol.dispose || Symbol.for('nodejs.dispose'),
};

// util.promisify (with promisify.custom) and util.deprecate, loaded when first read.
for (const name of ['promisify', 'deprecate']) {
  Object.defineProperty(module.exports, name, { __proto__: null,
    enumerable: true,
    get: () => require('util')[name],
  });
}
