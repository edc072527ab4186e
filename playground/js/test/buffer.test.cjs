// buffer from js/lib compared with Node's Buffer: encodings, factories,
// search, comparison, numeric reads/writes, errors and inspection.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const util = require('node:util');
const { createRuntime } = require('./harness.cjs');

const rt = createRuntime();
const ours = rt.require('buffer');
const oursUtil = rt.require('util');

// Each case runs with both Buffer implementations; results are compared as
// inspect strings (errors as code + message).
const cases = [
  (B) => B.from('hello'),
  (B) => B.from('héllo wörld ✓ 😀'),
  (B) => B.from('68656c6c6f', 'hex'),
  (B) => B.from('6865zz6c', 'hex'),
  (B) => B.from('aGVsbG8gd29ybGQ=', 'base64'),
  (B) => B.from('aGVsbG8gd29ybGQ', 'base64'),
  (B) => B.from('aGV sbG8*', 'base64'),
  (B) => B.from('_-8', 'base64url'),
  (B) => B.from('ÿé', 'latin1'),
  (B) => B.from('ÿé', 'binary'),
  (B) => B.from('abc€', 'ascii'),
  (B) => B.from('hi€', 'utf16le'),
  (B) => B.from('hi', 'ucs2'),
  (B) => B.from([1, 2, 256, -1, 3.7]),
  (B) => B.from(new Uint8Array([9, 8]).buffer),
  (B) => B.from(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2),
  (B) => B.from(B.from('copy')),
  (B) => B.from(new Uint16Array([1, 0x1234])),
  (B) => B.from({ type: 'Buffer', data: [1, 2] }),
  (B) => B.from('x', 'nope'),
  (B) => B.from(42),
  (B) => B.alloc(5),
  (B) => B.alloc(5, 'ab'),
  (B) => B.alloc(4, 1),
  (B) => B.alloc(6, 'aGk=', 'base64'),
  (B) => B.alloc(-1),
  (B) => B.allocUnsafe(3).fill(7),
  (B) => B.concat([B.from('ab'), B.from('cd'), new Uint8Array([0x65])]),
  (B) => B.concat([B.from('abc'), B.from('def')], 4),
  (B) => B.concat([B.from('a')], 3),
  (B) => B.concat([]),
  (B) => [B.byteLength('héllo'), B.byteLength('aGk=', 'base64'), B.byteLength('abcd', 'hex'), B.byteLength('ab', 'utf16le'), B.byteLength(new Uint8Array(7))],
  (B) => [B.isBuffer(B.from('')), B.isBuffer(new Uint8Array(1)), B.isEncoding('UTF-8'), B.isEncoding('nope'), B.isEncoding('')],
  (B) => [B.compare(B.from('a'), B.from('b')), B.compare(B.from('b'), B.from('a')), B.compare(B.from('a'), B.from('a')), B.compare(B.from('a'), B.from('ab'))],
  (B) => [B.from('hello').toString('hex'), B.from('hello').toString('base64'), B.from('hello?>').toString('base64url'), B.from([0xff, 0xfe, 0x41]).toString('latin1'), B.from([0xff, 0x41]).toString('ascii'), B.from([0x68, 0, 0x69, 0]).toString('utf16le')],
  (B) => [B.from('hello').toString('utf8', 1, 3), B.from('hello').toString(undefined, -5, 100), B.from('hello').toString('utf8', 4, 2)],
  (B) => [B.from([0xe2, 0x82]).toString(), B.from([0xff, 0xfe, 0xfd]).toString(), B.from([0xf0, 0x9f, 0x98, 0x80]).toString()],
  (B) => B.from('hello').toString('bogus'),
  (B) => { const b = B.from('hello world'); return [b.slice(6), b.subarray(0, 5), b.slice(-5, -1), b.slice(3, 1)]; },
  (B) => { const b = B.from('hello'); const s = b.slice(1, 3); s[0] = 0x41; return b; },
  (B) => [B.from('abc').equals(B.from('abc')), B.from('abc').equals(B.from('abd')), B.from('a').compare(B.from('b')), B.from('abcdef').compare(B.from('cd'), 0, 2, 2, 4)],
  (B) => { const b = B.from('hello world hello'); return [b.indexOf('o'), b.indexOf('hello', 1), b.lastIndexOf('hello'), b.indexOf(0x77), b.indexOf(B.from('wor')), b.includes('xyz'), b.indexOf(''), b.indexOf('o', -5), b.lastIndexOf('o', 5)]; },
  (B) => { const b = B.alloc(10); return [b.write('héllo'), b]; },
  (B) => { const b = B.alloc(10); return [b.write('abcdef', 2, 3), b]; },
  (B) => { const b = B.alloc(4); return [b.write('ffee', 'hex'), b]; },
  (B) => { const b = B.alloc(4); return [b.write('✓✓'), b]; },
  (B) => B.from('hi').toJSON(),
  (B) => JSON.stringify(B.from('hi')),
  (B) => { const a = B.from('abcdef'); const t = B.alloc(4, '.'); return [a.copy(t, 1, 2), t]; },
  (B) => { const b = B.alloc(8); return [b.fill('ab', 1, 5), b.fill(0x41, 6)]; },
  (B) => { const b = B.alloc(8); b.writeUInt32BE(0xdeadbeef, 0); b.writeInt16LE(-2, 4); b.writeUInt8(255, 6); b.writeInt8(-1, 7); return [b, b.readUInt32BE(0), b.readUInt32LE(0), b.readInt32BE(0), b.readInt16LE(4), b.readUInt16BE(4), b.readUInt8(6), b.readInt8(7)]; },
  (B) => { const b = B.alloc(8); b.writeDoubleLE(3.14); return [b, b.readDoubleLE(0), b.readFloatBE(0)]; },
  (B) => { const b = B.alloc(8); b.writeBigInt64BE(-5n); return [b, b.readBigInt64BE(0), b.readBigUInt64LE(0)]; },
  (B) => { const b = B.alloc(6); b.writeUIntBE(0x123456, 0, 3); b.writeIntLE(-300, 3, 3); return [b, b.readUIntBE(0, 3), b.readIntLE(3, 3), b.readUIntLE(0, 6)]; },
  (B) => B.alloc(2).readUInt32LE(0),
  (B) => B.alloc(2).readUInt8(2),
  (B) => B.alloc(2).readUInt8(1.5),
  (B) => B.alloc(2).writeUInt8(300),
  (B) => B.alloc(4).writeUInt32LE(-1),
  (B) => B.alloc(4).writeInt32BE(2 ** 31),
  (B) => B.alloc(2).writeUInt16LE(1, 1),
  (B) => B.from([1, 2, 3, 4]).swap16(),
  (B) => B.from([1, 2, 3, 4]).swap32(),
  (B) => B.from([1, 2, 3]).swap16(),
  (B) => B.alloc(60, 0x61),
  (B) => ({ nested: B.from('nested'), list: [B.from('a')] }),
  (B) => Object.assign(B.from('x'), { extra: 1 }),
  (B) => [B.from('abc') instanceof Uint8Array, B.from('abc').constructor.name, typeof B.from('x').parent],
  (B) => [...B.from('ab').entries()],
  (B) => B.from('abc').map((x) => x + 1),
  (B) => B.from('hello').reverse(),
  (B) => B.from('hello').filter((x) => x > 0x6b),
  (B) => [B.poolSize, typeof B.of, B.of(1, 2)],
];

test('Buffer matches Node', () => {
  const run = (B, inspect, fn) => {
    try {
      return inspect(fn(B));
    } catch (e) {
      return `throws ${e.name} ${e.code} ${e.message}`;
    }
  };
  const failures = [];
  cases.forEach((fn, i) => {
    const expected = run(Buffer, util.inspect, fn);
    const actual = run(ours.Buffer, oursUtil.inspect, fn);
    if (expected !== actual) failures.push(`#${i} ${fn}\n  node: ${expected}\n  ours: ${actual}`);
  });
  assert.deepStrictEqual(failures, []);
});

test('buffer module extras', () => {
  assert.strictEqual(ours.btoa('hello'), btoa('hello'));
  assert.strictEqual(ours.atob('aGVsbG8='), atob('aGVsbG8='));
  assert.strictEqual(ours.INSPECT_MAX_BYTES, 50);
  assert.strictEqual(ours.isUtf8(Buffer.from('héllo')), true);
  assert.strictEqual(ours.isUtf8(Buffer.from([0xff])), false);
  assert.strictEqual(ours.isAscii(Buffer.from('abc')), true);
});

test('Blob and File match Node', async () => {
  const script = async (B, u, log) => {
    const { Blob, File } = B;
    const b = new Blob(['hello ', Buffer.from('world'), new Uint8Array([33])], { type: 'Text/Plain' });
    log(u.inspect(b), b.size, b.type, u.inspect(b.slice(1, 3, 'x')), u.inspect(new File(['a'], 'f.txt', { lastModified: 5 })));
    log(await b.text(), u.inspect(await b.slice(-6, -1).arrayBuffer()));
    log(Object.prototype.toString.call(b), String(b), new Blob([{}]).size, new Blob(['a\r\nb'], { endings: 'native' }).size, new Blob(['é'], { type: 'é' }).type);
    for (const f of [() => new Blob('x'), () => new File(['a'])]) {
      try { f(); } catch (e) { log(e.code, e.message); }
    }
    log(u.inspect({ nested: new Blob(['x']) }), u.inspect([new File([], 'n', { lastModified: 1 })]));
  };
  const a = [];
  const b = [];
  await script(require('node:buffer'), util, (...x) => a.push(util.format(...x)));
  await script(ours, oursUtil, (...x) => b.push(oursUtil.format(...x)));
  assert.strictEqual(b.join('\n'), a.join('\n'));
});
