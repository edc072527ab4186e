// Buffer, typed arrays, ArrayBuffer and DataView formatting.
console.log(Buffer.from('hello world'));
console.log(Buffer.alloc(60, 1));
console.log(new Uint8Array([1, 2, 3]), new Int16Array(2), new Float64Array([1.5, -0]));
console.log(new Uint8Array(120));
console.log(new BigInt64Array([1n, -1n]));
console.log(new ArrayBuffer(4));
console.log(new DataView(new ArrayBuffer(2)));
console.log({ buf: Buffer.from([255, 0, 127]) });
console.log([new Uint8ClampedArray([300, -5])]);
