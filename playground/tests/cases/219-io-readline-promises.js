// readline/promises: await rl.question(); the prompt is written first.
const readline = require('readline/promises');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question('Pick a number: ');
  console.log(`double: ${answer * 2}`);
  rl.close();
  console.log('closed:', rl.closed);
})();
