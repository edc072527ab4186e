/**
 * `net`: TCP over an in-memory loopback, on the virtual clock.
 *
 * There is no network: a per-run port table maps ports to listening
 * servers, and a connection is a pair of `Socket`s (real Duplex streams)
 * whose writes cross to the peer through `host.io` (the poll phase).
 * Latencies, fixed so that output order is deterministic:
 * - connecting (name lookup + handshake): `CONNECT_MS` = 1 ms; the server's
 *   `'connection'` runs first, then the client's `'connect'`, in one poll;
 * - data, end of data and a peer's close: `DATA_MS` = 0.5 ms per crossing;
 *   writes made in one callback arrive together, as one `'data'` chunk.
 * Hosts other than localhost, 127.0.0.1 and ::1 fail as in an offline Node
 * (`getaddrinfo ENOTFOUND`), with a note. A listening server and an
 * accepted socket are ref'd handles (`host.keepAlive`): if only idle ones
 * are left, the run ends with a note (Node would wait forever).
 */
'use strict';

const EventEmitter = require('events');
const { Duplex } = require('stream');
const { codes, setStack } = require('internal/errors');
const { Buffer } = require('buffer');

const CONNECT_MS = 1;
const DATA_MS = 0.5;
const FIRST_EPHEMERAL = 40123;

const ports = new Map(); // port -> Server
let nextEphemeral = FIRST_EPHEMERAL;
let nextHandle = 1;
let nextClientPort = 50000;

function named(name, fn) {
  return Object.defineProperty(fn, 'name', { __proto__: null, value: name });
}

function later(label, fn, ms) {
  host.io(named(label, fn), ms);
}

const NODE_STACK = {
  connect: '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)',
  getaddrinfo: '    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:122:26)',
  listen: '    at Server.setupListenHandle [as _listen2] (node:net:1915:16)\n    at listenInCluster (node:net:1963:12)\n    at Server.listen (node:net:2065:7)',
};

function connRefused(address, port) {
  const err = new Error(`connect ECONNREFUSED ${address}:${port}`);
  setStack(err, `Error: ${err.message}`, '\n' + NODE_STACK.connect);
  Object.assign(err, { errno: -111, code: 'ECONNREFUSED', syscall: 'connect', address, port });
  return err;
}

function notFound(hostname) {
  const err = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
  setStack(err, `Error: ${err.message}`, '\n' + NODE_STACK.getaddrinfo);
  Object.assign(err, { errno: -3008, code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname });
  return err;
}

function addrInUse(address, port) {
  const err = new Error(`listen EADDRINUSE: address already in use ${address}:${port}`);
  setStack(err, `Error: ${err.message}`, '\n' + NODE_STACK.listen);
  Object.assign(err, { code: 'EADDRINUSE', errno: -98, syscall: 'listen', address, port });
  return err;
}

function noteOffline(hostname) {
  host.note(`The playground has no network: only servers started by the program itself (localhost) answer; "${hostname}" fails as in an offline Node (getaddrinfo ENOTFOUND).`);
}

const IPv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
function isIPv4(s) { return IPv4.test(String(s)); }
function isIPv6(s) {
  s = String(s);
  if (!s.includes(':')) return false;
  const zone = s.indexOf('%');
  if (zone !== -1) s = s.slice(0, zone);
  let parts = s.split('::');
  if (parts.length > 2) return false;
  const groups = (p) => (p === '' ? [] : p.split(':'));
  let head = groups(parts[0]);
  let tail = parts.length === 2 ? groups(parts[1]) : [];
  const all = head.concat(tail);
  let count = all.length;
  const last = all[all.length - 1];
  if (last !== undefined && last.includes('.')) {
    if (!isIPv4(last)) return false;
    count += 1;
    all.pop();
  }
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return parts.length === 2 ? count < 8 : count === 8;
}
function isIP(s) { return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0; }

const LOCAL = new Set(['localhost', '127.0.0.1', '::1', '0.0.0.0', '::', '']);

// ---------------------------------------------------------------- Socket

class Socket extends Duplex {
  constructor(options = {}) {
    super({ allowHalfOpen: !!options.allowHalfOpen, emitClose: false, autoDestroy: true, decodeStrings: false });
    this.connecting = false;
    this._peer = null;
    this._outbox = null;
    this._handleId = 0;
    this._hadError = false;
    // The trace label of this socket's data crossings (http names them).
    this._dataLabel = null;
    this._timeoutMs = 0;
    this._timer = null;
    this._refed = true;
    this.server = null;
    this._server = null;
    this.bytesRead = 0;
    this._bytesDispatched = 0;
    this.remoteAddress = undefined;
    this.remotePort = undefined;
    this.remoteFamily = undefined;
    this.localAddress = undefined;
    this.localPort = undefined;
    this.on('end', onReadableEnd);
  }

  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }
  get bytesWritten() { return this._bytesDispatched; }
  get pending() { return !this._peer || this.connecting; }

  address() {
    if (!this._peer) return {};
    return { address: this.localAddress, family: this.remoteFamily, port: this.localPort };
  }

  connect(...args) {
    const [options, cb] = normalizeConnectArgs(args);
    if (typeof cb === 'function') this.once('connect', cb);
    const port = Number(options.port);
    const hostname = options.host === undefined ? 'localhost' : String(options.host);
    this.connecting = true;
    const family = hostname === '::1' ? 'IPv6' : 'IPv4';
    const address = hostname === '::1' ? '::1' : '127.0.0.1';
    this._ref();
    later('connect', () => {
      if (this.destroyed) return;
      if (!LOCAL.has(hostname) && !isIP(hostname)) {
        noteOffline(hostname);
        this.connecting = false;
        this.destroy(notFound(hostname));
        return;
      }
      const server = ports.get(port);
      if (!LOCAL.has(hostname) || !server || !server.listening) {
        if (!LOCAL.has(hostname)) noteOffline(hostname);
        this.connecting = false;
        this.destroy(connRefused(address, port));
        return;
      }
      const theirs = new Socket({ allowHalfOpen: server.allowHalfOpen });
      const myPort = nextClientPort++;
      this._peer = theirs;
      theirs._peer = this;
      Object.assign(this, { remoteAddress: address, remotePort: port, remoteFamily: family, localAddress: address, localPort: myPort });
      Object.assign(theirs, { remoteAddress: address, remotePort: myPort, remoteFamily: family, localAddress: address, localPort: port });
      theirs.server = theirs._server = server;
      server._accept(theirs);
      later('connect', () => {
        if (this.destroyed) return;
        this.connecting = false;
        // Bytes written while connecting leave first; writes made by the
        // 'connect' listeners join the same crossing.
        this._flushOutbox();
        this.emit('connect');
        this.emit('ready');
      }, 0);
    }, CONNECT_MS);
    return this;
  }

  _ref() {
    if (this._refed && !this._handleId && this._server) {
      this._handleId = nextHandle++;
      host.keepAlive(this._handleId, `a connection to the server on port ${this.localPort} is still open: Node would keep running until it ends.`);
    }
  }

  _dropHandle() {
    if (this._handleId) {
      host.keepAlive(this._handleId, null);
      this._handleId = 0;
    }
  }

  ref() { this._refed = true; this._ref(); return this; }
  unref() { this._refed = false; this._dropHandle(); return this; }

  _read() {}

  _write(chunk, encoding, cb) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this._bytesDispatched += buf.length;
    this._send(buf);
    this._touch();
    cb();
  }

  _writev(chunks, cb) {
    for (const { chunk, encoding } of chunks) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
      this._bytesDispatched += buf.length;
      this._send(buf);
    }
    this._touch();
    cb();
  }

  _final(cb) {
    this._send(null);
    cb();
  }

  // Queues bytes (or the end, `null`) for the peer; one crossing carries
  // everything sent before it leaves.
  _send(item) {
    if (item !== null && item.length === 0) return; // nothing goes on the wire
    if (this._outbox === null) {
      this._outbox = [];
      if (!this.connecting) this._scheduleOutbox();
    }
    this._outbox.push(item);
  }

  _flushOutbox() {
    if (this._outbox !== null) this._scheduleOutbox();
  }

  _scheduleOutbox() {
    const peer = this._peer;
    later(this._dataLabel || 'socket data', () => {
      const items = this._outbox || [];
      this._outbox = null;
      if (!peer || peer.destroyed) return;
      const bytes = items.filter((b) => b !== null);
      if (bytes.length) {
        const buf = bytes.length === 1 ? bytes[0] : Buffer.concat(bytes);
        peer.bytesRead += buf.length;
        peer._touch();
        peer.push(buf);
      }
      if (items.includes(null)) peer.push(null);
    }, DATA_MS);
  }

  _destroy(err, cb) {
    this.connecting = false;
    this._clearTimer();
    this._dropHandle();
    const peer = this._peer;
    if (peer && !peer.destroyed && !peer.readableEnded) {
      // The peer reads the end of the stream (a FIN), after any data in flight.
      if (this._outbox === null) {
        this._outbox = [];
        this._scheduleOutbox();
      }
      if (!this._outbox.includes(null)) this._outbox.push(null);
    }
    cb(err);
    // As net's _destroy: the handle's close callback emits 'close' in the
    // close-callbacks phase, and the server counts the connection gone now.
    host.close(named('socket close', () => this.emit('close', !!err)));
    const server = this._server;
    if (server) server._connectionClosed(this);
  }

  setTimeout(ms, cb) {
    this._timeoutMs = ms;
    if (typeof cb === 'function') {
      if (ms === 0) this.removeListener('timeout', cb);
      else this.once('timeout', cb);
    }
    this._touch();
    return this;
  }

  get timeout() { return this._timeoutMs || undefined; }

  _clearTimer() {
    if (this._timer) {
      clearTimeout(this._timer);
      this._timer = null;
    }
  }

  _touch() {
    this._clearTimer();
    if (this._timeoutMs > 0 && !this.destroyed) {
      this._timer = setTimeout(named('socket timeout', () => {
        this._timer = null;
        this.emit('timeout');
      }), this._timeoutMs);
      this._timer.unref();
    }
  }

  setKeepAlive() { return this; }
  setNoDelay() { return this; }
  setEncoding(enc) { return super.setEncoding(enc); }
  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', this.destroy);
  }
  resetAndDestroy() { return this.destroy(); }
}

function onReadableEnd() {
  // allowHalfOpen false: Duplex ends the writable side; close once both are done.
  if (!this.allowHalfOpen && this.writableFinished) this.destroy();
}

function normalizeConnectArgs(args) {
  if (args.length === 0) return [{}, null];
  const cb = typeof args[args.length - 1] === 'function' ? args[args.length - 1] : null;
  const a0 = args[0];
  let options;
  if (a0 !== null && typeof a0 === 'object') options = { ...a0 };
  else if (typeof a0 === 'string' && !/^\d+$/.test(a0)) options = { path: a0 };
  else {
    options = { port: a0 };
    if (typeof args[1] === 'string') options.host = args[1];
  }
  if (options.path !== undefined && options.path !== null && options.port === undefined) {
    // IPC (Unix socket) paths: nothing listens on them here.
    const err = new Error(`connect ENOENT ${options.path}`);
    Object.assign(err, { errno: -2, code: 'ENOENT', syscall: 'connect', address: options.path });
    throw err;
  }
  validatePort(options.port, 'Port');
  return [options, cb];
}

function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && !allowZero)) {
    throw new codes.ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
}

// ---------------------------------------------------------------- Server

// A function constructor, as in Node: `http.Server` calls it on itself.
function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  options = options || {};
  if (typeof listener === 'function') this.on('connection', listener);
  this.allowHalfOpen = !!options.allowHalfOpen;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this._connections = 0;
  this._conns = new Set();
  this._port = null;
  this._host = null;
  this._handleId = 0;
  this._refed = true;
  this._closing = false;
  this.maxConnections = undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

class ServerMethods {
  get listening() { return this._port !== null; }

  listen(...args) {
    let cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
    let port = 0;
    let hostname;
    const a0 = args[0];
    if (a0 !== null && typeof a0 === 'object') {
      port = a0.port === undefined ? 0 : a0.port;
      hostname = a0.host;
    } else {
      if (a0 !== undefined && a0 !== null) port = a0;
      if (typeof args[1] === 'string') hostname = args[1];
    }
    if (typeof port === 'string' && /^\d+$/.test(port)) port = Number(port);
    validatePort(port, 'options.port');
    if (this.listening) throw new codes.ERR_SERVER_ALREADY_LISTEN();
    if (cb) this.once('listening', cb);
    port = Number(port);
    const address = hostname === undefined ? '::' : hostname === 'localhost' ? '127.0.0.1' : hostname;
    if (port !== 0 && ports.has(port)) {
      const err = addrInUse(address, port);
      process.nextTick(() => this.emit('error', err));
      return this;
    }
    if (port === 0) {
      while (ports.has(nextEphemeral)) nextEphemeral++;
      port = nextEphemeral++;
    }
    this._port = port;
    this._host = address;
    this._closing = false;
    ports.set(port, this);
    if (this._refed) this._holdHandle();
    process.nextTick(() => { if (this.listening) this.emit('listening'); });
    return this;
  }

  _holdHandle() {
    if (!this._handleId) {
      this._handleId = nextHandle++;
      host.keepAlive(this._handleId, `A server is still listening on port ${this._port}: Node would keep running until it is stopped; call server.close() to let the program end. The run ended here (exit code 0 shown).`);
    }
  }

  address() {
    if (!this.listening) return null;
    return { address: this._host, family: isIPv6(this._host) ? 'IPv6' : 'IPv4', port: this._port };
  }

  _accept(socket) {
    this._connections++;
    this._conns.add(socket);
    if (this._refed) socket._ref();
    host.traceEnter(`connection from ${socket.remoteAddress}:${socket.remotePort}`);
    try {
      this.emit('connection', socket);
    } finally {
      host.traceLeave('connection');
    }
  }

  _connectionClosed(socket) {
    if (!this._conns.delete(socket)) return;
    this._connections--;
    this._emitCloseIfDrained();
  }

  _emitCloseIfDrained() {
    if (this._closing && !this.listening && this._connections === 0) {
      this._closing = false;
      process.nextTick(() => this.emit('close'));
    }
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (!this.listening) {
        this.once('close', function close() { cb(new codes.ERR_SERVER_NOT_RUNNING()); });
      } else {
        this.once('close', cb);
      }
    }
    if (this.listening) {
      ports.delete(this._port);
      if (this._handleId) {
        host.keepAlive(this._handleId, null);
        this._handleId = 0;
      }
      this._port = null;
      this._closing = true;
    }
    this._emitCloseIfDrained();
    return this;
  }

  getConnections(cb) {
    const n = this._connections;
    process.nextTick(() => cb(null, n));
    return this;
  }

  ref() {
    this._refed = true;
    if (this.listening) this._holdHandle();
    for (const s of this._conns) s.ref();
    return this;
  }

  unref() {
    this._refed = false;
    if (this._handleId) {
      host.keepAlive(this._handleId, null);
      this._handleId = 0;
    }
    for (const s of this._conns) s.unref();
    return this;
  }

  [Symbol.asyncDispose]() {
    return new Promise((resolve) => this.close(() => resolve()));
  }
}

for (const key of Reflect.ownKeys(ServerMethods.prototype)) {
  if (key !== 'constructor') Object.defineProperty(Server.prototype, key, Object.getOwnPropertyDescriptor(ServerMethods.prototype, key));
}

function createServer(options, listener) {
  return new Server(options, listener);
}

function connect(...args) {
  const [options] = normalizeConnectArgs(args);
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(...args);
}

module.exports = {
  Server,
  Socket,
  Stream: Socket,
  createServer,
  connect,
  createConnection: connect,
  isIP,
  isIPv4,
  isIPv6,
  getDefaultAutoSelectFamily() { return true; },
  setDefaultAutoSelectFamily() {},
  getDefaultAutoSelectFamilyAttemptTimeout() { return 250; },
  setDefaultAutoSelectFamilyAttemptTimeout() {},
  _normalizeArgs: normalizeConnectArgs,
  // For http and fetch.
  _internal: { connRefused, notFound, noteOffline, LOCAL, CONNECT_MS, DATA_MS },
};
