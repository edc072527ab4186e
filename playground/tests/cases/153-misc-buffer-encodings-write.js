// More Buffer: utf16le, ascii, latin1 round trips, write() return values,
// fill, indexOf/includes, swap16, and toString ranges.
const b = Buffer.alloc(10);
console.log(b.write('héllo'), b, b.write('xy', 8), b.toString('utf8', 0, 6));
console.log(Buffer.from('hi€', 'utf16le'), Buffer.from('hi€', 'utf16le').toString('utf16le'));
console.log(Buffer.from('héllo', 'ascii'), Buffer.from([0xe9]).toString('latin1'), Buffer.from('é', 'latin1'));
console.log(Buffer.alloc(6).fill('ab', 1, 5), Buffer.alloc(3).fill(0x41).toString());
const hay = Buffer.from('one two two');
console.log(hay.indexOf('two'), hay.lastIndexOf('two'), hay.includes('three'), hay.indexOf(Buffer.from('o t')));
console.log(Buffer.from([1, 2, 3, 4]).swap16(), Buffer.from('abc').reverse().toString());
console.log(Buffer.from('zzz').toString('hex', 1), [...Buffer.from('AB').entries()]);
console.log(Buffer.from('€uro').length, 'Buffer.from(string) default utf8');
console.log(Buffer.from('hello').copy(b, 0, 1, 3), b.subarray(0, 2).toString());
