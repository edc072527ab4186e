// process.nextTick forwards extra arguments; a non-function throws
// ERR_INVALID_ARG_TYPE synchronously.
process.nextTick((a, b, c) => console.log('args:', a, b, c), 'one', 2, { three: 3 });
process.nextTick(function () { console.log('arguments.length:', arguments.length); });
process.nextTick((...rest) => console.log('rest:', rest), undefined, null);
try {
  process.nextTick('not a function');
} catch (e) {
  console.log(e.name, e.code);
}
console.log('sync');
