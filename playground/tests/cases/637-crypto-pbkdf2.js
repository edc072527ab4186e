// PBKDF2: derived keys, Node's argument errors, and the thread pool: five async jobs, the fifth waits for one of the four threads.
const crypto = require('crypto');
console.log(crypto.pbkdf2Sync('secret', 'salt', 1000, 32, 'sha256').toString('hex'));
for (const bad of [[1, 10, 'nope'], [0, 10, 'sha1'], [1, -1, 'sha1'], [1, 10, undefined]]) {
  try { crypto.pbkdf2Sync('a', 'b', ...bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { crypto.pbkdf2('a', 'b', 1, 10, 'sha1'); } catch (e) { console.log(e.name, e.code, e.message); }
const order = [];
for (let i = 1; i <= 5; i++) crypto.pbkdf2('secret', 'salt', 100000, 64, 'sha512', (err, key) => { order.push(i); if (order.length === 5) console.log('first four before the fifth:', order.indexOf(5) === 4, key.length); });
crypto.pbkdf2('p', 's', 1, 20, 'sha1', (err, k) => console.log('cb', err, k.toString('hex')));
