// printf-style specifiers in the first argument.
console.log('%s|%s|%s|%s', 'str', 42, { a: 1 }, [1, 2]);
console.log('%s %s %s %s', null, undefined, 12n, Symbol('s'));
console.log('%d|%d|%d|%d|%d', 42.9, '7', 'abc', 10n, -0);
console.log('%i|%i|%i', 42.9, '-7.5', 9007199254740993n);
console.log('%f|%f|%f', '3.25', 1, 'x');
console.log('%j', { a: [1, { b: 2 }] });
const circ = {}; circ.self = circ;
console.log('%j', circ);
console.log('%o', { a: [1, 2], f() {} });
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('%c styled %c text', 'color: red', 'font-weight: bold');
console.log('100%% done, %s', 'ok', 'extra', 1);
console.log('%s and %s', 'only one');
console.log('%x is not a specifier', 5);
console.log(5, '%s', 'not formatted because first arg is not a string');
console.log('%s', 'a', 'b');
