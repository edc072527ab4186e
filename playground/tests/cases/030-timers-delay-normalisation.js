// Delays that are 0, negative, NaN, missing, non-numeric or larger than
// 2**31-1 all become 1 ms, so these timers share one list and fire in the
// order they were created; a numeric string is a real delay. The overflow
// warnings are routed to a handler instead of stderr (stderr has a pid).
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, w.message.split('.')[0]));
const order = [];
const mk = (label, delay) => setTimeout(() => order.push(label), delay);
mk('d=100 (string)', '100');
mk('d=NaN', NaN);
mk('d=1', 1);
mk('d=-5', -5);
mk('d=2**31', 2 ** 31);
mk('d=undefined', undefined);
mk('d=Infinity', Infinity);
mk('d=null', null);
mk('d=0.4', 0.4);
mk('d=[]', []);
setTimeout(() => console.log(order.join('\n')), 200);
