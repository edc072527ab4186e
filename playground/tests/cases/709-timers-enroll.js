// timers' deprecated list API (enroll/unenroll/active/_unrefActive), Node's
// clearTimeout state, a timeout turned interval, Symbol.dispose and
// process.getActiveResourcesInfo.
const timers = require('timers');
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message.split('\n')[0]));

console.log(Object.keys(timers));
for (const bad of ['1', {}, -1, Infinity, NaN]) {
  try { timers.enroll({}, bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const item = {};
timers.enroll(item, 5);
console.log('enrolled', item._idleTimeout, item._idleNext === item);
timers.active(item);
console.log('active', typeof item._idleStart, !!item._idleNext, item._destroyed);
const gone = { _onTimeout() { console.log('never'); } };
timers.enroll(gone, 3);
timers._unrefActive(gone);
timers.unenroll(gone);
console.log('unenrolled', gone._idleTimeout, gone._destroyed, gone._idleNext);
const bogus = { _idleTimeout: -1 };
timers.active(bogus);
console.log('bogus', bogus);

const c = setTimeout(() => {}, 50);
clearTimeout(c);
console.log('cleared', c._idleTimeout, c._onTimeout, c._destroyed, c._idleNext);

const d = setTimeout(() => console.log('never'), 10);
d[Symbol.dispose]();
const im = setImmediate(() => console.log('never'));
im[Symbol.dispose]();
console.log('disposed', d._destroyed, im._destroyed, typeof Symbol.dispose);

const count = (type) => process.getActiveResourcesInfo().filter((x) => x === type).length;
console.log('sync', count('Timeout'), count('Immediate'));

// One step after another, so the order is Node's in every run.
item._onTimeout = function () {
  console.log('enrolled fired', this === item, count('Timeout'));
  let n = 0;
  const again = { _onTimeout() { n++; if (n < 3) timers.active(again); else { console.log('re-armed', n); toInterval(); } } };
  timers.enroll(again, 1);
  timers.active(again);
};
function toInterval() {
  const t = setTimeout(function () {
    console.log('tick', t._repeat);
    if (t._repeat) { clearInterval(t); counts(); }
    t._repeat = 2;
  }, 1);
}
function counts() {
  const a = setTimeout(() => {
    console.log('in timeout', count('Timeout'));
    const i = setInterval(() => {
      console.log('in interval', count('Timeout'));
      clearInterval(i);
      console.log('after clear', count('Timeout'));
      setImmediate(() => console.log('in immediate', count('Immediate')));
      console.log('immediates', count('Immediate'));
    }, 1);
  }, 20);
  setTimeout(() => {}, 20).unref();
  console.log('counts', count('Timeout'), a.hasRef());
}
