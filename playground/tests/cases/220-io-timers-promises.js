// timers/promises: awaitable setTimeout/setImmediate, a setInterval async
// iterator, and cancellation with AbortController.
const { setTimeout: sleep, setImmediate: nextCheck, setInterval: every } = require('timers/promises');
(async () => {
  console.log('start');
  console.log(await sleep(20, 'after 20ms'));
  console.log(await nextCheck('after the check phase'));
  let n = 0;
  for await (const label of every(10, 'tick')) {
    console.log(label, ++n);
    if (n === 3) break;
  }
  const ac = new AbortController();
  const pending = sleep(1000, 'never', { signal: ac.signal });
  ac.abort();
  try {
    await pending;
  } catch (err) {
    console.log(err.name, err.code);
  }
  console.log('done');
})();
