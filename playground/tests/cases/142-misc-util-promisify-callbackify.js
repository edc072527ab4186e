// util.promisify turns (err, value) callbacks into promises; callbackify
// does the reverse, passing a falsy rejection reason wrapped in an Error.
const util = require('util');
function legacy(x, cb) { setTimeout(() => (x < 0 ? cb(new Error('negative')) : cb(null, x * 2)), 1); }
const modern = util.promisify(legacy);
modern(21).then((v) => console.log('promisified:', v));
modern(-1).catch((e) => console.log('promisified rejects:', e.message));
function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom impl');
console.log('custom used:', util.promisify(custom) === custom[util.promisify.custom]);
util.promisify(custom)().then((v) => console.log(v));
const cbStyle = util.callbackify(async (x) => { if (x) return 'ok ' + x; throw null; });
cbStyle('yes', (err, v) => console.log('callbackify:', err, v));
cbStyle('', (err) => console.log('callbackify falsy reason:', err.code, err.reason, err.message));
const sleep = util.promisify(setTimeout);
sleep(10, 'slept').then((v) => console.log('promisified setTimeout:', v));
try { util.promisify(42); } catch (e) { console.log(e.code); }
