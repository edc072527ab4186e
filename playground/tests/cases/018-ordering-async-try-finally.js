// try/catch/finally around awaits: a rejected await throws at the await,
// finally runs before the caller sees the result, and a return inside
// finally overrides the value returned from try.
async function f(fail) {
  try {
    console.log('  try start', fail);
    await (fail ? Promise.reject(new Error('failed')) : null);
    console.log('  after await', fail);
    return 'try result';
  } catch (e) {
    console.log('  catch', e.message);
    return 'catch result';
  } finally {
    console.log('  finally', fail);
  }
}
async function overrides() {
  try { return 'from try'; } finally { return 'from finally'; }
}
(async () => {
  console.log(await f(false));
  console.log(await f(true));
  console.log(await overrides());
  try {
    await (async () => { throw new TypeError('thrown in async'); })();
  } catch (e) {
    console.log('caller caught', e.name);
  }
})();
console.log('sync end');
