// process.emitWarning is delivered asynchronously (on a tick) to 'warning'
// listeners; Node's own printer is removed so stderr stays stable.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, '|', w.message, '|', w.code));
process.emitWarning('custom message');
process.emitWarning('with type', 'MyWarning', 'MY_CODE');
process.emitWarning(new Error('from an Error object'));
console.log('emitted three warnings');
process.nextTick(() => console.log('tick queued after emitting'));
