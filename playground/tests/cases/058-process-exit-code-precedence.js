// process.exit() with no argument uses process.exitCode; an explicit
// argument wins; an 'exit' listener may change process.exitCode, which
// becomes the final exit code.
process.exitCode = 7;
process.on('exit', (code) => {
  console.log('exit listener sees', code);
  process.exitCode = 9;
});
setTimeout(() => {
  console.log('calling process.exit() with no argument');
  process.exit();
}, 1);
