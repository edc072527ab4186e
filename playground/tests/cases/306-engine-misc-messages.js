// More of V8's words: Promise.any with every promise rejected, invalid array
// lengths, mixing BigInt with numbers, ToObject on undefined.
const tests = [
  () => new Array(-1),
  () => { const a = []; a.length = -1; },
  () => { const a = []; a.length = 1.5; },
  () => new Array(2 ** 32),
  () => 1n + 1,
  () => 2 * 3n,
  () => 1n < 2,
  () => 5n ** 2,
  () => Object.keys(undefined),
  () => Object.entries(null),
];
for (const t of tests) {
  try { console.log(t()); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
Promise.any([Promise.reject(new Error('a')), Promise.reject(2)]).catch((e) => {
  console.log(`${e.name}: ${e.message}`, e.errors.length, e instanceof AggregateError);
});
Promise.any([]).catch((e) => console.log(`${e.name}: ${e.message}`, e.errors));
