// console.time prints elapsed times (not stable, so not printed here), but
// the mistakes are stable: an unknown label or a duplicate one emits a
// process warning, routed to a handler because Node's printer shows a pid.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.message));
console.timeEnd('never started');
console.timeLog('also never started');
console.time('dup');
console.time('dup');
console.countReset('no such counter');
console.log('sync done');
