// Awaiting timers one after another adds their delays; Promise.all runs
// them concurrently, so the shorter ones finish first.
const wait = (ms, label) => new Promise((r) => setTimeout(() => { console.log('  timer', label); r(label); }, ms));
(async () => {
  console.log('sequential');
  await wait(30, 'A');
  await wait(10, 'B');
  console.log('parallel');
  const out = await Promise.all([wait(60, 'C'), wait(10, 'D'), wait(35, 'E')]);
  console.log('results keep input order:', out);
  const winner = await Promise.race([wait(60, 'slow'), wait(10, 'fast')]);
  console.log('race winner:', winner);
})();
