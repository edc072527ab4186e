// crypto: hashes and HMACs (hex, base64, latin1, Buffer), chained updates
// with encodings, errors, timingSafeEqual, and the shapes of random values.
const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'SHA256', 'RSA-SHA1']) {
  console.log(alg, crypto.createHash(alg).update('The quick brown fox ').update('jumps over the lazy dog').digest('hex'));
}
console.log(crypto.createHash('sha1').update('').digest('base64'));
console.log(crypto.createHash('sha256').update('héllo wörld ✓').digest('base64url'));
console.log(crypto.createHash('md5').update('68656c6c6f', 'hex').digest());
console.log(crypto.createHash('sha1').update(Buffer.from([0, 1, 2, 255])).update(new Uint8Array([7, 8])).digest('latin1').length);
console.log(crypto.createHmac('sha256', 'key').update('The quick brown fox jumps over the lazy dog').digest('hex'));
console.log(crypto.createHmac('sha1', Buffer.alloc(100, 'k')).update('long key').digest('base64'));
console.log(crypto.createHmac('sha512', '').digest('hex').slice(0, 32));
const h = crypto.createHash('sha256').update('a');
const copy = h.copy();
console.log(h.digest('hex') === copy.update('').digest('hex'));
for (const f of [() => h.update('b'), () => h.digest(), () => crypto.createHash('nope'),
  () => crypto.createHmac('nope', 'k'), () => crypto.createHash('sha1').update(5),
  () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab'))]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
console.log(crypto.randomBytes(8).length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
console.log(crypto.getHashes().includes('sha256'), typeof crypto.createHash('sha1').digest('hex'));
// cookie-style signing as cookie-signature does it
const sign = (val, secret) => val + '.' + crypto.createHmac('sha256', secret).update(val).digest('base64').replace(/=+$/, '');
console.log(sign('hello', 'tobiiscool'));
