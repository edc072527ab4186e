// An 'unhandledRejection' listener replaces the fatal default; handling the
// same promise later emits 'rejectionHandled' with it.
let late;
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason.message, '| is the promise:', promise === late);
});
process.on('rejectionHandled', (promise) => {
  console.log('rejectionHandled, same promise:', promise === late);
});
late = Promise.reject(new Error('handled too late'));
const early = Promise.reject(new Error('handled in time'));
early.catch((e) => console.log('caught in time:', e.message));
setTimeout(() => {
  console.log('attaching catch now');
  late.catch((e) => console.log('caught late:', e.message));
}, 10);
process.on('exit', (code) => console.log('exit code', code));
