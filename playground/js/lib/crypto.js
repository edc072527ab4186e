// The `crypto` module, as far as the playground's programs and npm packages
// reach it: hashes and HMACs (md5, sha1, sha224/256/384/512 and the
// sha512 truncations; computed natively by `host.digest`/`host.hmac`, see
// src/crypto.rs), `timingSafeEqual`, random bytes and UUIDs (from the
// playground's Math.random: no real entropy here, so nothing secret should
// be made with them), `getHashes`, and PBKDF2 (`pbkdf2Sync`, and `pbkdf2`
// on a simulated libuv thread pool, below). Ciphers, keys and signatures
// are not provided.
'use strict';

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { validateFunction, validateString, validateInteger } = require('internal/validators');

const HASHES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256'];
const ALIASES = { 'rsa-md5': 'md5', 'rsa-sha1': 'sha1', 'rsa-sha256': 'sha256', 'rsa-sha512': 'sha512', 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-512': 'sha512' };
const canonical = (name) => { const n = String(name).toLowerCase(); return ALIASES[n] || n; };

function dataBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding === 'buffer' ? 'utf8' : encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}
const toLatin1 = (buf) => buf.toString('latin1');

function output(latin1, encoding) {
  const buf = Buffer.from(latin1, 'latin1');
  return encoding === undefined || encoding === 'buffer' ? buf : buf.toString(encoding);
}

function finalized() {
  const err = new Error('Digest already called');
  err.code = 'ERR_CRYPTO_HASH_FINALIZED';
  return err;
}

class Hash {
  #alg; #chunks = []; #done = false;
  constructor(algorithm, options) {
    validateString(algorithm, 'algorithm');
    const alg = canonical(algorithm);
    if (!HASHES.includes(alg)) throw new Error('Digest method not supported');
    this.#alg = alg;
    void options;
  }
  update(data, encoding) {
    if (this.#done) throw finalized();
    this.#chunks.push(dataBytes(data, encoding));
    return this;
  }
  digest(encoding) {
    if (this.#done) throw finalized();
    this.#done = true;
    return output(host.digest(this.#alg, toLatin1(Buffer.concat(this.#chunks))), encoding);
  }
  copy() {
    if (this.#done) throw finalized();
    const h = new Hash(this.#alg);
    for (const c of this.#chunks) h.update(c);
    return h;
  }
}

class Hmac {
  #alg; #key; #chunks = []; #done = false;
  constructor(hmac, key, options) {
    validateString(hmac, 'hmac');
    const alg = canonical(hmac);
    if (!HASHES.includes(alg)) {
      const err = new TypeError(`Invalid digest: ${hmac}`);
      err.code = 'ERR_CRYPTO_INVALID_DIGEST';
      throw err;
    }
    if (key === null || key === undefined) throw new codes.ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
    this.#alg = alg;
    this.#key = toLatin1(dataBytes(key, options && options.encoding, 'key'));
  }
  update(data, encoding) {
    if (this.#done) throw finalized();
    this.#chunks.push(dataBytes(data, encoding));
    return this;
  }
  digest(encoding) {
    // Node returns an empty digest when called twice on an Hmac.
    if (this.#done) return output('', encoding);
    this.#done = true;
    return output(host.hmac(this.#alg, this.#key, toLatin1(Buffer.concat(this.#chunks))), encoding);
  }
}

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function getHashes() {
  return HASHES.slice();
}

function timingSafeEqual(a, b) {
  if (!ArrayBuffer.isView(a) && !(a instanceof ArrayBuffer)) throw new codes.ERR_INVALID_ARG_TYPE('buf1', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], a);
  if (!ArrayBuffer.isView(b) && !(b instanceof ArrayBuffer)) throw new codes.ERR_INVALID_ARG_TYPE('buf2', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], b);
  const x = a instanceof ArrayBuffer ? new Uint8Array(a) : new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  if (x.length !== y.length) {
    const err = new RangeError('Input buffers must have the same byte length');
    err.code = 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH';
    throw err;
  }
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

function fillRandom(view) {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return view;
}

function randomBytes(size, callback) {
  if (typeof size !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('size', 'number', size);
  if (!(size >= 0 && size <= 2 ** 31 - 1) || !Number.isInteger(size)) throw new codes.ERR_OUT_OF_RANGE('size', `>= 0 && <= ${2 ** 31 - 1}`, size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = fillRandom(Buffer.alloc(size));
  if (callback === undefined) return buf;
  process.nextTick(callback, null, buf);
  return undefined;
}

function randomUUID() {
  const b = fillRandom(Buffer.alloc(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function randomInt(min, max, callback) {
  if (max === undefined || typeof max === 'function') { callback = max; max = min; min = 0; }
  if (!Number.isSafeInteger(min)) throw new codes.ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new codes.ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) throw new codes.ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  const n = min + Math.floor(Math.random() * (max - min));
  if (callback === undefined) return n;
  validateFunction(callback, 'callback');
  process.nextTick(callback, null, n);
  return undefined;
}

function getRandomValues(view) {
  if (!ArrayBuffer.isView(view) || view instanceof Float32Array || view instanceof Float64Array || view instanceof DataView) {
    const err = new TypeError("The data argument must be an integer-type TypedArray");
    err.code = 17;
    err.name = 'TypeMismatchError';
    throw err;
  }
  if (view.byteLength > 65536) {
    const err = new RangeError(`The ArrayBufferView's byte length (${view.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`);
    err.name = 'QuotaExceededError';
    throw err;
  }
  return fillRandom(view);
}

// PBKDF2. The key is derived natively (`host.pbkdf2`) when the job is
// queued; `pbkdf2` delivers it as libuv does, from a pool of 4 threads
// (UV_THREADPOOL_SIZE's default): a job takes virtual time in proportion to
// its rounds (about 0.5 us per HMAC-SHA-512 round, as on a laptop), starts
// on the first free thread, and its callback runs in the poll phase when it
// finishes, so a fifth job waits for a free thread as in Node.
const POOL_SIZE = 4;
const poolFreeAt = new Array(POOL_SIZE).fill(0);
const ROUND_MS = { md5: 0.00025, sha1: 0.0003, sha224: 0.00035, sha256: 0.00035, sha384: 0.0005, sha512: 0.0005, 'sha512-224': 0.0005, 'sha512-256': 0.0005 };
const BLOCK_BYTES = { md5: 16, sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64, 'sha512-224': 28, 'sha512-256': 32 };

function pbkdf2Check(password, salt, iterations, keylen, digest) {
  const pass = dataBytes(password, undefined, 'password');
  const saltBytes = dataBytes(salt, undefined, 'salt');
  validateInteger(iterations, 'iterations', 1, 2147483647);
  validateInteger(keylen, 'keylen', 0, 2147483647);
  validateString(digest, 'digest');
  const alg = canonical(digest);
  if (!HASHES.includes(alg)) {
    const err = new TypeError(`Invalid digest: ${digest}`);
    err.code = 'ERR_CRYPTO_INVALID_DIGEST';
    throw err;
  }
  return [alg, pass, saltBytes];
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const [alg, pass, saltBytes] = pbkdf2Check(password, salt, iterations, keylen, digest);
  return Buffer.from(host.pbkdf2(alg, toLatin1(pass), toLatin1(saltBytes), iterations, keylen), 'latin1');
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const [alg, pass, saltBytes] = pbkdf2Check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  const key = Buffer.from(host.pbkdf2(alg, toLatin1(pass), toLatin1(saltBytes), iterations, keylen), 'latin1');
  const now = host.now();
  let thread = 0;
  for (let i = 1; i < POOL_SIZE; i++) if (poolFreeAt[i] < poolFreeAt[thread]) thread = i;
  const start = Math.max(now, poolFreeAt[thread]);
  const blocks = Math.max(1, Math.ceil(keylen / BLOCK_BYTES[alg]));
  const done = start + iterations * blocks * ROUND_MS[alg];
  poolFreeAt[thread] = done;
  host.io(function pbkdf2Done() { callback(null, key); }, done - now);
}

module.exports = {
  pbkdf2, pbkdf2Sync,
  createHash, createHmac, getHashes, timingSafeEqual, randomBytes, randomUUID, randomInt, getRandomValues,
  Hash, Hmac, pseudoRandomBytes: randomBytes, prng: randomBytes, rng: randomBytes,
};
for (const name of ['webcrypto', 'subtle']) {
  Object.defineProperty(module.exports, name, { __proto__: null,
    get() {
      const { webcrypto } = require('internal/webcrypto');
      return name === 'webcrypto' ? webcrypto : webcrypto.subtle;
    },
    enumerable: true,
    configurable: true,
  });
}
