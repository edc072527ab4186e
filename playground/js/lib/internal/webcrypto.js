// Web Crypto: `crypto.webcrypto`, also the `crypto` global, with the
// `Crypto`, `SubtleCrypto` and `CryptoKey` classes (none constructible, as
// in Node). `getRandomValues` and `randomUUID` are the crypto module's;
// `subtle.digest` hashes with its SHA family. The rest of SubtleCrypto
// (keys, signing, encryption) is not in the playground: those methods are
// absent rather than failing later.
'use strict';

const { codes } = require('internal/errors');

const kInternal = Symbol('webcrypto internal');
let cryptoModule;
const lazyCrypto = () => cryptoModule || (cryptoModule = require('crypto'));

function domException(message, name) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

const DIGESTS = { 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512' };

function bufferSource(data) {
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (require('internal/types').isAnyArrayBuffer(data)) return new Uint8Array(data);
  throw new codes.ERR_INVALID_ARG_TYPE('data', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
}

class SubtleCrypto {
  constructor(token) {
    if (token !== kInternal) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    if (!(this instanceof SubtleCrypto)) throw new codes.ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 2) {
      throw new TypeError(`Failed to execute 'digest' on 'SubtleCrypto': 2 arguments required, but only ${arguments.length} present.`);
    }
    const name = typeof algorithm === 'object' && algorithm !== null ? algorithm.name : algorithm;
    const hash = DIGESTS[String(name).toLowerCase()];
    if (hash === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
    const bytes = lazyCrypto().createHash(hash).update(bufferSource(data)).digest();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }
}
Object.defineProperty(SubtleCrypto.prototype, 'digest', { __proto__: null, enumerable: true });
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { __proto__: null, value: 'SubtleCrypto', configurable: true });

const subtle = new SubtleCrypto(kInternal);

class Crypto {
  constructor(token) {
    if (token !== kInternal) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new codes.ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new codes.ERR_INVALID_THIS('Crypto');
    return lazyCrypto().getRandomValues(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new codes.ERR_INVALID_THIS('Crypto');
    return lazyCrypto().randomUUID();
  }
}
for (const name of ['subtle', 'getRandomValues', 'randomUUID']) {
  Object.defineProperty(Crypto.prototype, name, { __proto__: null, enumerable: true });
}

class CryptoKey {
  constructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }
}

const webcrypto = new Crypto(kInternal);

module.exports = { Crypto, CryptoKey, SubtleCrypto, webcrypto };
