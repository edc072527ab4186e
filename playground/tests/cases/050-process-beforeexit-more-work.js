// 'beforeExit' fires when the loop runs dry; scheduling work from it keeps
// the process going and the event fires again afterwards. 'exit' fires once.
let rounds = 0;
process.on('beforeExit', (code) => {
  rounds++;
  console.log('beforeExit', rounds, 'code', code);
  if (rounds < 3) {
    setTimeout(() => console.log('  timer scheduled by beforeExit', rounds), 5);
    Promise.resolve().then(() => console.log('  microtask inside beforeExit', rounds));
  }
});
process.on('exit', (code) => console.log('exit', code, 'after', rounds, 'beforeExit rounds'));
console.log('main');
