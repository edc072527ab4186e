// Argument errors as Node's: process credential setters, the uncaught
// exception capture callback, fs callbacks given a number for a path,
// rmdir recursive (DEP0147); Event phases and an EventTarget's max listeners.
const fs = require('fs');
const events = require('events');
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, w.code));
const show = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); } };

show(() => process.setuid({}));
show(() => process.setgid('no-such-group-here'));
show(() => process.seteuid('no-such-user-here'));
show(() => process.setgroups());
show(() => process.setgroups([1, -1]));
show(() => process.setgroups([null]));
show(() => process.initgroups('no-such-user-here', 'no-such-group-here'));
show(() => process.setUncaughtExceptionCaptureCallback(42));
show(() => process.setSourceMapsEnabled(1));
console.log(process.hasUncaughtExceptionCaptureCallback());

for (const name of ['unlink', 'readlink', 'rmdir', 'stat']) show(() => fs[name](1, () => {}));
show(() => fs.rename('a', 2, () => {}));
show(() => fs.link(true, 'b', () => {}));
fs.writeFileSync('file.txt', '');
show(() => fs.rmdirSync('file.txt', { recursive: true }));
show(() => fs.rmdirSync('missing', { recursive: true }));
fs.mkdirSync('d/e', { recursive: true });
show(() => fs.rmdirSync('d', { recursive: true }));
console.log(fs.existsSync('d'));

console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, Object.getOwnPropertyDescriptor(Event, 'NONE'));
const et = new EventTarget();
console.log(events.getMaxListeners(et));
events.setMaxListeners(3, et);
console.log(events.getMaxListeners(et));

process.setUncaughtExceptionCaptureCallback((err) => console.log('captured', err.message));
show(() => process.setUncaughtExceptionCaptureCallback(() => {}));
setTimeout(() => { throw new Error('boom'); }, 1);
setTimeout(() => console.log('still running'), 5);
