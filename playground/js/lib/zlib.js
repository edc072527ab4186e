// The `zlib` module's classes and factories, without compression: the
// playground has no zlib. Express's tree needs the classes at load time
// (`destroy` checks `stream instanceof zlib.Gzip`, body-parser creates an
// inflater only for a request with a `Content-Encoding`), so they exist and
// are real Transform streams; any data written to one, and every
// one-shot function (`gzipSync`, `inflate`, ...), fails with a clear
// error naming the playground's limit.
'use strict';

const { Transform } = require('stream');

function unsupported(what) {
  const err = new Error(`${what}: the crib playground has no zlib (compression is not simulated)`);
  err.code = 'ERR_CRIB_ZLIB_UNSUPPORTED';
  return err;
}

class Zlib extends Transform {
  constructor(opts) {
    super(opts);
    this.bytesWritten = 0;
  }
  _transform(chunk, encoding, callback) {
    callback(unsupported(`zlib.${this.constructor.name}`));
  }
  params(level, strategy, callback) {
    if (typeof callback === 'function') process.nextTick(callback);
  }
  reset() {}
  close(callback) {
    if (typeof callback === 'function') this.once('close', callback);
    this.destroy();
  }
}

const classes = {};
const factories = {};
const oneShot = {};
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'BrotliCompress', 'BrotliDecompress']) {
  const Cls = { [name]: class extends Zlib {} }[name];
  classes[name] = Cls;
  factories[`create${name}`] = { [`create${name}`](options) { return new Cls(options); } }[`create${name}`];
  const lower = name[0].toLowerCase() + name.slice(1);
  oneShot[lower] = { [lower](buffer, opts, callback) {
    if (typeof opts === 'function') callback = opts;
    if (typeof callback !== 'function') throw unsupported(`zlib.${lower}`);
    process.nextTick(callback, unsupported(`zlib.${lower}`));
  } }[lower];
  oneShot[`${lower}Sync`] = { [`${lower}Sync`]() { throw unsupported(`zlib.${lower}Sync`); } }[`${lower}Sync`];
}

const constants = Object.freeze({
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1,
  Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3,
  Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4865, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4,
  DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
});

module.exports = { ...classes, ...factories, ...oneShot, constants, codes: Object.freeze({}) };
