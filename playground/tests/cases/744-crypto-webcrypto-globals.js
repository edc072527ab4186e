// Web Crypto globals as in Node 20: `crypto` is require('crypto').webcrypto,
// the classes are not constructible, subtle.digest resolves an ArrayBuffer,
// an unknown algorithm rejects with a NotSupportedError DOMException.
// Also: a console that swallows its stream's errors lets a stack overflow through.
const nodeCrypto = require('crypto');
console.log(globalThis.crypto === nodeCrypto.webcrypto, Crypto === crypto.constructor,
  SubtleCrypto === crypto.subtle.constructor, crypto.subtle === nodeCrypto.subtle);
const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
for (const C of [Crypto, SubtleCrypto, CryptoKey]) {
  try { new C(); } catch (e) { console.log(C.name, e.name, e.code, e.message); }
}
console.log(crypto.getRandomValues(new Uint8Array(4)).length, typeof crypto.randomUUID());
(async () => {
  const b = await crypto.subtle.digest('SHA-256', Buffer.from('a'));
  console.log(b instanceof ArrayBuffer, Buffer.from(b).toString('hex'));
  console.log(Buffer.from(await crypto.subtle.digest({ name: 'sha-1' }, new Uint8Array([1]))).toString('hex'));
  await crypto.subtle.digest('md5', new Uint8Array([1])).catch((e) => console.log(e instanceof DOMException, e.name, e.message));
})();

const { Console } = require('console');
const { Writable } = require('stream');
const out = new Writable({ write: function write(...args) { return write(...args); } });
try {
  new Console(out, out, true).log('x');
} catch (e) {
  console.log('console let through:', e.name);
}
