// Multiple arguments are joined by single spaces, each inspected; an empty
// console.log prints an empty line; numbers and booleans print plainly.
console.log();
console.log('a', 1, true, null, undefined, 1.5e21, 1e-7, 0.1 + 0.2);
console.log('', '');
console.log([], {}, '', [''], { '': '' });
console.log(NaN, -Infinity, 2 ** 53, -(2 ** 31));
console.log('obj:', { a: 1 }, 'arr:', [1, 2]);
console.log(['a'], 'b', ['c', ['d']]);
console.log(typeof console.log, console.log.name);
