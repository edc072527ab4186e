// When the main script blocks, timers that became due meanwhile run in
// expiry order (not creation order), with ticks drained between them.
setTimeout(() => console.log('timer due at 30'), 30);
setTimeout(() => { console.log('timer due at 10'); process.nextTick(() => console.log('  tick')); }, 10);
setTimeout(() => console.log('timer due at 20'), 20);
setTimeout(() => console.log('timer due at 200'), 200);
const start = Date.now();
let spins = 0;
while (Date.now() - start < 60) spins++;
console.log('busy-wait over, spun:', spins > 0);
