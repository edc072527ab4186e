// process's deprecated 'multipleResolves' event: a promise executor that
// resolves or rejects again, or throws after resolving, reports each extra
// call on a tick, with its type, the promise and the value; the first
// emission brings DEP0160.
process.removeAllListeners('warning')
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message))
console.log(process.eventNames())

let p1
process.on('multipleResolves', (type, promise, value) => {
  console.log('multipleResolves', type, promise === p1, value instanceof Error ? value.message : value)
})
p1 = new Promise((resolve, reject) => {
  resolve('first')
  resolve('second')
  reject(new Error('third'))
})
console.log('sync end')
const p2 = new Promise((resolve) => {
  resolve(1)
  throw new Error('thrown after resolve')
})
p2.then((v) => console.log('p2 fulfilled', v))
new Promise((resolve, reject) => setTimeout(() => {
  reject(new Error('late'))
  resolve('late resolve')
}, 1)).catch((e) => console.log('caught', e.message))
Promise.resolve().then(() => console.log('microtask'))
process.nextTick(() => console.log('tick'))
console.log(typeof Promise, Promise.name, new Promise(() => {}) instanceof Promise)
