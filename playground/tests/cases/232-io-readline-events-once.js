// events.once(rl, 'close') waits for readline to consume all of stdin.
const { once } = require('events');
const readline = require('readline');
(async () => {
  const rl = readline.createInterface({ input: process.stdin });
  const got = [];
  rl.on('line', (l) => got.push(l));
  await once(rl, 'close');
  console.log('closed', got);
})();
