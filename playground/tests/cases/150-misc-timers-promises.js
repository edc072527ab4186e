// timers/promises: setTimeout and setImmediate resolve with a value;
// setInterval is an async iterator; an AbortSignal rejects with AbortError.
const { setTimeout: sleep, setImmediate: nextLoop, setInterval: every } = require('timers/promises');
(async () => {
  console.log('sleep ->', await sleep(10, 'slept'));
  console.log('immediate ->', await nextLoop('next loop'));
  let n = 0;
  for await (const v of every(5, 'tick')) {
    n++;
    console.log('interval', n, v);
    if (n === 3) break;
  }
  const ac = new AbortController();
  const pending = sleep(1000, 'never', { signal: ac.signal });
  ac.abort();
  try {
    await pending;
  } catch (e) {
    console.log(e.name, e.code);
  }
  try {
    await sleep(10, null, { signal: AbortSignal.abort() });
  } catch (e) {
    console.log('pre-aborted:', e.name);
  }
  console.log('done');
})();
