// async functions run synchronously until their first await; every await
// of a settled value resumes one microtask turn later.
async function worker(name, steps) {
  console.log(name, 'start');
  for (let i = 1; i <= steps; i++) {
    await null;
    console.log(name, 'after await', i);
  }
  return name + ' done';
}
console.log('main start');
worker('A', 3).then(console.log);
worker('B', 1).then(console.log);
process.nextTick(() => console.log('tick'));
(async () => {
  console.log('C start');
  const v = await worker('D', 2);
  console.log('C got', v);
})();
console.log('main end');
