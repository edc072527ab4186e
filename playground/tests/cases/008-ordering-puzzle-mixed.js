// An ordering puzzle in the spirit of the "0 to 6" one: returning a promise
// from .then delays that chain by two turns relative to its neighbours.
Promise.resolve()
  .then(() => { console.log('A0'); return Promise.resolve('A4'); })
  .then((v) => console.log(v));
Promise.resolve()
  .then(() => console.log('B1'))
  .then(() => console.log('B2'))
  .then(() => console.log('B3'))
  .then(() => console.log('B5'))
  .then(() => console.log('B6'));
Promise.resolve()
  .then(() => ({ then: (r) => r('C3') }))
  .then((v) => console.log(v));
process.nextTick(() => console.log('tick first'));
