// An object or array is printed on one line when it fits in 72 columns
// (breakLength 80, minus indentation); otherwise one entry per line.
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'ddd' });
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddd' });
console.log({ a: 1, b: 'two', c: [3, 4, 5], d: { e: 'f' } });
console.log({ user: { name: 'Ada Lovelace', email: 'ada@example.org', roles: ['admin', 'author'] }, active: true });
console.log([{ id: 1, title: 'first item title' }, { id: 2, title: 'second item title' }, { id: 3 }]);
console.log(['a string that is fairly long', 'another string that is long', 'third']);
console.log({ k: Array.from({ length: 12 }, (_, i) => 'item' + i) });
console.log('prefix', { a: 1, b: 2 }, 'suffix', [1, 2]);
console.log({ key1: 'value number one', key2: 'value number two', key3: 'value three' });
