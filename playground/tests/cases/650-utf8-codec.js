// UTF-8 through Buffer, TextEncoder and fs: invalid and truncated
// sequences, lone surrogates, writes that stop at a whole character, views
// with an offset into a larger buffer, and a large file.
const fs = require('fs');
const show = (s) => JSON.stringify(s);

const invalid = [
  [0x61, 0xff, 0x62], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80],
  [0xf0, 0x9f, 0x98], [0xf0, 0x9f, 0x98, 0x80], [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82], [0xe2, 0x82, 0xac], [0x80, 0x80, 0xc2], [0xf8, 0x88, 0x80, 0x80, 0x80],
];
for (const bytes of invalid) console.log(bytes.map((b) => b.toString(16)).join(' '), show(Buffer.from(bytes).toString()));

for (const s of ['a\ud800b', '\udc00', 'x\ud83d\ude00y', '\ud83d', 'é€😀']) {
  const b = Buffer.from(s);
  console.log(show(s), b.length, Buffer.byteLength(s), b.toString('hex'), new TextEncoder().encode(s).length);
}

const target = Buffer.alloc(5, 0x2e);
console.log(target.write('ab€c'), target.toString('hex'));
console.log(target.write('😀😀', 1), target.toString('hex'));
console.log(target.write('é', 4), target.toString('hex'));
console.log(new TextEncoder().encodeInto('a€😀', new Uint8Array(5)));

const big = Buffer.from('0123456789€abcdef');
const view = big.subarray(10, 13);
console.log(view.toString(), big.toString('utf8', 11, 14), big.toString('utf8', 3, 2), big.toString('utf8', -5, 4));
const pooled = Buffer.from('pooled é text');
console.log(pooled.byteOffset >= 0, pooled.toString('utf8', 7, 9), pooled.toString());

const text = 'line é 😀 of a long file\n'.repeat(40000);
fs.writeFileSync('big.txt', text);
const back = fs.readFileSync('big.txt', 'utf8');
console.log(back.length, back === text, fs.statSync('big.txt').size);
console.log(Buffer.from(text).toString('utf8', 1000, 1040));
