// .finally and .catch are .then underneath: .catch costs one turn like
// .then, .finally costs extra turns because it returns a promise internally.
let turn = 0;
(function count() { Promise.resolve().then(() => { console.log('turn', ++turn); if (turn < 6) count(); }); })();
Promise.resolve('v').finally(() => console.log('finally callback')).then((v) => console.log('after finally, value', v));
Promise.reject(new Error('e')).catch((e) => console.log('catch', e.message)).then(() => console.log('after catch'));
Promise.reject(new Error('f')).finally(() => console.log('finally on rejected')).catch((e) => console.log('rejection passes through finally:', e.message));
