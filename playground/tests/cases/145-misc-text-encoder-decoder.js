// TextEncoder / TextDecoder with UTF-8, streaming, BOM, fatal mode.
const enc = new TextEncoder();
const bytes = enc.encode('héllo €😀');
console.log(bytes.length, Array.from(bytes).join(','));
console.log(enc.encoding, new TextDecoder().encoding);
console.log(new TextDecoder().decode(bytes));
const into = new Uint8Array(4);
console.log(enc.encodeInto('ab€', into), Array.from(into));
const dec = new TextDecoder();
const euro = enc.encode('€');
console.log(JSON.stringify(dec.decode(euro.slice(0, 1), { stream: true })) + JSON.stringify(dec.decode(euro.slice(1))));
console.log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
console.log(JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
console.log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0x61, 0xff, 0x62]))));
try {
  new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff]));
} catch (e) {
  console.log(e.name, e.code);
}
console.log(new TextDecoder().decode(), JSON.stringify(new TextDecoder().decode(Buffer.from('buf'))));
