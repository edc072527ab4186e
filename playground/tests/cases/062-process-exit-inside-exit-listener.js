// process.exit() called again inside an 'exit' listener changes the code
// and stops the remaining listeners.
process.on('exit', (code) => {
  console.log('listener 1, code', code);
  process.exit(6);
});
process.on('exit', () => console.log('listener 2 (never runs)'));
console.log('main sets exitCode 2');
process.exitCode = 2;
