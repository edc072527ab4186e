// console.log shows nested objects to depth 2, deeper ones as [Object] or
// [Array]; short objects stay on one line, empty ones are {} and [].
const deep = { level0: { level1: { level2: { level3: { level4: true } } } } };
console.log(deep);
console.log({ a: [1, [2, [3, [4, [5]]]]] });
console.log({ empty: {}, arr: [], nested: { e: {}, a: [] } });
console.log([[[[['too deep']]]]]);
console.log({ fn() {}, arrow: () => 1, key: 'value', n: 42, nil: null, undef: undefined });
console.log({ 'needs-quotes': 1, valid_id: 2, 3: 'numeric key', 'with space': 4, ümlaut: 5 });
