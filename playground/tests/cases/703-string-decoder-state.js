// StringDecoder as Node 20 runs it: partial UTF-8/UTF-16/base64 input across writes, invalid bytes, and the legacy lastChar/lastNeed/lastTotal state.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(Buffer.from('E1', 'hex'))), d.lastChar, d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.write(Buffer.from('8A', 'hex'))), d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.write(Buffer.from('41', 'hex'))), JSON.stringify(d.end()));
for (const [enc, chunks] of [
  ['utf8', ['F0', '9F', '918D', 'C3', '28', 'E2 82', 'AC 80 FF', 'ED A0 80']],
  ['utf16le', ['3D', 'D8 4D', 'DC 61', '00 62']],
  ['base64', ['61', '6263', '64', '656667']],
  ['base64url', ['FB FF', 'FE']],
  ['hex', ['01 FF']],
  ['latin1', ['E9 41']],
]) {
  const dec = new StringDecoder(enc);
  const out = chunks.map((c) => dec.write(Buffer.from(c.replace(/ /g, ''), 'hex')));
  out.push(dec.end());
  console.log(enc, JSON.stringify(out), dec.lastNeed, dec.lastTotal);
}
const u = new StringDecoder('UCS-2');
console.log(u.encoding, new StringDecoder('BINARY').encoding, new StringDecoder().encoding);
console.log(JSON.stringify(new StringDecoder('utf8').write(new Uint16Array([0xe2 | 0x8200, 0xac]))));
console.log(d.text(Buffer.from('abc'), 1), new StringDecoder('utf8').end(Buffer.from('E282', 'hex')));
for (const bad of [() => new StringDecoder('nope'), () => new StringDecoder('utf8').write(42), () => StringDecoder.prototype.write.call({}, Buffer.alloc(1))]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(d);
