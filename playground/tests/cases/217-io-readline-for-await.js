// for await (const line of rl): the usual way to read all of stdin.
const readline = require('readline');
async function main() {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let sum = 0;
  let lines = 0;
  for await (const line of rl) {
    lines++;
    if (line.trim() === '') continue;
    sum += Number(line);
  }
  console.log(`${lines} lines, sum ${sum}`);
}
main();
Promise.resolve().then(() => console.log('microtask before any input'));
