// Larger mixed structures: indentation of nested multi-line values, arrays
// of objects, objects inside grouped arrays, and long keys.
const data = {
  users: [
    { id: 1, name: 'Ada', tags: ['math', 'poetry'], address: { city: 'London', zip: 'N1' } },
    { id: 2, name: 'Grace', tags: [], address: { city: 'Arlington', zip: '22201' } },
  ],
  meta: { total: 2, pages: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27] },
  aVeryLongPropertyNameThatKeepsGoingAndGoing: 'short value',
};
console.log(data);
console.log([[1, 2, [3, 4, [5, 6]]], { m: new Map([['k', [1, 2, 3]]]) }]);
console.log({ fn: function namedFunction() {}, list: ['one', 'two', 'three', 'four', 'five', 'six', 'seven'] });
console.log(Array.from({ length: 8 }, (_, i) => ({ i })));
