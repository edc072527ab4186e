// The `url` module and the URL / URLSearchParams globals: the WHATWG URL
// parser for what programs use (special schemes with hosts and ports,
// file:, opaque URLs such as mailto:, relative references against a
// base, dot segments, percent-encoding), URLSearchParams, and Node's
// helpers (fileURLToPath, pathToFileURL, the legacy parse/format/resolve).
// Not covered: IDNA (non-ASCII host names stay as written) and IPv4 number
// forms (`http://0x7f.1/`).
'use strict';

const customInspect = Symbol.for('nodejs.util.inspect.custom');
// How a URL and its searchParams keep each other up to date.
const kReset = Symbol('reset');
const kAttach = Symbol('attach');
const SPECIAL = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443', 'ftp:': '21', 'file:': '' };

function invalidUrl(input) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  return err;
}

let utf8; // made on first use: most URLs need no encoding
const encodeUtf8 = (s) => (utf8 || (utf8 = new TextEncoder())).encode(s);
const percent = (byte) => '%' + byte.toString(16).toUpperCase().padStart(2, '0');

// Percent-encodes the characters of `s` outside printable ASCII and those
// `encodeChar` picks (UTF-8, uppercase hex); existing %XX escapes stay.
function encodeSet(s, encodeChar) {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c < 0x21 || c > 0x7e || encodeChar(ch)) {
      for (const b of encodeUtf8(ch)) out += percent(b);
    } else {
      out += ch;
    }
  }
  return out;
}
const inSet = (chars) => (ch) => chars.includes(ch);
const PATH = inSet('"#<>?`{}');
const QUERY = inSet('"#<>');
const SPECIAL_QUERY = inSet('"#<>\'');
const FRAGMENT = inSet('"<>`');
const USERINFO = inSet('"#<>?`{}/:;=@[\\]^|');

// Splits a path into segments and resolves `.` and `..` as the URL
// standard does.
function normalizePath(path, special) {
  const parts = (special ? path.replace(/\\/g, '/') : path).split('/');
  if (parts[0] === '') parts.shift();
  const out = [];
  for (let i = 0; i < parts.length; i++) {
    const seg = parts[i];
    const last = i === parts.length - 1;
    const lower = seg.toLowerCase();
    if (lower === '..' || lower === '.%2e' || lower === '%2e.' || lower === '%2e%2e') {
      if (out.length > 0) out.pop();
      if (last) out.push('');
    } else if (seg === '.' || lower === '%2e') {
      if (last) out.push('');
    } else {
      out.push(seg);
    }
  }
  return '/' + out.map((s) => encodeSet(s, PATH)).join('/');
}

// The parts of an absolute URL string, or undefined.
function parseAbsolute(input) {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/s.exec(input);
  if (!m) return undefined;
  const protocol = m[1].toLowerCase() + ':';
  let rest = m[2];
  const special = protocol in SPECIAL;
  const parts = { protocol, username: '', password: '', hostname: '', port: '', pathname: '', search: '', hash: '', opaque: false, hasHost: false };
  const hashAt = rest.indexOf('#');
  if (hashAt >= 0) { parts.hash = rest.slice(hashAt); rest = rest.slice(0, hashAt); }
  const queryAt = rest.indexOf('?');
  if (queryAt >= 0) { parts.search = rest.slice(queryAt); rest = rest.slice(0, queryAt); }
  if (protocol === 'file:' && !/^[/\\]{2}/.test(rest)) {
    // file:/path: no host.
    parts.hasHost = true;
    parts.pathname = normalizePath(rest, true);
  } else if (special || rest.startsWith('//')) {
    rest = special && protocol !== 'file:' ? rest.replace(/^[/\\]*/, '') : rest.slice(2);
    const end = rest.search(special ? /[/\\]/ : /\//);
    let authority = end < 0 ? rest : rest.slice(0, end);
    rest = end < 0 ? '' : rest.slice(end);
    const at = authority.lastIndexOf('@');
    if (at >= 0) {
      const info = authority.slice(0, at);
      authority = authority.slice(at + 1);
      const colon = info.indexOf(':');
      parts.username = encodeSet(colon < 0 ? info : info.slice(0, colon), USERINFO);
      parts.password = colon < 0 ? '' : encodeSet(info.slice(colon + 1), USERINFO);
    }
    const portMatch = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/s.exec(authority);
    let host = portMatch[1];
    const port = portMatch[2] === undefined ? '' : portMatch[2];
    if (port !== '') {
      if (!/^\d+$/.test(port) || Number(port) > 65535) return undefined;
      parts.port = String(Number(port)) === SPECIAL[protocol] ? '' : String(Number(port));
    }
    try { host = decodeURIComponent(host); } catch (_) { return undefined; }
    host = host.toLowerCase();
    if (/[\s#%/:<>?@[\\\]^|]/.test(host.replace(/^\[.*\]$/, ''))) return undefined;
    if (special && protocol !== 'file:' && host === '') return undefined;
    if (protocol === 'file:' && host === 'localhost') host = '';
    parts.hostname = host;
    parts.hasHost = true;
    parts.pathname = special || rest ? normalizePath(rest, special) : '';
  } else if (rest.startsWith('/')) {
    parts.pathname = normalizePath(rest, false);
  } else {
    parts.opaque = true;
    parts.pathname = encodeSet(rest, () => false);
  }
  parts.search = parts.search === '?' ? '' : encodeQuery(parts.search, special);
  parts.hash = parts.hash === '#' ? '' : encodeSet(parts.hash, FRAGMENT);
  return parts;
}

const encodeQuery = (search, special) => encodeSet(search, special ? SPECIAL_QUERY : QUERY);

// Resolves `input` against the parsed `base`, as the URL standard does for
// relative references.
function parseRelative(input, base) {
  const special = base.protocol in SPECIAL;
  if (base.opaque && !input.startsWith('#')) return undefined;
  if (special ? /^[/\\]{2}/.test(input) : input.startsWith('//')) return parseAbsolute(base.protocol + input);
  const parts = { ...base, hash: '' };
  let rest = input;
  const hashAt = rest.indexOf('#');
  if (hashAt >= 0) { parts.hash = rest.slice(hashAt) === '#' ? '' : encodeSet(rest.slice(hashAt), FRAGMENT); rest = rest.slice(0, hashAt); }
  if (rest === '') return parts;
  const queryAt = rest.indexOf('?');
  const path = queryAt >= 0 ? rest.slice(0, queryAt) : rest;
  if (queryAt >= 0) parts.search = rest.slice(queryAt) === '?' ? '' : encodeQuery(rest.slice(queryAt), special);
  if (path === '') return parts;
  if (queryAt < 0) parts.search = '';
  if (path.startsWith('/') || (special && path.startsWith('\\'))) {
    parts.pathname = normalizePath(path, special);
  } else {
    const dir = base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1);
    parts.pathname = normalizePath(dir + path, special);
  }
  return parts;
}

// The parts of `input` (resolved against the parts of a base URL, if
// any), or undefined when it is not a valid URL.
function parse(input, baseParts) {
  input = String(input).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const absolute = parseAbsolute(input);
  if (absolute) return absolute;
  return baseParts && parseRelative(input, baseParts);
}

class URL {
  #p;
  #query;

  constructor(input, base = undefined) {
    if (arguments.length === 0) {
      const err = new TypeError('The "url" argument must be specified');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    const parts = parse(input, URL.#baseParts(base));
    if (!parts) throw invalidUrl(String(input));
    this.#p = parts;
  }

  static canParse(input, base = undefined) {
    return parse(input, URL.#baseParts(base)) !== undefined;
  }

  static #baseParts(base) {
    if (base === undefined) return undefined;
    if (base instanceof URL) return base.#p;
    const parts = parse(String(base));
    if (!parts) throw invalidUrl(String(base));
    return parts;
  }

  get href() {
    const p = this.#p;
    let out = p.protocol;
    if (p.hasHost) {
      out += '//';
      if (p.username || p.password) out += p.username + (p.password ? ':' + p.password : '') + '@';
      out += p.hostname + (p.port ? ':' + p.port : '');
    } else if (!p.opaque && p.pathname.startsWith('//')) {
      out += '/.';
    }
    return out + p.pathname + p.search + p.hash;
  }
  set href(value) {
    const parts = parse(value);
    if (!parts) throw invalidUrl(String(value));
    this.#p = parts;
    if (this.#query) this.#query[kReset](this.#p.search);
  }
  get origin() {
    const p = this.#p;
    if (!(p.protocol in SPECIAL) || p.protocol === 'file:') return 'null';
    return `${p.protocol}//${p.hostname}${p.port ? ':' + p.port : ''}`;
  }
  get protocol() { return this.#p.protocol; }
  set protocol(value) {
    const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):?/.exec(String(value));
    if (!m) return;
    const protocol = m[1].toLowerCase() + ':';
    if ((protocol in SPECIAL) !== (this.#p.protocol in SPECIAL)) return;
    this.#p = { ...this.#p, protocol };
    if (this.#p.port === SPECIAL[protocol]) this.#p.port = '';
  }
  get username() { return this.#p.username; }
  set username(value) { if (this.#p.hasHost && this.#p.hostname) this.#p = { ...this.#p, username: encodeSet(String(value), USERINFO) }; }
  get password() { return this.#p.password; }
  set password(value) { if (this.#p.hasHost && this.#p.hostname) this.#p = { ...this.#p, password: encodeSet(String(value), USERINFO) }; }
  get host() { return this.#p.hostname + (this.#p.port ? ':' + this.#p.port : ''); }
  set host(value) { this.#reparseAuthority(String(value)); }
  get hostname() { return this.#p.hostname; }
  set hostname(value) { this.#reparseAuthority(String(value).replace(/:.*$/, '') + (this.#p.port ? ':' + this.#p.port : '')); }
  get port() { return this.#p.port; }
  set port(value) {
    const digits = /^\d*/.exec(String(value))[0];
    if (!this.#p.hasHost || this.#p.protocol === 'file:') return;
    if (digits === '') { if (String(value) === '') this.#p = { ...this.#p, port: '' }; return; }
    if (Number(digits) > 65535) return;
    const port = String(Number(digits));
    this.#p = { ...this.#p, port: port === SPECIAL[this.#p.protocol] ? '' : port };
  }
  get pathname() { return this.#p.pathname; }
  set pathname(value) {
    if (this.#p.opaque) return;
    const special = this.#p.protocol in SPECIAL;
    const path = String(value);
    this.#p = { ...this.#p, pathname: normalizePath(path.startsWith('/') || (special && path.startsWith('\\')) ? path : '/' + path, special) };
  }
  get search() { return this.#p.search; }
  set search(value) {
    let s = String(value);
    if (s.startsWith('?')) s = s.slice(1);
    this.#p = { ...this.#p, search: s === '' ? '' : encodeQuery('?' + s, this.#p.protocol in SPECIAL) };
    if (this.#query) this.#query[kReset](this.#p.search);
  }
  get searchParams() {
    if (!this.#query) {
      this.#query = new URLSearchParams(this.#p.search);
      this.#query[kAttach]((serialized) => {
        this.#p = { ...this.#p, search: serialized ? '?' + serialized : '' };
      });
    }
    return this.#query;
  }
  get hash() { return this.#p.hash; }
  set hash(value) {
    let s = String(value);
    if (s.startsWith('#')) s = s.slice(1);
    this.#p = { ...this.#p, hash: s === '' ? '' : encodeSet('#' + s, FRAGMENT) };
  }
  toString() { return this.href; }
  toJSON() { return this.href; }

  #reparseAuthority(authority) {
    if (this.#p.opaque || !this.#p.hasHost) return;
    const parts = parse(`${this.#p.protocol}//${authority}/`);
    if (!parts || (parts.hostname === '' && this.#p.protocol !== 'file:')) return;
    this.#p = { ...this.#p, hostname: parts.hostname, port: parts.port };
  }

  [customInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href, origin: this.origin, protocol: this.protocol, username: this.username, password: this.password,
      host: this.host, hostname: this.hostname, port: this.port, pathname: this.pathname, search: this.search,
      searchParams: this.searchParams, hash: this.hash,
    };
    return `URL ${inspect(obj, options)}`;
  }
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const key of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toString', 'toJSON']) {
  Object.defineProperty(URL.prototype, key, { ...Object.getOwnPropertyDescriptor(URL.prototype, key), enumerable: true });
}

// application/x-www-form-urlencoded, as URLSearchParams reads and writes it.
function formDecode(s) {
  s = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(s);
  } catch (_) {
    return s.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => { try { return decodeURIComponent(run); } catch (e) { return run; } });
  }
}
function formEncode(s) {
  let out = '';
  for (const b of encodeUtf8(String(s))) {
    const ch = String.fromCharCode(b);
    if (/[A-Za-z0-9*\-._]/.test(ch)) out += ch;
    else if (b === 0x20) out += '+';
    else out += percent(b);
  }
  return out;
}

class URLSearchParams {
  #list = [];
  #update = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      if (typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          const entry = [...pair];
          if (entry.length !== 2) {
            const err = new TypeError('Each query pair must be an iterable [name, value] tuple');
            err.code = 'ERR_INVALID_TUPLE';
            throw err;
          }
          this.#list.push([String(entry[0]), String(entry[1])]);
        }
      } else {
        for (const key of Object.keys(init)) this.#list.push([key, String(init[key])]);
      }
      return;
    }
    this[kReset](String(init));
  }

  [kReset](search) {
    const s = search.startsWith('?') ? search.slice(1) : search;
    this.#list = [];
    for (const piece of s.split('&')) {
      if (piece === '') continue;
      const eq = piece.indexOf('=');
      this.#list.push(eq < 0 ? [formDecode(piece), ''] : [formDecode(piece.slice(0, eq)), formDecode(piece.slice(eq + 1))]);
    }
  }
  [kAttach](update) { this.#update = update; }
  #changed() { if (this.#update) this.#update(this.toString()); }

  get size() { return this.#list.length; }
  append(name, value) { this.#list.push([String(name), String(value)]); this.#changed(); }
  delete(name, value = undefined) {
    name = String(name);
    this.#list = this.#list.filter(([k, v]) => k !== name || (value !== undefined && v !== String(value)));
    this.#changed();
  }
  get(name) { const e = this.#list.find(([k]) => k === String(name)); return e ? e[1] : null; }
  getAll(name) { return this.#list.filter(([k]) => k === String(name)).map(([, v]) => v); }
  has(name, value = undefined) { return this.#list.some(([k, v]) => k === String(name) && (value === undefined || v === String(value))); }
  set(name, value) {
    name = String(name);
    value = String(value);
    let found = false;
    const out = [];
    for (const entry of this.#list) {
      if (entry[0] !== name) out.push(entry);
      else if (!found) { found = true; out.push([name, value]); }
    }
    if (!found) out.push([name, value]);
    this.#list = out;
    this.#changed();
  }
  sort() {
    this.#list = this.#list.map((e, i) => [e, i]).sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j)).map(([e]) => e);
    this.#changed();
  }
  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      const err = new TypeError(`The "callback" argument must be of type function. Received ${callback === undefined ? 'undefined' : typeof callback}`);
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    for (let i = 0; i < this.#list.length; i++) callback.call(thisArg, this.#list[i][1], this.#list[i][0], this);
  }
  *keys() { for (const [k] of this.#list) yield k; }
  *values() { for (const [, v] of this.#list) yield v; }
  *entries() { for (const [k, v] of this.#list) yield [k, v]; }
  [Symbol.iterator]() { return this.entries(); }
  toString() { return this.#list.map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`).join('&'); }

  [customInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const inner = { ...options };
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const output = this.#list.map(([k, v]) => `${inspect(k, inner)} => ${inspect(v, inner)}`);
    const length = output.reduce((n, s) => n + s.length + 2, -2);
    if (length > (options.breakLength ?? 80)) return `URLSearchParams {\n  ${output.join(',\n  ')} }`;
    return output.length ? `URLSearchParams { ${output.join(', ')} }` : 'URLSearchParams {}';
  }
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

function fileURLToPath(path) {
  const url = typeof path === 'string' ? new URL(path) : path;
  if (!(url instanceof URL)) {
    const err = new TypeError(`The "path" argument must be of type string or an instance of URL. Received ${typeof path}`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (url.protocol !== 'file:') {
    const err = new TypeError('The URL must be of scheme file');
    err.code = 'ERR_INVALID_URL_SCHEME';
    throw err;
  }
  if (/%2f/i.test(url.pathname)) {
    const err = new TypeError('File URL path must not include encoded / characters');
    err.code = 'ERR_INVALID_FILE_URL_PATH';
    throw err;
  }
  return decodeURIComponent(url.pathname);
}

function pathToFileURL(path) {
  let resolved = require('path').resolve(String(path));
  if (String(path).endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return new URL('file://' + encodeSet(resolved, inSet('"#<>?`{}%')));
}

const domainToASCII = (domain) => String(domain).toLowerCase();
const domainToUnicode = (domain) => String(domain).toLowerCase();

function urlToHttpOptions(url) {
  const options = {
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return options;
}

// The legacy API (url.parse and friends), on top of the WHATWG parser.
function Url() {
  this.protocol = null; this.slashes = null; this.auth = null; this.host = null; this.port = null;
  this.hostname = null; this.hash = null; this.search = null; this.query = null; this.pathname = null;
  this.path = null; this.href = null;
}
function legacyParse(input, parseQueryString = false) {
  const result = new Url();
  const text = String(input).trim();
  const parts = parseAbsolute(text) || parseRelative(text, parseAbsolute('legacy://x/'));
  const absolute = /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(text);
  if (absolute) {
    result.protocol = parts.protocol;
    result.slashes = parts.hasHost || null;
    if (parts.username || parts.password) result.auth = decodeURIComponent(parts.username) + (parts.password ? ':' + decodeURIComponent(parts.password) : '');
    if (parts.hasHost) {
      result.host = parts.hostname + (parts.port ? ':' + parts.port : '');
      result.port = parts.port || null;
      result.hostname = parts.hostname;
    }
  }
  result.hash = parts.hash || null;
  result.search = parts.search || (parseQueryString ? '' : null);
  const query = parts.search ? parts.search.slice(1) : '';
  result.query = parseQueryString ? Object.fromEntries(new URLSearchParams(query)) : (parts.search ? query : null);
  result.pathname = parts.pathname || (absolute && parts.hasHost ? '/' : null);
  result.path = (result.pathname || '') + (parts.search || '') || null;
  result.href = absolute ? new URL(text).href : text;
  return result;
}
function format(value) {
  if (value instanceof URL) return value.href;
  if (typeof value === 'string') return legacyParse(value).href;
  const u = value || {};
  let out = u.protocol ? (u.protocol.endsWith(':') ? u.protocol : u.protocol + ':') : '';
  if (u.slashes || u.host || u.hostname) out += '//';
  if (u.auth) out += encodeSet(u.auth, inSet('@/?#')) + '@';
  out += u.host || ((u.hostname || '') + (u.port ? ':' + u.port : ''));
  out += u.pathname || '';
  if (u.search) out += u.search.startsWith('?') ? u.search : '?' + u.search;
  else if (u.query && typeof u.query === 'object') { const q = new URLSearchParams(u.query).toString(); if (q) out += '?' + q; }
  if (u.hash) out += u.hash.startsWith('#') ? u.hash : '#' + u.hash;
  return out;
}
function resolve(from, to) {
  const base = new URL(String(from), 'resolve://host/');
  const url = new URL(String(to), base);
  if (url.protocol === 'resolve:') {
    const rel = url.pathname + url.search + url.hash;
    return String(from).startsWith('/') || rel === '/' ? rel : rel.slice(1);
  }
  return url.href;
}

module.exports = {
  Url, parse: legacyParse, resolve, resolveObject: (from, to) => legacyParse(resolve(from, to)), format,
  URL, URLSearchParams, domainToASCII, domainToUnicode, pathToFileURL, fileURLToPath, urlToHttpOptions,
};
