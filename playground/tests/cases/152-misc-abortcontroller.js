// AbortController/AbortSignal: abort event, reason, throwIfAborted,
// events.once with a signal.
const { once, EventEmitter } = require('events');
const ac = new AbortController();
ac.signal.addEventListener('abort', () => console.log('abort event, reason:', ac.signal.reason));
ac.signal.onabort = () => console.log('onabort handler');
console.log('aborted before:', ac.signal.aborted);
ac.abort('stop now');
ac.abort('second abort ignored');
console.log('aborted after:', ac.signal.aborted, ac.signal.reason);
try { ac.signal.throwIfAborted(); } catch (e) { console.log('throwIfAborted threw:', e); }
const def = new AbortController();
def.abort();
console.log('default reason:', def.signal.reason.name, def.signal.reason.code);
const e = new EventEmitter();
const ac2 = new AbortController();
once(e, 'never', { signal: ac2.signal }).catch((err) => console.log('events.once aborted:', err.name, err.code));
ac2.abort();
