// Buffer: from/toString with utf8, hex, base64, base64url, latin1; concat,
// slice/subarray sharing memory, read/write integers, compare, equals.
const b = Buffer.from('Hello, Wörld!');
console.log(b.length, b.toString('hex'));
console.log(b.toString('base64'), Buffer.from('SGk/Pz8+', 'base64').toString(), Buffer.from([0xfb, 0xff]).toString('base64url'));
console.log(Buffer.from('48656c6c6f', 'hex').toString(), Buffer.from('caf\xe9', 'latin1'));
const c = Buffer.concat([Buffer.from('ab'), Buffer.from('cd'), Buffer.alloc(2)]);
console.log(c, c.length, Buffer.concat([Buffer.from('xyz')], 2).toString());
const sub = c.subarray(1, 3);
sub[0] = 0x42;
console.log('shared memory:', c.toString('utf8', 0, 4), sub.toString());
const n = Buffer.alloc(8);
n.writeUInt16BE(0x1234, 0);
n.writeUInt32LE(0xdeadbeef, 2);
n.writeInt8(-2, 6);
console.log(n, n.readUInt16BE(0), n.readUInt16LE(0).toString(16), n.readUInt32LE(2).toString(16), n.readInt8(6), n.readUInt8(6));
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.from('x').equals(Buffer.from('x')), Buffer.from('abc').indexOf('c'));
console.log(Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(1)), Buffer.byteLength('€'), Buffer.byteLength('aGk=', 'base64'));
console.log(JSON.stringify(Buffer.from('hi')), Buffer.from('hi') instanceof Uint8Array);
console.log(Buffer.alloc(3, 'ab'), Buffer.from('abc').toJSON(), b.slice(-6, -1).toString());
try { n.readUInt32LE(6); } catch (e) { console.log(e.code, e.name); }
