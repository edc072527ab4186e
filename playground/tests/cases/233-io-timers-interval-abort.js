// The setInterval async iterator stops with an AbortError when its signal aborts.
const { setInterval } = require('timers/promises');
const ac = new AbortController();
(async () => {
  let n = 0;
  try {
    for await (const v of setInterval(5, 'v', { signal: ac.signal })) {
      n++;
      console.log(v, n);
      if (n === 2) ac.abort();
    }
  } catch (e) {
    console.log('caught', e.name, e.code);
  }
})();
