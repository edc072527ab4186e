// Arrays of more than 6 short items are grouped into aligned columns; more
// than 100 items end with "... N more items"; strings group too.
console.log(Array.from({ length: 10 }, (_, i) => i));
console.log(Array.from({ length: 30 }, (_, i) => i * 37 % 101));
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']);
console.log(Array.from({ length: 7 }, (_, i) => -i * 1.5));
console.log([1, 2, 3, 4, 5, 6]);
console.log(new Array(5));
console.log([undefined, null, NaN, -0, 0, Infinity, -Infinity]);
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)));
