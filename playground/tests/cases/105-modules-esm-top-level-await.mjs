// Top-level await pauses module evaluation; timers, ticks and promises keep
// running meanwhile, and code after the await resumes in a microtask.
console.log('module start');
setTimeout(() => console.log('timer 10 ms'), 10);
process.nextTick(() => console.log('tick'));
const value = await new Promise((resolve) => setTimeout(() => resolve('resolved after 20 ms'), 20));
console.log('awaited:', value);
const results = await Promise.all([1, Promise.resolve(2), new Promise((r) => setTimeout(r, 5, 3))]);
console.log('all:', results);
try {
  await Promise.reject(new Error('rejected at top level'));
} catch (e) {
  console.log('caught:', e.message);
}
console.log('module end');
