/**
 * `http`: HTTP/1.1 servers and clients over `net`'s in-memory loopback.
 *
 * Messages are serialised as real HTTP/1.1 text on the simulated sockets
 * and parsed on the other side (`internal/http_parser`), so raw `net`
 * clients and servers can talk to these ones. The classes follow Node 20's
 * `_http_outgoing`, `_http_server`, `_http_incoming`, `_http_client` and
 * `_http_agent`: function constructors (Express builds objects from their
 * prototypes), header casing and duplicate rules, default headers (Date,
 * Connection, Keep-Alive, Content-Length or chunked), error codes and
 * messages, keep-alive agents (the global agent keeps connections alive,
 * as in Node 20) and `server.close()` closing idle connections.
 */
'use strict';

const EventEmitter = require('events');
const Stream = require('stream');
const { Readable } = Stream;
const net = require('net');
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { HTTPParser } = require('internal/http_parser');

const {
  ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_HEADER_VALUE, ERR_HTTP_INVALID_STATUS_CODE,
  ERR_INVALID_HTTP_TOKEN, ERR_INVALID_CHAR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  ERR_STREAM_WRITE_AFTER_END, ERR_STREAM_DESTROYED, ERR_STREAM_NULL_VALUES, ERR_STREAM_ALREADY_FINISHED,
  ERR_METHOD_NOT_IMPLEMENTED, ERR_INVALID_PROTOCOL, ERR_UNESCAPED_CHARACTERS, ERR_HTTP_CONTENT_LENGTH_MISMATCH,
} = codes;

const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST',
  'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE',
  'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

const kOutHeaders = Symbol('kOutHeaders');
const kHeaders = Symbol('kHeaders');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kBytesWritten = Symbol('kBytesWritten');
const kHighWaterMark = 16384;
const CRLF = '\r\n';

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;
const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;

function checkIsHttpToken(val) { return tokenRegExp.test(val); }
function checkInvalidHeaderChar(val) { return headerCharRegex.test(val); }

function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('header content', name);
}

// Node's `utcDate()`: the response Date header, from the program's clock.
function utcDate() { return new Date().toUTCString(); }

function isCookieField(s) { return s.length === 6 && s.toLowerCase() === 'cookie'; }

// ---------------------------------------------------------------- IncomingMessage

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) streamOptions = { highWaterMark: socket.readableHighWaterMark };
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this.complete = false;
  this[kTrailers] = null;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', { __proto__: null,
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'headers', { __proto__: null,
  get() {
    if (!this[kHeaders]) {
      this[kHeaders] = {};
      const src = this.rawHeaders;
      const dst = this[kHeaders];
      for (let n = 0; n < this[kHeadersCount]; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
    }
    return this[kHeaders];
  },
  set(val) { this[kHeaders] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', { __proto__: null,
  get() {
    if (!this[kHeadersDistinct]) {
      this[kHeadersDistinct] = {};
      const src = this.rawHeaders;
      const dst = this[kHeadersDistinct];
      for (let n = 0; n < this[kHeadersCount]; n += 2) {
        const field = src[n].toLowerCase();
        if (!dst[field]) dst[field] = [src[n + 1]];
        else dst[field].push(src[n + 1]);
      }
    }
    return this[kHeadersDistinct];
  },
  set(val) { this[kHeadersDistinct] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', { __proto__: null,
  get() { if (!this[kTrailers]) this[kTrailers] = {}; return this[kTrailers]; },
  set(val) { this[kTrailers] = val; },
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
  }
  // Node: an error is emitted only if there are listeners for it.
  process.nextTick(() => (this.listenerCount('error') === 0 ? cb() : cb(err)));
};

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    const dest = this.complete ? this.trailers : this.headers;
    for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
  }
};

function matchKnownFields(field, lowercased) {
  switch (field.length) {
    case 3: if (field === 'Age' || field === 'age') return 'age'; break;
    case 4:
      if (field === 'Host' || field === 'host') return 'host';
      if (field === 'From' || field === 'from') return 'from';
      if (field === 'ETag' || field === 'etag') return 'etag';
      if (field === 'Date' || field === 'date') return '\u0000date';
      if (field === 'Vary' || field === 'vary') return '\u0000vary';
      break;
    case 6:
      if (field === 'Server' || field === 'server') return 'server';
      if (field === 'Cookie' || field === 'cookie') return '\u0002cookie';
      if (field === 'Origin' || field === 'origin') return '\u0000origin';
      if (field === 'Expect' || field === 'expect') return '\u0000expect';
      if (field === 'Accept' || field === 'accept') return '\u0000accept';
      break;
    case 7:
      if (field === 'Referer' || field === 'referer') return 'referer';
      if (field === 'Expires' || field === 'expires') return 'expires';
      if (field === 'Upgrade' || field === 'upgrade') return '\u0000upgrade';
      break;
    case 8:
      if (field === 'Location' || field === 'location') return 'location';
      if (field === 'If-Match' || field === 'if-match') return '\u0000if-match';
      break;
    case 10:
      if (field === 'User-Agent' || field === 'user-agent') return 'user-agent';
      if (field === 'Set-Cookie' || field === 'set-cookie') return '\u0001';
      if (field === 'Connection' || field === 'connection') return '\u0000connection';
      break;
    case 11: if (field === 'Retry-After' || field === 'retry-after') return 'retry-after'; break;
    case 12:
      if (field === 'Content-Type' || field === 'content-type') return 'content-type';
      if (field === 'Max-Forwards' || field === 'max-forwards') return 'max-forwards';
      break;
    case 13:
      if (field === 'Authorization' || field === 'authorization') return 'authorization';
      if (field === 'Last-Modified' || field === 'last-modified') return 'last-modified';
      if (field === 'Cache-Control' || field === 'cache-control') return '\u0000cache-control';
      if (field === 'If-None-Match' || field === 'if-none-match') return '\u0000if-none-match';
      break;
    case 14: if (field === 'Content-Length' || field === 'content-length') return 'content-length'; break;
    case 15:
      if (field === 'Accept-Encoding' || field === 'accept-encoding') return '\u0000accept-encoding';
      if (field === 'Accept-Language' || field === 'accept-language') return '\u0000accept-language';
      if (field === 'X-Forwarded-For' || field === 'x-forwarded-for') return '\u0000x-forwarded-for';
      break;
    case 16:
      if (field === 'Content-Encoding' || field === 'content-encoding') return '\u0000content-encoding';
      if (field === 'X-Forwarded-Host' || field === 'x-forwarded-host') return '\u0000x-forwarded-host';
      break;
    case 17:
      if (field === 'If-Modified-Since' || field === 'if-modified-since') return 'if-modified-since';
      if (field === 'Transfer-Encoding' || field === 'transfer-encoding') return '\u0000transfer-encoding';
      if (field === 'X-Forwarded-Proto' || field === 'x-forwarded-proto') return '\u0000x-forwarded-proto';
      break;
    case 19:
      if (field === 'Proxy-Authorization' || field === 'proxy-authorization') return 'proxy-authorization';
      if (field === 'If-Unmodified-Since' || field === 'if-unmodified-since') return 'if-unmodified-since';
      break;
  }
  if (lowercased) return '\u0000' + field;
  return matchKnownFields(field.toLowerCase(), true);
}

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  field = matchKnownFields(field);
  const flag = field.charCodeAt(0);
  if (flag === 0 || flag === 2) {
    field = field.slice(1);
    if (typeof dest[field] === 'string') dest[field] += (flag === 0 ? ', ' : '; ') + value;
    else dest[field] = value;
  } else if (flag === 1) {
    if (dest['set-cookie'] !== undefined) dest['set-cookie'].push(value);
    else dest['set-cookie'] = [value];
  } else if (this.joinDuplicateHeaders) {
    if (dest[field] === undefined) dest[field] = value;
    else dest[field] += ', ' + value;
  } else if (dest[field] === undefined) {
    dest[field] = value;
  }
};

IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

// ---------------------------------------------------------------- OutgoingMessage

function OutgoingMessage(options) {
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this.strictContentLength = false;
  this[kBytesWritten] = 0;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this.finished = false;
  this._headerSent = false;
  this.socket = null;
  this._header = null;
  this[kOutHeaders] = null;
  this._keepAliveTimeout = 0;
  this._onPendingData = () => {};
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

Object.defineProperties(OutgoingMessage.prototype, {
  errored: { __proto__: null, get() { return this._errored || null; } },
  closed: { __proto__: null, get() { return this._closed || false; } },
  writableFinished: { __proto__: null,
    get() { return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0); },
  },
  writableObjectMode: { __proto__: null, get() { return false; } },
  writableLength: { __proto__: null, get() { return this.outputSize + (this.socket ? this.socket.writableLength : 0); } },
  writableHighWaterMark: { __proto__: null, get() { return this.socket ? this.socket.writableHighWaterMark : kHighWaterMark; } },
  writableCorked: { __proto__: null, get() { return this.socket ? this.socket.writableCorked : 0; } },
  writableEnded: { __proto__: null, get() { return this.finished; } },
  writableNeedDrain: { __proto__: null, get() { return !this.destroyed && !this.finished && this[kNeedDrain]; } },
  connection: { __proto__: null, get() { return this.socket; }, set(val) { this.socket = val; } },
  headersSent: { __proto__: null, get() { return !!this._header; } },
  _headers: { __proto__: null,
    get() { return this.getHeaders(); },
    set(val) {
      if (val == null) this[kOutHeaders] = null;
      else if (typeof val === 'object') {
        const headers = this[kOutHeaders] = Object.create(null);
        for (const name of Object.keys(val)) headers[name.toLowerCase()] = [name, val[name]];
      }
    },
  },
});
const kNeedDrain = Symbol('kNeedDrain');

OutgoingMessage.prototype.cork = function cork() { if (this.socket) this.socket.cork(); };
OutgoingMessage.prototype.uncork = function uncork() { if (this.socket) this.socket.uncork(); };

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) this.once('socket', (socket) => socket.setTimeout(msecs));
  else this.socket.setTimeout(msecs);
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this._errored = error;
  if (this.socket) this.socket.destroy(error);
  else this.once('socket', (socket) => socket.destroy(error));
  return this;
};

OutgoingMessage.prototype._send = function _send(data, encoding, callback) {
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      this.outputData.unshift({ data: this._header, encoding: 'latin1', callback: null });
      this.outputSize += this._header.length;
      this._onPendingData(this._header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback) {
  const conn = this.socket;
  if (conn && conn.destroyed) return false;
  if (typeof encoding === 'function') { callback = encoding; encoding = null; }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < kHighWaterMark;
};

OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
  const state = { connection: false, contLen: false, te: false, date: false, expect: false, trailer: false, header: firstLine };
  if (headers) {
    if (headers === this[kOutHeaders]) {
      for (const key in headers) {
        const entry = headers[key];
        processHeader(this, state, entry[0], entry[1], false);
      }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (const entry of headers) processHeader(this, state, entry[0], entry[1], true);
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let n = 0; n < headers.length; n += 2) processHeader(this, state, headers[n], headers[n + 1], true);
      }
    } else {
      for (const key in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, key)) processHeader(this, state, key, headers[key], true);
      }
    }
  }
  let { header } = state;
  if (this.sendDate && !state.date) header += 'Date: ' + utcDate() + CRLF;
  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this.chunkedEncoding = false;
    this.shouldKeepAlive = false;
  }
  if (this._removedConnection) {
    this._last = !this.shouldKeepAlive;
  } else if (!state.connection) {
    const shouldSendKeepAlive = this.shouldKeepAlive && (state.contLen || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      header += 'Connection: close\r\n';
    } else if (shouldSendKeepAlive) {
      header += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        header += `Keep-Alive: timeout=${Math.floor(this._keepAliveTimeout / 1000)}\r\n`;
      }
    } else {
      this._last = true;
      header += 'Connection: close\r\n';
    }
  }
  if (!state.contLen && !state.te) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
      header += 'Content-Length: ' + this._contentLength + CRLF;
    } else if (!this._removedTE) {
      header += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      this._last = true;
    }
  }
  if (this.chunkedEncoding !== true && state.trailer) {
    throw new codes.ERR_HTTP_TRAILER_INVALID();
  }
  this._header = header + CRLF;
  this._headerSent = false;
  if (state.expect) this._send('');
};

function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  if (Array.isArray(value)) {
    if ((value.length < 2 || !isCookieField(key)) && (!self[kUniqueHeaders] || !self[kUniqueHeaders].has(key.toLowerCase()))) {
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}
const kUniqueHeaders = Symbol('kUniqueHeaders');

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  state.header += key + ': ' + value + CRLF;
  matchHeader(self, state, key, value);
}

function matchHeader(self, state, field, value) {
  if (field.length < 4 || field.length > 17) return;
  field = field.toLowerCase();
  switch (field) {
    case 'connection':
      state.connection = true;
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      self._removedTE = false;
      if (chunkExpression.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
      state[field] = true;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = Object.create(null);
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  for (const key of headers.keys()) this.setHeader(key, headers.get(key));
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const field = name.toLowerCase();
  const headers = this[kOutHeaders];
  if (headers === null || !headers[field]) return this.setHeader(name, value);
  if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
  const existing = headers[field][1];
  if (Array.isArray(value)) existing.push(...value);
  else existing.push(value);
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  const headers = this[kOutHeaders];
  if (headers === null) return;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headersMap = this[kOutHeaders];
  if (headersMap === null) return [];
  return Object.values(headersMap).map((e) => e[0]);
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const ret = Object.create(null);
  if (headers) {
    for (const key of Object.keys(headers)) ret[key] = headers[key][1];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') { callback = encoding; encoding = null; }
  const ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function onError(msg, err, callback) {
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  if (typeof callback === 'function') callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function byteLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = () => {};
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  else if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }
  let len;
  if (msg.strictContentLength) {
    len = len ?? byteLength(chunk, encoding);
    if (typeof msg._contentLength === 'number' && msg[kBytesWritten] + len > msg._contentLength) {
      throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(len + msg[kBytesWritten], msg._contentLength);
    }
    msg[kBytesWritten] += len;
  }
  if (!msg._header) {
    if (fromEnd) {
      len = len ?? byteLength(chunk, encoding);
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    process.nextTick(callback);
    return true;
  }
  if (msg.chunkedEncoding && chunk.length !== 0) {
    len = len ?? byteLength(chunk, encoding);
    msg._send(len.toString(16), 'latin1', null);
    msg._send(CRLF, 'latin1', null);
    msg._send(chunk, encoding, null);
    return msg._send(CRLF, 'latin1', callback);
  }
  return msg._send(chunk, encoding, callback);
}

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  for (let i = 0; i < keys.length; i++) {
    let field, value;
    if (isArray) { field = headers[keys[i]][0]; value = headers[keys[i]][1]; }
    else { field = keys[i]; value = headers[field]; }
    validateHeaderName(field, 'Trailer name');
    if (Array.isArray(value) && value.length > 1 && (!this[kUniqueHeaders] || !this[kUniqueHeaders].has(field.toLowerCase()))) {
      for (const v of value) {
        if (checkInvalidHeaderChar(v)) throw new ERR_INVALID_CHAR('trailer content', field);
        this._trailer += field + ': ' + v + CRLF;
      }
    } else {
      if (Array.isArray(value)) value = value.join('; ');
      if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('trailer content', field);
      this._trailer += field + ': ' + value + CRLF;
    }
  }
};

function onFinish(outmsg) {
  if (outmsg && outmsg.socket && outmsg.socket._hadError) return;
  outmsg.emit('finish');
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') { callback = chunk; chunk = null; encoding = null; }
  else if (typeof encoding === 'function') { callback = encoding; encoding = null; }
  if (chunk) {
    if (this.finished) {
      onError(this, new ERR_STREAM_WRITE_AFTER_END(), typeof callback !== 'function' ? () => {} : callback);
      return this;
    }
    write_(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (!this._header) {
    this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') this.once('finish', callback);
  if (this.strictContentLength && typeof this._contentLength === 'number' && this[kBytesWritten] !== this._contentLength) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this[kBytesWritten], this._contentLength);
  }
  const finish = onFinish.bind(undefined, this);
  if (this._hasBody && this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }
  this.finished = true;
  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
  return this;
};

OutgoingMessage.prototype._finish = function _finish() {
  this.emit('prefinish');
};

OutgoingMessage.prototype._flush = function _flush() {
  const socket = this.socket;
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) this._finish();
    else if (ret && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  const outputData = this.outputData;
  let ret;
  for (const { data, encoding, callback } of outputData) {
    ret = socket.write(data, encoding, callback);
  }
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new codes.ERR_STREAM_CANNOT_PIPE());
};

// ---------------------------------------------------------------- ServerResponse

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te || '');
    this.shouldKeepAlive = false;
  }
  this.statusCode = 200;
  this.statusMessage = undefined;
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new codes.ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

function onServerResponseClose() {
  const msg = this._httpMessage;
  if (msg) {
    msg.destroyed = true;
    msg._closed = true;
    msg.emit('close');
  }
}

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  for (const key of Object.keys(hints)) head += key + ': ' + hints[key] + CRLF;
  this._writeRaw(head + CRLF, 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;
  let headers;
  if (this[kOutHeaders]) {
    if (Array.isArray(obj)) {
      if (obj.length && Array.isArray(obj[0])) {
        for (const [k, v] of obj) if (k) this.appendHeader(k, v);
      } else {
        if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
        for (let n = 0; n < obj.length; n += 2) {
          const k = obj[n + 0];
          this.removeHeader(k);
        }
        for (let n = 0; n < obj.length; n += 2) {
          const k = obj[n + 0];
          if (k) this.appendHeader(k, obj[n + 1]);
        }
      }
    } else if (obj) {
      for (const k of Object.keys(obj)) {
        if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  if (checkInvalidHeaderChar(this.statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');
  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// ---------------------------------------------------------------- Server

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  this.requireHostHeader = options.requireHostHeader !== false;
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  net.Server.call(this, { allowHalfOpen: true, noDelay: options.noDelay ?? true, keepAlive: options.keepAlive });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.headersTimeout = 60000;
  this.requestTimeout = 300000;
  this.keepAliveTimeout = 5000;
}
const kIncomingMessage = Symbol('IncomingMessage');
const kServerResponse = Symbol('ServerResponse');
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.close = function close() {
  this.closeIdleConnections();
  return net.Server.prototype.close.apply(this, arguments);
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const socket of Array.from(this._conns)) socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const socket of Array.from(this._conns)) {
    const state = socket._httpState;
    if (state && state.incoming.length === 0 && !state.parsing) socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

function connectionListener(socket) {
  const server = this;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', () => {
    const req = socket.parser && socket._httpState.incoming[0];
    const reqTimeout = req && !req.complete && req.emit('timeout', socket);
    const res = socket._httpMessage;
    const resTimeout = res && res.emit('timeout', socket);
    const serverTimeout = server.emit('timeout', socket);
    if (!reqTimeout && !resTimeout && !serverTimeout) socket.destroy();
  });
  socket._dataLabel = 'http response data';
  const state = { incoming: [], outgoing: [], parsing: false, keepAliveTimer: false };
  socket._httpState = state;
  const parser = new HTTPParser('request');
  socket.parser = parser;
  let req = null;
  parser.onHeaders = (info) => {
    state.parsing = true;
    if (state.keepAliveTimer) {
      state.keepAliveTimer = false;
      socket.setTimeout(server.timeout || 0);
    }
    req = new server[kIncomingMessage](socket);
    req.httpVersionMajor = info.versionMajor;
    req.httpVersionMinor = info.versionMinor;
    req.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
    req.url = info.url;
    req.method = info.method;
    req.rawHeaders = info.rawHeaders;
    req[kHeadersCount] = info.rawHeaders.length;
    req.joinDuplicateHeaders = !!server.joinDuplicateHeaders;
    req.upgrade = false;
    state.incoming.push(req);
    const res = new server[kServerResponse](req);
    res.shouldKeepAlive = info.shouldKeepAlive;
    res._keepAliveTimeout = server.keepAliveTimeout;
    if (socket._httpMessage) state.outgoing.push(res);
    else res.assignSocket(socket);
    res.on('finish', resOnFinish.bind(undefined, req, res, socket, state, server));
    // A step of the request's life for the visualiser (nothing unless traced).
    const step = `request ${req.method} ${req.url}`;
    host.traceEnter(step);
    try {
      server.emit('request', req, res);
    } finally {
      host.traceLeave(step);
    }
  };
  parser.onBody = (buf) => {
    if (req && !req._dumped) req.push(buf);
  };
  parser.onComplete = () => {
    state.parsing = false;
    if (req) {
      req.complete = true;
      req.push(null);
      req = null;
    }
  };
  parser.onError = (err) => {
    socketOnError.call(socket, Object.assign(err, { bytesParsed: 0, rawPacket: parser.buf }), server);
  };
  socket.on('data', (d) => parser.execute(d));
  socket.on('end', () => {
    // Half-closed by the client: answer what is in flight, then close.
    if (state.incoming.length === 0 && socket.writable) socket.end();
  });
  socket.on('error', (e) => socketOnError.call(socket, e, server));
  socket.on('close', () => {
    for (const r of state.incoming) {
      if (!r.complete) r.destroy();
    }
  });
}

function socketOnError(e, server) {
  this.removeAllListeners('data');
  if (!server.emit('clientError', e, this)) {
    if (this.writable && e.code && e.code.startsWith('HPE_')) {
      this.write('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    }
    this.destroy(e.code && e.code.startsWith('HPE_') ? undefined : e);
  }
}

function resOnFinish(req, res, socket, state, server) {
  const i = state.incoming.indexOf(req);
  if (i !== -1) state.incoming.splice(i, 1);
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  process.nextTick(() => {
    res._closed = true;
    res.emit('close');
  });
  if (res._last) {
    socket.destroySoon();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout);
      state.keepAliveTimer = true;
    }
  } else {
    const m = state.outgoing.shift();
    if (m) m.assignSocket(socket);
  }
}

// ---------------------------------------------------------------- Agent

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = { __proto__: null, ...options };
  if (this.options.noDelay === undefined) this.options.noDelay = true;
  this.options.path = null;
  this.requests = Object.create(null);
  this.sockets = Object.create(null);
  this.freeSockets = Object.create(null);
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  this.maxTotalSockets = this.options.maxTotalSockets;
  this.totalSocketCount = 0;
  this.on('free', (socket, options) => {
    const name = this.getName(options);
    const req = socket._httpMessage;
    if (!req || !req.shouldKeepAlive || !this.keepAlive || socket.destroyed) {
      socket.destroy();
      return;
    }
    const list = this.freeSockets[name] || (this.freeSockets[name] = []);
    removeSocket(this.sockets, name, socket);
    socket._httpMessage = null;
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    const agentTimeout = this.options.timeout || 0;
    if (socket.timeout !== agentTimeout) socket.setTimeout(agentTimeout);
    list.push(socket);
  });
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);
Agent.defaultMaxSockets = Infinity;

function removeSocket(pool, name, socket) {
  const list = pool[name];
  if (!list) return;
  const i = list.indexOf(socket);
  if (i !== -1) list.splice(i, 1);
  if (list.length === 0) delete pool[name];
}

Agent.prototype.getName = function getName(options = {}) {
  let name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += `:${options.family}`;
  return name;
};

Agent.prototype.createConnection = function createConnection(options, cb) {
  return net.createConnection(options, cb);
};

Agent.prototype.addRequest = function addRequest(req, options) {
  options = { __proto__: null, ...options, ...this.options };
  const name = this.getName(options);
  const free = this.freeSockets[name];
  if (free && free.length) {
    const socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
    if (free.length === 0) delete this.freeSockets[name];
    socket.ref();
    socket.setTimeout(0);
    (this.sockets[name] || (this.sockets[name] = [])).push(socket);
    req.reusedSocket = true;
    socket._httpMessage = req;
    req.onSocket(socket, true);
    return;
  }
  const socket = this.createConnection({ ...options, port: options.port, host: options.host });
  this.totalSocketCount++;
  (this.sockets[name] || (this.sockets[name] = [])).push(socket);
  const onClose = () => {
    removeSocket(this.sockets, name, socket);
    removeSocket(this.freeSockets, name, socket);
    this.totalSocketCount--;
  };
  socket.once('close', onClose);
  socket.on('timeout', () => {
    if (!socket._httpMessage) socket.destroy();
  });
  socket.on('end', () => { if (!socket._httpMessage) socket.destroy(); });
  req.onSocket(socket);
};

Agent.prototype.destroy = function destroy() {
  for (const pool of [this.freeSockets, this.sockets]) {
    for (const name of Object.keys(pool)) for (const s of pool[name].slice()) s.destroy();
  }
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// ---------------------------------------------------------------- ClientRequest

const INVALID_PATH_REGEX = /[^\u0021-\u00ff]/;

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);
  if (typeof input === 'string') {
    input = require('url').urlToHttpOptions(new URL(input));
  } else if (input instanceof URL) {
    input = require('url').urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || { __proto__: null };
  } else {
    options = Object.assign(input || {}, options);
  }
  let agent = options.agent;
  const defaultAgent = options._defaultAgent || globalAgent;
  if (agent === false) agent = new defaultAgent.constructor();
  else if (agent === null || agent === undefined) agent = defaultAgent;
  this.agent = agent;
  const protocol = options.protocol || defaultAgent.protocol;
  let expectedProtocol = defaultAgent.protocol;
  if (this.agent && this.agent.protocol) expectedProtocol = this.agent.protocol;
  if (options.path) {
    const path = String(options.path);
    if (INVALID_PATH_REGEX.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
  }
  if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);
  const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort);
  const port = options.port = options.port || defaultPort || 80;
  const host = options.host = validateHost(options.hostname, 'hostname') || validateHost(options.host, 'host') || 'localhost';
  const setHost = options.setHost === undefined || Boolean(options.setHost);
  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) this.timeout = options.timeout;
  let method = options.method;
  if (method != null && typeof method !== 'string') throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  if (method) {
    if (!checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
    method = this.method = method.toUpperCase();
  } else {
    method = this.method = 'GET';
  }
  this.maxHeaderSize = options.maxHeaderSize;
  this.insecureHTTPParser = false;
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  this.path = options.path || '/';
  if (cb) this.once('response', cb);
  if (method === 'GET' || method === 'HEAD' || method === 'DELETE' || method === 'OPTIONS' || method === 'TRACE' || method === 'CONNECT') {
    this.useChunkedEncodingByDefault = false;
  } else {
    this.useChunkedEncodingByDefault = true;
  }
  this._ended = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.host = host;
  this.protocol = protocol;
  if (this.agent) {
    if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
  }
  const headersArray = Array.isArray(options.headers);
  if (!headersArray) {
    if (options.headers) {
      for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
    }
    if (host && !this.getHeader('host') && setHost) {
      let hostHeader = host;
      const posColon = hostHeader.indexOf(':');
      if (posColon !== -1 && hostHeader.includes(':', posColon + 1) && hostHeader.charCodeAt(0) !== 91) {
        hostHeader = `[${hostHeader}]`;
      }
      if (port && +port !== defaultPort) hostHeader += ':' + port;
      this.setHeader('Host', hostHeader);
    }
    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
    }
  } else {
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', options.headers);
  }
  this[kOptions] = options;
  this.agent.addRequest(this, options);
}
const kOptions = Symbol('kOptions');
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}


Object.defineProperty(ClientRequest.prototype, 'path', { __proto__: null, writable: true, value: '/' });

ClientRequest.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[kOutHeaders]);
};

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(() => this.emit('abort'));
  this.destroy();
};

ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  this[kError] = err;
  if (this.socket) this.socket.destroy(err);
  else if (err) process.nextTick(() => { this.emit('error', err); this.emit('close'); });
  return this;
};
const kError = Symbol('kError');

ClientRequest.prototype.onSocket = function onSocket(socket, err) {
  process.nextTick(onSocketNT, this, socket, err);
};

function onSocketNT(req, socket) {
  if (req.destroyed) {
    socket.destroy();
    return;
  }
  tickOnSocket(req, socket);
  req._flush();
}

function tickOnSocket(req, socket) {
  const parser = new HTTPParser('response');
  parser.expectNoBody = req.method === 'HEAD';
  socket._dataLabel = 'http request data';
  req.socket = socket;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  let res = null;
  parser.onHeaders = (info) => {
    res = new IncomingMessage(socket);
    res.httpVersionMajor = info.versionMajor;
    res.httpVersionMinor = info.versionMinor;
    res.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
    res.statusCode = info.statusCode;
    res.statusMessage = info.statusMessage;
    res.rawHeaders = info.rawHeaders;
    res[kHeadersCount] = info.rawHeaders.length;
    res.joinDuplicateHeaders = !!req.joinDuplicateHeaders;
    if (info.statusCode >= 100 && info.statusCode < 200 && info.statusCode !== 101) {
      req.emit('information', { statusCode: info.statusCode, statusMessage: info.statusMessage, httpVersion: res.httpVersion, headers: res.headers, rawHeaders: res.rawHeaders });
      res = null;
      return;
    }
    req.res = res;
    res.req = req;
    if (req.shouldKeepAlive && !info.shouldKeepAlive) req.shouldKeepAlive = false;
    const step = `response ${info.statusCode} ${info.statusMessage || ''}`.trimEnd();
    host.traceEnter(step);
    try {
      if (req.aborted || !req.emit('response', res)) res._dump();
    } finally {
      host.traceLeave(step);
    }
  };
  parser.onBody = (buf) => {
    if (res && !res._dumped) res.push(buf);
  };
  parser.onComplete = () => {
    if (!res) return;
    const r = res;
    res = null;
    r.complete = true;
    r.push(null);
    responseOnEnd(req, r, socket);
  };
  parser.onError = (err) => {
    req.emit('error', err);
    socket.destroy();
  };
  const onData = (d) => parser.execute(d);
  const onEnd = () => {
    parser.finish();
    if (!req.res && !socket._hadError) {
      socket._hadError = true;
      req.emit('error', connResetException('socket hang up'));
    }
    socket.destroy();
  };
  const onError = (err) => {
    if (req.socket !== socket) return;
    socket._hadError = true;
    req.emit('error', err);
  };
  const onClose = () => {
    if (req.socket !== socket) return;
    cleanup();
    if (req.res && !req.res.complete) {
      req.res.destroy(connResetException('aborted'));
    } else if (!req.res && !socket._hadError) {
      socket._hadError = true;
      req.emit('error', connResetException('socket hang up'));
    }
    req.destroyed = true;
    req._closed = true;
    req.emit('close');
  };
  const cleanup = () => {
    socket.removeListener('data', onData);
    socket.removeListener('end', onEnd);
    socket.removeListener('error', onError);
    socket.removeListener('close', onClose);
    socket.parser = null;
  };
  req[kCleanup] = cleanup;
  socket.on('data', onData);
  socket.on('end', onEnd);
  socket.on('error', onError);
  socket.on('close', onClose);
  if (req.timeout !== undefined) req.setTimeout(req.timeout);
  req.emit('socket', socket);
}
const kCleanup = Symbol('kCleanup');

function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function responseOnEnd(req, res, socket) {
  if (!req.shouldKeepAlive || res._last) {
    req[kCleanup]();
    socket.destroySoon();
    socket.once('close', () => {
      req.destroyed = true;
      req._closed = true;
      req.emit('close');
    });
  } else if (req.writableFinished) {
    responseKeepAlive(req, socket);
  } else {
    req.once('finish', () => responseKeepAlive(req, socket));
  }
}

function responseKeepAlive(req, socket) {
  req[kCleanup]();
  req.agent.emit('free', socket, req[kOptions]);
  req.destroyed = true;
  process.nextTick(() => {
    req._closed = true;
    req.emit('close');
  });
}

ClientRequest.prototype._flush = function _flush() {
  const socket = this.socket;
  if (!socket) return;
  if (socket.connecting) {
    socket.once('connect', () => this._flush());
    return;
  }
  OutgoingMessage.prototype._flush.call(this);
};

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.once('timeout', callback);
  const apply = (socket) => {
    socket.setTimeout(msecs);
    socket.on('timeout', () => this.emit('timeout'));
  };
  if (this.socket) apply(this.socket);
  else this.once('socket', apply);
  return this;
};

ClientRequest.prototype.setNoDelay = function setNoDelay() {};
ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive() {};
ClientRequest.prototype.clearTimeout = function clearTimeout(cb) { this.setTimeout(0, cb); };

// ---------------------------------------------------------------- module

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  _connectionListener: connectionListener,
  METHODS: METHODS.slice().sort(),
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers() {},
  maxHeaderSize: 16384,
  globalAgent,
};
