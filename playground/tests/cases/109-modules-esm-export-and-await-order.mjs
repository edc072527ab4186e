// Exports in the entry module are allowed; async ordering under top-level
// await: awaiting a settled promise resumes after earlier microtasks.
export const answer = 42;
export default function hello() { return 'hello'; }
Promise.resolve().then(() => console.log('microtask queued before await'));
process.nextTick(() => console.log('tick queued before await'));
console.log('before await');
await null;
console.log('after await 1');
await null;
console.log('after await 2');
setImmediate(() => console.log('immediate'));
console.log('exports visible locally:', answer, hello());
