// clearTimeout works from another timer's callback, on an already-fired
// timer, with undefined or a stale object, and clearInterval/clearTimeout
// are interchangeable in Node.
const late = setTimeout(() => console.log('late (never runs)'), 100);
const interval = setInterval(() => console.log('interval (never runs)'), 80);
const first = setTimeout(() => {
  console.log('first fires, clearing late and interval');
  clearTimeout(late);
  clearTimeout(interval);
  clearTimeout(first);
  clearTimeout(undefined);
  clearTimeout(null);
  clearTimeout({});
  clearInterval(sibling);
}, 5);
const sibling = setTimeout(() => console.log('sibling (never runs, cleared by first)'), 5);
const imm = setImmediate(() => console.log('immediate (never runs)'));
clearImmediate(imm);
setTimeout(() => console.log('done'), 150);
