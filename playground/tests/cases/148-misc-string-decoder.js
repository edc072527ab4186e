// StringDecoder keeps incomplete multi-byte sequences between writes.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
const euro = Buffer.from('€');
const parts = [d.write(euro.subarray(0, 1)), d.write(euro.subarray(1, 2)), d.write(euro.subarray(2))];
console.log(JSON.stringify(parts));
const smile = Buffer.from('😀');
console.log(JSON.stringify(d.write(smile.subarray(0, 3))), JSON.stringify(d.end(smile.subarray(3))));
console.log(JSON.stringify(d.write(Buffer.from([0xe2, 0x82]))), JSON.stringify(d.end()));
const h = new StringDecoder('hex');
console.log(h.write(Buffer.from('hi')), h.encoding);
const b64 = new StringDecoder('base64');
console.log(b64.write(Buffer.from('ab')), b64.write(Buffer.from('c')), b64.end());
console.log(new StringDecoder().encoding, new StringDecoder('UTF-16LE').encoding);
