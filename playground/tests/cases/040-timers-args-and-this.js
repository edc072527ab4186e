// Extra arguments reach timer and immediate callbacks; `this` inside a
// timer callback (non-arrow) is the Timeout object itself.
setTimeout(function (a, b, c) {
  console.log('timeout args:', a, b, c, 'this is Timeout:', this.constructor.name);
  const imm = setImmediate(function (x) {
    console.log('immediate arg:', x, 'this is Immediate:', this === imm, imm.constructor.name);
    setTimeout(() => console.log('returns object:', typeof setTimeout(() => {}, 0)), 5);
  }, 'imm-arg');
}, 1, 1, 'two', [3]);
try { setTimeout('console.log(1)', 1); } catch (e) { console.log('string callback:', e.code); }
try { setImmediate(); } catch (e) { console.log('no callback:', e.code); }
try { setInterval(null); } catch (e) { console.log('null callback:', e.name); }
