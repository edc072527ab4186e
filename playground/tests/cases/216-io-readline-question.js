// rl.question writes the prompt to output (stdout is not a TTY here, so
// the prompt stays on the same line as the next output).
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('What is your name? ', (name) => {
  console.log(`Hi ${name}!`);
  rl.question('Favourite colour? ', (colour) => {
    console.log(`${name} likes ${colour}.`);
    rl.close();
  });
});
rl.on('close', () => console.log('[closed]'));
