// Buffer and web-global details as Node's: atob/btoa throw a DOMException,
// DOMException's shape, TextDecoder labels trim only ASCII whitespace,
// indexOf in UTF-16 compares whole units at even offsets, variable-width
// reads and writes require an offset, toString(null) is an unknown encoding,
// structuredClone checks its options, the global object's type tag.
for (const f of [() => atob('a'), () => btoa('\u0100')]) {
  try { f(); } catch (e) {
    console.log(e instanceof DOMException, e instanceof Error, e.name, e.code, e.message);
  }
}
const d = new DOMException('m', 'NotFoundError');
console.log(d.name, d.code, DOMException.NOT_FOUND_ERR, Object.prototype.toString.call(d), Object.keys(d));
try { new TextDecoder('\u00a0utf-8'); } catch (e) { console.log(e.name, e.code); }
console.log(new TextDecoder('\t utf-8\n').encoding);
console.log(Buffer.from('ff').indexOf(Buffer.from('f'), 1, 'ucs2'), Buffer.from('abcd', 'ucs2').indexOf('c', 'ucs2'),
  Buffer.from('xabc').indexOf(Buffer.from('ab'), 0, 'ucs2'), Buffer.from('ff').includes('f', 0, 'ucs2'));
const b = Buffer.alloc(8);
for (const f of [() => b.readIntLE(undefined, 2), () => b.writeUIntBE(1, undefined, 3), () => b.writeInt8(1000, ''), () => b.toString(null, 1, 2)]) {
  try { console.log(f()); } catch (e) { console.log(e.code, e.message); }
}
console.log(Buffer.from({ buffer: new ArrayBuffer(4) }).length);
for (const args of [[], [1, ''], [1, { transfer: 1 }]]) {
  try { structuredClone(...args); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(Object.prototype.toString.call(globalThis));
// Buffer.copyBytesFrom validates as Node 20's and counts in elements.
const u16 = new Uint16Array([1, 2, 3]);
console.log(Buffer.copyBytesFrom(u16, 1), Buffer.copyBytesFrom(u16, 1, 1), Buffer.copyBytesFrom(u16, 5).length);
for (const args of [[], ['nope'], [u16, 1.1], [u16, '1'], [u16, 0, -1]]) {
  try { Buffer.copyBytesFrom(...args); } catch (e) { console.log(e.code, e.message); }
}
// Buffer() called outside node_modules warns once (DEP0005).
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, w.code));
Buffer(1);
new Buffer(1);
