/**
 * A small incremental HTTP/1.x parser (the part of llhttp that `http`
 * needs): request or response head, then a body framed by Content-Length,
 * chunked transfer coding, or (responses only) the end of the connection.
 * `execute(buf)` may be called with any slicing of the bytes; the callbacks
 * are `onHeaders(info)`, `onBody(buf)`, `onComplete()`, `onError(err)`.
 */
'use strict';

const { Buffer } = require('buffer');

const HEAD = 0, BODY_LENGTH = 1, CHUNK_SIZE = 2, CHUNK_DATA = 3, CHUNK_CRLF = 4, TRAILERS = 5, BODY_EOF = 6, DEAD = 7;

class HTTPParser {
  constructor(kind) {
    this.kind = kind; // 'request' | 'response'
    this.state = HEAD;
    this.buf = Buffer.alloc(0);
    this.remaining = 0;
    this.info = null;
    this.maxHeaderSize = 16384;
    // For responses: whether the request was HEAD (no body follows).
    this.expectNoBody = false;
    this.onHeaders = null;
    this.onBody = null;
    this.onComplete = null;
    this.onError = null;
  }

  fail(message, code) {
    this.state = DEAD;
    const err = new Error(message);
    err.code = code;
    if (this.onError) this.onError(err);
  }

  execute(chunk) {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    while (this.buf.length && this.state !== DEAD) {
      if (!this.step()) break;
    }
  }

  // Connection closed: a response read to EOF completes here.
  finish() {
    if (this.state === BODY_EOF) {
      this.state = HEAD;
      this.onComplete();
    }
  }

  step() {
    switch (this.state) {
      case HEAD: {
        // Leading empty lines are allowed between messages.
        while (this.buf.length >= 2 && this.buf[0] === 13 && this.buf[1] === 10) this.buf = this.buf.subarray(2);
        const end = this.buf.indexOf('\r\n\r\n');
        if (end === -1) {
          if (this.buf.length > this.maxHeaderSize) this.fail('Header overflow', 'HPE_HEADER_OVERFLOW');
          return false;
        }
        const head = this.buf.subarray(0, end).toString('latin1');
        this.buf = this.buf.subarray(end + 4);
        return this.parseHead(head);
      }
      case BODY_LENGTH: {
        const n = Math.min(this.remaining, this.buf.length);
        const part = this.buf.subarray(0, n);
        this.buf = this.buf.subarray(n);
        this.remaining -= n;
        if (n) this.onBody(part);
        if (this.remaining === 0) this.complete();
        return true;
      }
      case CHUNK_SIZE: {
        const end = this.buf.indexOf('\r\n');
        if (end === -1) return false;
        const line = this.buf.subarray(0, end).toString('latin1').split(';')[0].trim();
        this.buf = this.buf.subarray(end + 2);
        if (!/^[0-9a-fA-F]+$/.test(line)) {
          this.fail('Invalid character in chunk size', 'HPE_INVALID_CHUNK_SIZE');
          return false;
        }
        this.remaining = parseInt(line, 16);
        this.state = this.remaining === 0 ? TRAILERS : CHUNK_DATA;
        return true;
      }
      case CHUNK_DATA: {
        const n = Math.min(this.remaining, this.buf.length);
        const part = this.buf.subarray(0, n);
        this.buf = this.buf.subarray(n);
        this.remaining -= n;
        if (n) this.onBody(part);
        if (this.remaining === 0) this.state = CHUNK_CRLF;
        return true;
      }
      case CHUNK_CRLF: {
        if (this.buf.length < 2) return false;
        this.buf = this.buf.subarray(2);
        this.state = CHUNK_SIZE;
        return true;
      }
      case TRAILERS: {
        if (this.buf.length >= 2 && this.buf[0] === 13 && this.buf[1] === 10) {
          this.buf = this.buf.subarray(2);
          this.complete();
          return true;
        }
        const end = this.buf.indexOf('\r\n\r\n');
        if (end === -1) return false;
        this.buf = this.buf.subarray(end + 4);
        this.complete();
        return true;
      }
      case BODY_EOF: {
        const part = this.buf;
        this.buf = Buffer.alloc(0);
        this.onBody(part);
        return false;
      }
      default:
        return false;
    }
  }

  complete() {
    this.state = HEAD;
    this.onComplete();
  }

  parseHead(head) {
    const lines = head.split('\r\n');
    const first = lines.shift();
    const info = { rawHeaders: [], versionMajor: 1, versionMinor: 1 };
    let m;
    if (this.kind === 'request') {
      m = /^([A-Z-]+) (\S+) HTTP\/(\d)\.(\d)$/.exec(first);
      if (!m) {
        this.fail('Invalid method encountered', 'HPE_INVALID_METHOD');
        return false;
      }
      info.method = m[1];
      info.url = m[2];
      info.versionMajor = +m[3];
      info.versionMinor = +m[4];
    } else {
      m = /^HTTP\/(\d)\.(\d) (\d{3})(?: (.*))?$/.exec(first);
      if (!m) {
        this.fail('Expected HTTP/', 'HPE_INVALID_CONSTANT');
        return false;
      }
      info.versionMajor = +m[1];
      info.versionMinor = +m[2];
      info.statusCode = +m[3];
      info.statusMessage = m[4] || '';
    }
    let contentLength = null;
    let chunked = false;
    let connection = '';
    for (const line of lines) {
      const colon = line.indexOf(':');
      if (colon <= 0) {
        this.fail('Invalid header value char', 'HPE_INVALID_HEADER_TOKEN');
        return false;
      }
      const name = line.slice(0, colon);
      const value = line.slice(colon + 1).trim();
      info.rawHeaders.push(name, value);
      const lower = name.toLowerCase();
      if (lower === 'content-length') contentLength = Number(value);
      else if (lower === 'transfer-encoding') chunked = /(^|,)\s*chunked\s*$/i.test(value);
      else if (lower === 'connection') connection += ',' + value.toLowerCase();
    }
    const http11 = info.versionMajor === 1 && info.versionMinor >= 1;
    info.shouldKeepAlive = http11 ? !/(^|,)\s*close\s*(,|$)/.test(connection) : /(^|,)\s*keep-alive\s*(,|$)/.test(connection);
    info.upgrade = false;
    this.info = info;
    const noBody = this.kind === 'response' &&
      (this.expectNoBody || info.statusCode === 204 || info.statusCode === 304 || (info.statusCode >= 100 && info.statusCode < 200));
    this.onHeaders(info);
    if (this.state === DEAD) return false;
    if (noBody) {
      this.complete();
    } else if (chunked) {
      this.state = CHUNK_SIZE;
    } else if (contentLength !== null && contentLength > 0) {
      this.remaining = contentLength;
      this.state = BODY_LENGTH;
    } else if (contentLength === null && this.kind === 'response') {
      info.shouldKeepAlive = false;
      this.state = BODY_EOF;
    } else {
      this.complete();
    }
    return true;
  }
}

module.exports = { HTTPParser };
