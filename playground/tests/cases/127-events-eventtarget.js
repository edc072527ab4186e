// EventTarget/Event globals: listener order, once, handleEvent objects,
// stopImmediatePropagation, and dispatchEvent's return value.
const t = new EventTarget();
t.addEventListener('ping', (ev) => console.log('first', ev.type, ev instanceof Event));
t.addEventListener('ping', { handleEvent(ev) { console.log('object listener', ev.type); } });
t.addEventListener('ping', () => console.log('once'), { once: true });
console.log('dispatch 1 returned', t.dispatchEvent(new Event('ping')));
console.log('dispatch 2 returned', t.dispatchEvent(new Event('ping')));
t.addEventListener('stop', (ev) => { console.log('stopper'); ev.stopImmediatePropagation(); });
t.addEventListener('stop', () => console.log('never'));
t.dispatchEvent(new Event('stop'));
t.addEventListener('cancel', (ev) => ev.preventDefault());
console.log('cancelable prevented:', t.dispatchEvent(new Event('cancel', { cancelable: true })));
