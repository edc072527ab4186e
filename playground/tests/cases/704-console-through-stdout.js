// The global console writes through process.stdout / process.stderr as they are at the time (Node 20), so replacing their write sees console.log, console.count, util.log...
const util = require('util');
const seen = [];
const original = process.stdout.write;
process.stdout.write = (s) => { seen.push(s); return true; };
console.log('plain');
console.count();
console.count('a');
console.log({ x: 1 }, 'b');
console.group('g');
console.info(42);
console.groupEnd();
util.log('logged');
process.stdout.write = original;
console.log(JSON.stringify(seen.map((s) => s.replace(/^\d+ \w+ \d\d:\d\d:\d\d - /, '<time> - '))));
const errs = [];
const originalErr = process.stderr.write;
process.stderr.write = (s) => { errs.push(s); return true; };
console.error('e1');
console.warn('w1');
console.assert(false, 'nope %s', 'x');
console.trace === undefined || console.error(new Error('boom').message);
process.stderr.write = originalErr;
console.log(JSON.stringify(errs));
const { Console } = require('console');
for (const e of [null, NaN, 1.01, -1, 1001]) {
  try { new Console({ stdout: process.stdout, groupIndentation: e }); } catch (err) { console.log(err.name, err.code, err.message); }
}
const { Writable } = require('stream');
const broken = new Writable({ write(chunk, enc, cb) { cb(new Error('foobar')); } });
new Console(broken, broken, true).log('swallowed');
const throwing = new Writable({ write() { throw new Error('thrown'); } });
new Console(throwing).warn('swallowed too');
setImmediate(() => console.log('no uncaught error', broken.listenerCount('error')));
const called = Console(new (require('stream').Writable)({ write(c, e, cb) { process.stdout.write('called: ' + c); cb(); } }));
called.log('without new');
console.log(Console, called instanceof Console, console instanceof Console, new Console(process.stdout));
const first = console;
console.log('require is the global:', require('console') === console, require('node:console') === globalThis.console);
globalThis.console = { log() {} };
first.log('after replacing the global, require still gives the first:', require('console') === first);
