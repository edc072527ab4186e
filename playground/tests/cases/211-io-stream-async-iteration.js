// for await over streams: Readable.from(an async generator) and a custom
// Readable; the loop body runs as microtasks between stream events.
const { Readable } = require('stream');
async function* numbers() {
  for (let n = 1; n <= 3; n++) {
    yield n;
  }
}
(async () => {
  let sum = 0;
  for await (const n of Readable.from(numbers())) {
    console.log('got', n);
    sum += n;
  }
  console.log('sum', sum);
  let count = 0;
  const letters = new Readable({
    read() {
      count++;
      this.push(count <= 3 ? String.fromCharCode(96 + count) : null);
    },
  });
  letters.setEncoding('utf8');
  const seen = [];
  for await (const chunk of letters) seen.push(chunk);
  console.log('letters', seen.join(''), 'destroyed', letters.destroyed);
})();
process.nextTick(() => console.log('tick'));
console.log('sync end');
