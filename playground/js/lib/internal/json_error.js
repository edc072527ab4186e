// JSON errors in V8's words (Node 20), loaded only once JSON.parse or
// JSON.stringify has failed. Why a text does not parse: Boa says "EOF
// while parsing a value at line 1 column 0" where Node says "Unexpected
// end of JSON input"; `message` scans the text the way V8's parser does
// and names the first error (undefined if it finds none: Boa's message
// stays). Why a value does not stringify: `circularMessage`.
'use strict';

const WS = ' \t\n\r';
const MAX_CONTEXT = 10;

function message(text) {
  if (text === 'undefined' || text === 'NaN' || text === 'Infinity' || text === '[object Object]') {
    return `"${text}" is not valid JSON`;
  }
  let pos = 0;
  const at = (template, where = ' in JSON') => { throw new Failure(`${template}${where} at position ${pos}`); };
  const unexpected = () => {
    if (pos >= text.length) throw new Failure('Unexpected end of JSON input');
    const c = text[pos];
    if (c === '"') at('Unexpected string');
    if (c === '-' || (c >= '0' && c <= '9')) at('Unexpected number');
    throw new Failure(`Unexpected token '${c}', ${context(text, pos)} is not valid JSON`);
  };
  const skip = () => { while (pos < text.length && WS.includes(text[pos])) pos++; };
  const peek = () => (pos < text.length ? text[pos] : undefined);

  function value() {
    skip();
    const c = peek();
    if (c === '"') return string();
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (c === word[0]) {
        for (let i = 0; i < word.length; i++, pos++) if (text[pos] !== word[i]) unexpected();
        return;
      }
    }
    unexpected();
  }
  function object() {
    pos++;
    skip();
    if (peek() === '}') { pos++; return; }
    if (peek() !== '"') at("Expected property name or '}'");
    for (;;) {
      string();
      skip();
      if (peek() !== ':') at("Expected ':' after property name");
      pos++;
      value();
      skip();
      if (peek() === '}') { pos++; return; }
      if (peek() !== ',') at("Expected ',' or '}' after property value");
      pos++;
      skip();
      if (peek() !== '"') at('Expected double-quoted property name');
    }
  }
  function array() {
    pos++;
    skip();
    if (peek() === ']') { pos++; return; }
    for (;;) {
      value();
      skip();
      if (peek() === ']') { pos++; return; }
      if (peek() !== ',') at("Expected ',' or ']' after array element");
      pos++;
    }
  }
  function string() {
    pos++;
    for (;;) {
      if (pos >= text.length) at('Unterminated string');
      const c = text[pos];
      if (c === '"') { pos++; return; }
      if (c < ' ') at('Bad control character in string literal');
      if (c === '\\') {
        pos++;
        const e = text[pos];
        if (e === 'u') {
          for (let i = 0; i < 4; i++) {
            pos++;
            if (!/[0-9a-fA-F]/.test(text[pos] || '')) at('Bad Unicode escape');
          }
        } else if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          at('Bad escaped character');
        }
      }
      pos++;
    }
  }
  function number() {
    const digit = () => text[pos] >= '0' && text[pos] <= '9';
    if (text[pos] === '-') {
      pos++;
      if (!digit()) at('No number after minus sign');
    }
    if (text[pos] === '0') {
      pos++;
      if (digit()) at('Unexpected number');
    } else {
      while (digit()) pos++;
    }
    if (text[pos] === '.') {
      pos++;
      if (!digit()) at('Unterminated fractional number');
      while (digit()) pos++;
    }
    if (text[pos] === 'e' || text[pos] === 'E') {
      pos++;
      if (text[pos] === '+' || text[pos] === '-') pos++;
      if (!digit()) at('Exponent part is missing a number');
      while (digit()) pos++;
    }
  }

  try {
    value();
    skip();
    if (pos < text.length) at('Unexpected non-whitespace character after JSON', '');
  } catch (e) {
    if (e instanceof Failure) return e.text;
    throw e;
  }
  return undefined;
}

class Failure {
  constructor(text) { this.text = text; }
}

// The source, or the part of it around `pos`, quoted as V8 quotes it.
function context(text, pos) {
  if (text.length <= MAX_CONTEXT * 2 + 1) return `"${text}"`;
  if (pos < MAX_CONTEXT) return `"${text.slice(0, pos + MAX_CONTEXT)}"...`;
  if (pos < text.length - MAX_CONTEXT) return `..."${text.slice(pos - MAX_CONTEXT, pos + MAX_CONTEXT)}"...`;
  return `..."${text.slice(pos - MAX_CONTEXT)}"`;
}

// JSON.stringify's message for a circular structure, in V8's words: the
// object where the circle starts, the path to the property that closes it
// (the middle elided when long), found by walking `value` as stringify
// does (toJSON, a replacer function or property list).
function circularMessage(value, replacer) {
  const stack = [];
  const keysOf = (obj) => (Array.isArray(replacer) ? replacer.map(String) : Object.keys(obj));
  function walk(holder, key) {
    let v = holder[key];
    if (v !== null && (typeof v === 'object' || typeof v === 'function') && typeof v.toJSON === 'function') v = v.toJSON(key);
    if (typeof replacer === 'function') v = replacer.call(holder, key, v);
    if (v === null || typeof v !== 'object') return undefined;
    const seen = stack.findIndex((frame) => frame.object === v);
    if (seen >= 0) return describe(stack.slice(seen), key);
    stack.push({ object: v, key });
    const keys = Array.isArray(v) ? Array.from({ length: v.length }, (_, i) => String(i)) : keysOf(v);
    for (const k of keys) {
      const found = walk(v, k);
      if (found) return found;
    }
    stack.pop();
    return undefined;
  }
  return walk({ '': value }, '');
}

const kPrefix = 2;
const kPostfix = 1;

function describe(frames, closingKey) {
  const name = (obj) => {
    const ctor = Object.getPrototypeOf(obj) === null ? undefined : obj.constructor;
    return `object with constructor '${(typeof ctor === 'function' && ctor.name) || 'Object'}'`;
  };
  const keyText = (holder, key) => (Array.isArray(holder) ? `index ${key}` : `property '${key}'`);
  const lines = ['Converting circular structure to JSON', `    --> starting at ${name(frames[0].object)}`];
  const middle = frames.slice(1).map((f, i) => `    |     ${keyText(frames[i].object, f.key)} -> ${name(f.object)}`);
  if (middle.length > kPrefix + kPostfix) {
    lines.push(...middle.slice(0, kPrefix), '    |     ...', ...middle.slice(-kPostfix));
  } else {
    lines.push(...middle);
  }
  lines.push(`    --- ${keyText(frames[frames.length - 1].object, closingKey)} closes the circle`);
  return lines.join('\n');
}

module.exports = { message, circularMessage };
