// When the main script blocks, timers that became due meanwhile run in
// expiry order (not creation order), with ticks drained between them.
setTimeout(() => console.log('timer due at 90'), 90);
setTimeout(() => { console.log('timer due at 30'); process.nextTick(() => console.log('  tick')); }, 30);
setTimeout(() => console.log('timer due at 60'), 60);
setTimeout(() => console.log('timer due at 300'), 300);
const start = Date.now();
let spins = 0;
while (Date.now() - start < 150) spins++;
console.log('busy-wait over, spun:', spins > 0);
