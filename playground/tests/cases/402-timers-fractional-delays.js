// Delays are truncated to whole milliseconds when a timer joins its list
// (Node's insert(): MathTrunc): 1.7, 1 and 1.2 all join the 1 ms list and
// fire in creation order, while 2.9 waits in the 2 ms list; the timer keeps
// the delay it was given (_idleTimeout).
const order = [];
const a = setTimeout(() => order.push('1.7'), 1.7);
setTimeout(() => order.push('1'), 1);
setTimeout(() => order.push('1.2'), 1.2);
setTimeout(() => order.push('2.9'), 2.9);
setTimeout(() => order.push('2'), 2);
console.log(a._idleTimeout);
setTimeout(() => console.log(order.join(' ')), 50);
