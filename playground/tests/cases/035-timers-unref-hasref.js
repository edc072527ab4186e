// An unref'd timer does not keep the process alive; ref() undoes it.
// hasRef() reports the state; unref/ref return the timer itself.
const keep = setTimeout(() => {
  console.log('ref\'d timer at 50 ms');
  const imm = setImmediate(() => console.log('immediate hasRef inside its callback:', imm.hasRef()));
  console.log('immediate hasRef when queued:', imm.hasRef());
}, 50);
const dropped = setTimeout(() => console.log('unref\'d timer (never runs)'), 2000);
console.log('hasRef before:', dropped.hasRef());
console.log('unref returns this:', dropped.unref() === dropped);
console.log('hasRef after unref:', dropped.hasRef());
const revived = setTimeout(() => console.log('unref\'d then ref\'d timer at 100 ms'), 100).unref();
console.log('ref returns this:', revived.ref() === revived, revived.hasRef());
const iv = setInterval(() => console.log('unref\'d interval (never runs)'), 1500);
iv.unref();
process.on('exit', () => console.log('exit; keep.hasRef() =', keep.hasRef()));
