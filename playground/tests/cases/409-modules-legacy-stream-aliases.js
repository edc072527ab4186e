// The legacy `_stream_*` modules are the stream classes themselves.
const stream = require('stream');
const names = { _stream_readable: 'Readable', _stream_writable: 'Writable', _stream_duplex: 'Duplex', _stream_transform: 'Transform', _stream_passthrough: 'PassThrough' };
for (const [m, c] of Object.entries(names)) console.log(m, require(m) === stream[c], require(m).name);
const Readable = require('_stream_readable');
Readable.from(['a', 'b']).on('data', (d) => console.log('data', d)).on('end', () => console.log('end'));
