// A Timeout converts to a number (its id) through Symbol.toPrimitive; that
// number is accepted by clearTimeout, and the timer can be looked up again.
const a = setTimeout(() => console.log('a (never runs)'), 10);
const b = setTimeout(() => console.log('b runs'), 10);
const id = +a;
console.log('typeof +timer:', typeof id, 'integer:', Number.isInteger(id), 'positive:', id > 0);
console.log('distinct ids:', +a !== +b);
console.log('has Symbol.toPrimitive:', typeof a[Symbol.toPrimitive]);
console.log('template string is the id:', `${a}` === String(id));
clearTimeout(id);
console.log('Timeout class:', a.constructor.name);
