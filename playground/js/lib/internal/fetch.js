/**
 * The global `fetch`, `Headers`, `Request` and `Response`, as Node 20's
 * undici has them, over `http` and the in-memory loopback. A fetch resolves
 * when the response head arrives; the body methods (`text`, `json`,
 * `arrayBuffer`, `blob`) resolve once the body has been read. Requests send
 * undici's default headers in undici's order. Redirects are followed
 * (`redirect: 'follow'`, at most 20). Failures are `TypeError: fetch failed`
 * with the network error as `cause` (ECONNREFUSED, ENOTFOUND, bad port).
 */
'use strict';

const { Buffer } = require('buffer');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;

function normalizeValue(v) { return String(v).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, ''); }

class Headers {
  #list = []; // [lower, value, rawName]
  #guard = 'none';

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (init instanceof Headers) {
      for (const [name, value] of init.#raw()) this.append(name, value);
    } else if (typeof init === 'object' && typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) {
        const arr = [...pair];
        if (arr.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + arr.length + '.');
        this.append(arr[0], arr[1]);
      }
    } else if (typeof init === 'object') {
      for (const key of Object.keys(init)) this.append(key, init[key]);
    } else {
      throw new TypeError("Headers constructor: Expected init to be an object.");
    }
  }

  #mutate() {
    if (this.#guard === 'immutable') throw new TypeError('immutable');
  }

  #raw() { return this.#list.map(([, v, raw]) => [raw, v]); }

  static _guard(h, guard) { h.#guard = guard; return h; }
  static _raw(h) { return h.#raw(); }

  #check(method, name, value) {
    name = String(name);
    if (!tokenRegExp.test(name)) throw new TypeError(`Headers.${method}: "${name}" is an invalid header name.`);
    if (value !== undefined && /[\0\r\n]/.test(value)) {
      throw new TypeError(`Headers.${method}: "${value}" is an invalid header value.`);
    }
    return name;
  }

  append(name, value) {
    value = normalizeValue(value);
    this.#mutate();
    name = this.#check('append', name, value);
    const lower = name.toLowerCase();
    const existing = lower === 'set-cookie' ? undefined : this.#list.find((e) => e[0] === lower);
    if (existing) existing[1] += ', ' + value;
    else this.#list.push([lower, value, name]);
  }

  set(name, value) {
    value = normalizeValue(value);
    this.#mutate();
    name = this.#check('set', name, value);
    const lower = name.toLowerCase();
    const i = this.#list.findIndex((e) => e[0] === lower);
    if (i === -1) {
      this.#list.push([lower, value, name]);
    } else {
      this.#list[i] = [lower, value, this.#list[i][2]];
      this.#list = this.#list.filter((e, j) => j <= i || e[0] !== lower);
    }
  }

  delete(name) {
    this.#mutate();
    name = this.#check('delete', name);
    const lower = name.toLowerCase();
    this.#list = this.#list.filter((e) => e[0] !== lower);
  }

  get(name) {
    name = this.#check('get', name);
    const lower = name.toLowerCase();
    const all = this.#list.filter((e) => e[0] === lower).map((e) => e[1]);
    return all.length ? all.join(', ') : null;
  }

  has(name) {
    name = this.#check('has', name);
    return this.#list.some((e) => e[0] === name.toLowerCase());
  }

  getSetCookie() {
    return this.#list.filter((e) => e[0] === 'set-cookie').map((e) => e[1]);
  }

  #sorted() {
    const out = [];
    const names = [...new Set(this.#list.map((e) => e[0]))].sort();
    for (const n of names) {
      if (n === 'set-cookie') {
        for (const v of this.getSetCookie()) out.push([n, v]);
      } else {
        out.push([n, this.get(n)]);
      }
    }
    return out;
  }

  *entries() { yield* this.#sorted(); }
  *keys() { for (const [k] of this.#sorted()) yield k; }
  *values() { for (const [, v] of this.#sorted()) yield v; }
  [Symbol.iterator]() { return this.entries(); }
  forEach(cb, thisArg) { for (const [k, v] of this.#sorted()) cb.call(thisArg, v, k, this); }

  get [Symbol.toStringTag]() { return 'Headers'; }

  [kInspect](depth, options, inspect) {
    const obj = {};
    for (const [lower, value, raw] of this.#list) {
      const key = Object.keys(obj).find((k) => k.toLowerCase() === lower) || raw;
      obj[key] = obj[key] === undefined ? value : `${obj[key]}, ${value}`;
    }
    options.depth ??= depth;
    return `Headers ${inspect(obj, options)}`;
  }
}

// ---------------------------------------------------------------- bodies

function extractBody(body) {
  if (body === null || body === undefined) return [null, null];
  if (typeof body === 'string') return [Buffer.from(body), 'text/plain;charset=UTF-8'];
  if (body instanceof URLSearchParams) return [Buffer.from(body.toString()), 'application/x-www-form-urlencoded;charset=UTF-8'];
  if (body instanceof ArrayBuffer) return [Buffer.from(body.slice(0)), null];
  if (ArrayBuffer.isView(body)) return [Buffer.from(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)), null];
  const { Blob } = require('buffer');
  if (Blob && body instanceof Blob) return [body, body.type || null];
  return [Buffer.from(String(body)), 'text/plain;charset=UTF-8'];
}

const kBody = Symbol('kBody');

// A body is a promise of its bytes (a fetched one settles when read).
class Body {
  [kBody] = null;
  #used = false;

  get bodyUsed() { return this.#used; }
  get body() { return this[kBody] === null ? null : {}; }

  async #consume() {
    if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = this[kBody] !== null;
    if (this[kBody] === null) return Buffer.alloc(0);
    const bytes = await this[kBody];
    if (typeof bytes.arrayBuffer === 'function' && !Buffer.isBuffer(bytes)) return Buffer.from(await bytes.arrayBuffer());
    return bytes;
  }

  async text() { return (await this.#consume()).toString('utf8'); }
  async json() { return JSON.parse((await this.#consume()).toString('utf8')); }
  async arrayBuffer() {
    const b = await this.#consume();
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  }
  async bytes() { return new Uint8Array(await this.arrayBuffer()); }
  async blob() {
    const { Blob } = require('buffer');
    const b = await this.#consume();
    return new Blob([b], { type: this.headers.get('content-type') || '' });
  }
  async formData() {
    throw new TypeError('Response.formData: unsupported in the playground');
  }
}

class Response extends Body {
  #status;
  #statusText;
  #headers;
  #type = 'default';
  #url = '';
  #redirected = false;

  constructor(body = null, init = {}) {
    super();
    const status = init.status ?? 200;
    if (status < 200 || status > 599) {
      throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
    }
    this.#status = status;
    this.#statusText = init.statusText ?? '';
    this.#headers = new Headers(init.headers);
    if (body !== null && body !== undefined) {
      if (status === 204 || status === 205 || status === 304) {
        throw new TypeError('Response constructor: Invalid response status code ' + status);
      }
      const [bytes, type] = extractBody(body);
      this[kBody] = Promise.resolve(bytes);
      if (type && !this.#headers.has('content-type')) this.#headers.set('content-type', type);
    }
  }

  static _fetched(status, statusText, headers, body, url, redirected) {
    const r = new Response(null, { status: 200 });
    r.#status = status;
    r.#statusText = statusText;
    r.#headers = Headers._guard(headers, 'immutable');
    r[kBody] = body;
    r.#type = 'basic';
    r.#url = url;
    r.#redirected = redirected;
    return r;
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    const r = new Response(text, init);
    r.#headers.set('content-type', 'application/json');
    return r;
  }

  static error() {
    const r = new Response(null, { status: 200 });
    r.#status = 0;
    r.#type = 'error';
    return r;
  }

  static redirect(url, status = 302) {
    const r = new Response(null, { status, headers: { location: new URL(url).href } });
    return r;
  }

  get status() { return this.#status; }
  get ok() { return this.#status >= 200 && this.#status <= 299; }
  get statusText() { return this.#statusText; }
  get headers() { return this.#headers; }
  get type() { return this.#type; }
  get url() { return this.#url; }
  get redirected() { return this.#redirected; }

  clone() {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    const r = Response._fetched(this.#status, this.#statusText, new Headers(this.#headers), this[kBody], this.#url, this.#redirected);
    r.#type = this.#type;
    return r;
  }

  get [Symbol.toStringTag]() { return 'Response'; }

  [kInspect](depth, options, inspect) {
    options.depth ??= depth;
    const o = {
      status: this.status, statusText: this.statusText, headers: this.headers,
      body: this[kBody] === null ? null : { [kInspect]: () => `ReadableStream { locked: ${this.bodyUsed}, state: '${this.bodyUsed ? 'closed' : 'readable'}', supportsBYOB: true }` },
      bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
    };
    return `Response ${inspect(o, options)}`;
  }
}

class Request extends Body {
  #method;
  #url;
  #headers;
  #redirect;
  #signal;

  constructor(input, init = {}) {
    super();
    let base = null;
    if (input instanceof Request) {
      base = input;
      input = input.url;
    }
    let parsed;
    try {
      parsed = new URL(String(input));
    } catch (e) {
      throw new TypeError('Failed to parse URL from ' + String(input), { cause: e });
    }
    const method = String(init.method ?? (base ? base.method : 'GET'));
    const upper = method.toUpperCase();
    this.#method = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'].includes(upper) ? upper : method;
    this.#url = parsed.href;
    this.#headers = new Headers(init.headers ?? (base ? base.headers : undefined));
    this.#redirect = init.redirect ?? (base ? base.redirect : 'follow');
    this.#signal = init.signal ?? null;
    const body = init.body ?? (base ? base[kBody] : null);
    if (body !== null && body !== undefined) {
      if (this.#method === 'GET' || this.#method === 'HEAD') {
        throw new TypeError('Request with GET/HEAD method cannot have body.');
      }
      if (body instanceof Promise) {
        this[kBody] = body;
      } else {
        const [bytes, type] = extractBody(body);
        this[kBody] = Promise.resolve(bytes);
        if (type && !this.#headers.has('content-type')) this.#headers.set('content-type', type);
      }
    }
  }

  get method() { return this.#method; }
  get url() { return this.#url; }
  get headers() { return this.#headers; }
  get redirect() { return this.#redirect; }
  get signal() { return this.#signal; }
  clone() { return new Request(this); }
  get [Symbol.toStringTag]() { return 'Request'; }
}

// ---------------------------------------------------------------- fetch

const BAD_PORTS = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526,
  530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 5060,
  5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697, 10080]);

let agent = null;

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

function fetch(input, init = undefined) {
  let request;
  try {
    request = new Request(input, init || {});
  } catch (e) {
    return Promise.reject(e);
  }
  return (async () => {
    const body = request[kBody] === null ? null : await request[kBody];
    const bytes = body === null ? null : Buffer.isBuffer(body) ? body : Buffer.from(await body.arrayBuffer());
    let url = new URL(request.url);
    let method = request.method;
    let payload = bytes;
    let redirected = false;
    for (let hops = 0; ; hops++) {
      const res = await send(url, method, request.headers, payload);
      const location = res.headers.location;
      if ([301, 302, 303, 307, 308].includes(res.statusCode) && location !== undefined && request.redirect !== 'manual') {
        res.resume();
        if (request.redirect === 'error') throw fetchFailed(new TypeError('unexpected redirect'));
        if (hops >= 20) throw fetchFailed(new TypeError('redirect count exceeded'));
        url = new URL(location, url);
        if (res.statusCode === 303 || ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST')) {
          method = 'GET';
          payload = null;
        }
        redirected = true;
        continue;
      }
      const headers = new Headers();
      for (let i = 0; i < res.rawHeaders.length; i += 2) headers.append(res.rawHeaders[i].toLowerCase(), res.rawHeaders[i + 1]);
      const bodyPromise = new Promise((resolve, reject) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
        res.on('error', (e) => reject(fetchFailed(e)));
      });
      bodyPromise.catch(() => {});
      const noBody = method === 'HEAD' || [101, 204, 205, 304].includes(res.statusCode);
      return Response._fetched(res.statusCode, res.statusMessage, headers, noBody ? null : bodyPromise, url.href, redirected);
    }
  })();
}

function send(url, method, headers, payload) {
  const http = require('http');
  const net = require('net');
  return new Promise((resolve, reject) => {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      reject(fetchFailed(new TypeError('unknown scheme')));
      return;
    }
    const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
    if (BAD_PORTS.has(port)) {
      reject(fetchFailed(new Error('bad port')));
      return;
    }
    if (!agent) agent = new http.Agent({ keepAlive: true, timeout: 4000 });
    const user = Headers._raw(headers);
    const has = (n) => user.some(([k]) => k.toLowerCase() === n);
    const list = [['host', url.host], ['connection', 'keep-alive'], ...user];
    if (!has('accept')) list.push(['accept', '*/*']);
    if (!has('accept-language')) list.push(['accept-language', '*']);
    list.push(['sec-fetch-mode', 'cors']);
    if (!has('user-agent')) list.push(['user-agent', 'node']);
    list.push(['accept-encoding', 'gzip, deflate']);
    if (payload !== null) list.push(['content-length', String(payload.length)]);
    else if (method === 'POST' || method === 'PUT') list.push(['content-length', '0']);
    const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    if (url.protocol === 'https:' && net._internal.LOCAL.has(hostname)) {
      // TLS is not simulated: a local https server cannot exist here.
      reject(fetchFailed(net._internal.connRefused(hostname === '::1' ? '::1' : '127.0.0.1', port)));
      return;
    }
    const req = http.request({ hostname, port, path: url.pathname + url.search, method, headers: list, agent, setHost: false });
    req.on('response', resolve);
    req.on('error', (e) => reject(fetchFailed(e)));
    req.end(payload === null ? undefined : payload);
  });
}

module.exports = { fetch, Headers, Request, Response };
