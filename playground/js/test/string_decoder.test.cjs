// string_decoder from js/lib compared with Node's on split multi-byte input.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const { StringDecoder: NodeDecoder } = require('node:string_decoder');
const { createRuntime } = require('./harness.cjs');

const { StringDecoder } = createRuntime().require('string_decoder');

const chunkSets = [
  [[0xe2], [0x82, 0xac], [0x41]],
  [[0xe2, 0x82], [0x41]],
  [[0xff, 0x41], [0xf0, 0x9f], [0x98, 0x80]],
  [[0xe2]],
  [[0x68, 0x00, 0x69], [0x00, 0x3d, 0xd8], [0x00, 0xde]],
  [[0x61, 0x62, 0x63, 0x64], [0x65]],
  [[], [0xc3], [0xa9]],
];

test('StringDecoder matches Node', () => {
  const failures = [];
  for (const enc of ['utf8', 'utf-8', 'utf16le', 'ucs2', 'base64', 'base64url', 'hex', 'latin1', 'ascii']) {
    for (const chunks of chunkSets) {
      const ours = new StringDecoder(enc);
      const node = new NodeDecoder(enc);
      const a = chunks.map((c) => ours.write(Buffer.from(c))).concat([ours.end()]);
      const b = chunks.map((c) => node.write(Buffer.from(c))).concat([node.end()]);
      if (JSON.stringify(a) !== JSON.stringify(b)) failures.push(`${enc} ${JSON.stringify(chunks)}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    }
    assert.strictEqual(new StringDecoder(enc).encoding, new NodeDecoder(enc).encoding);
  }
  assert.deepStrictEqual(failures, []);
  assert.throws(() => new StringDecoder('nope'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });
  assert.strictEqual(new StringDecoder().write('str'), 'str');
  assert.strictEqual(new StringDecoder().end(Buffer.from('hi')), 'hi');
});
