// What Node's internalBinding('url') (ada, C++) gives lib/internal/url.js and
// lib/url.js, written in JavaScript: the WHATWG URL parser (the standard's
// state machine, with state overrides for the setters), its serializer, and
// `urlComponents`, the offsets of the parts of the last href returned (as
// ada's url_aggregator lays them out). Hosts: IPv4 (all number forms), IPv6,
// opaque hosts, and domains lowercased with non-ASCII labels Punycode-encoded
// (no IDNA mapping table: Node without ICU data differs the same way).
'use strict';

const OMITTED = 4294967295;
const urlComponents = new Uint32Array(9);
const SPECIAL = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };
const SCHEME_TYPE = { __proto__: null, http: 0, https: 2, ws: 3, ftp: 4, wss: 5, file: 6 };
const FAIL = Symbol('failure');

let encoder;
const utf8 = (s) => (encoder || (encoder = new TextEncoder())).encode(s);
const hex = (b) => '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();

// Percent-encode sets, as predicates on a code point.
const C0 = (c) => c < 0x20 || c > 0x7e;
const FRAGMENT = (c) => C0(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
const QUERY = (c) => C0(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
const SPECIAL_QUERY = (c) => QUERY(c) || c === 0x27;
const PATH = (c) => QUERY(c) || c === 0x3f || c === 0x5e || c === 0x60 || c === 0x7b || c === 0x7d;
const USERINFO = (c) => PATH(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 || (c >= 0x5b && c <= 0x5d) || c === 0x7c;

function encodeCp(cp, set) {
  const ch = String.fromCodePoint(cp);
  if (!set(cp)) return ch;
  let out = '';
  for (const b of utf8(ch)) out += hex(b);
  return out;
}

const isAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c) => c >= 0x30 && c <= 0x39;
const isHex = (c) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isWinLetter = (s, normalized) => s.length === 2 && isAlpha(s.charCodeAt(0)) && (s[1] === ':' || (!normalized && s[1] === '|'));
const startsWithWinLetter = (cps, i) => i + 1 < cps.length && isAlpha(cps[i]) && (cps[i + 1] === 0x3a || cps[i + 1] === 0x7c) &&
  (i + 2 === cps.length || [0x2f, 0x5c, 0x3f, 0x23].includes(cps[i + 2]));
const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
const isDoubleDot = (s) => { s = s.toLowerCase(); return s === '..' || s === '.%2e' || s === '%2e.' || s === '%2e%2e'; };

function percentDecode(s) {
  const bytes = utf8(s);
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x25 && isHex(bytes[i + 1] || 0) && isHex(bytes[i + 2] || 0)) {
      out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
      i += 2;
    } else out.push(bytes[i]);
  }
  return new TextDecoder().decode(new Uint8Array(out));
}

// Hosts ------------------------------------------------------------------

function parseIPv4Number(s) {
  if (s === '') return FAIL;
  let radix = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) { s = s.slice(2); radix = 16; } else if (s.length >= 2 && s[0] === '0') { s = s.slice(1); radix = 8; }
  if (s === '') return 0;
  const re = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!re.test(s)) return FAIL;
  return parseInt(s, radix);
}

function endsInNumber(host) {
  const parts = host.split('.');
  if (parts[parts.length - 1] === '') { if (parts.length === 1) return false; parts.pop(); }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return parseIPv4Number(last) !== FAIL;
}

function parseIPv4(host) {
  const parts = host.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return FAIL;
  const nums = [];
  for (const p of parts) { const n = parseIPv4Number(p); if (n === FAIL) return FAIL; nums.push(n); }
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return FAIL;
  if (nums[nums.length - 1] >= 256 ** (5 - nums.length)) return FAIL;
  let ipv4 = nums[nums.length - 1];
  for (let i = 0; i < nums.length - 1; i++) ipv4 += nums[i] * 256 ** (3 - i);
  return ipv4;
}

function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let piece = 0; let compress = null; let p = 0;
  const cps = Array.from(input, (ch) => ch.codePointAt(0));
  const at = (i) => cps[i];
  if (at(p) === 0x3a) { if (at(p + 1) !== 0x3a) return FAIL; p += 2; piece++; compress = piece; }
  while (at(p) !== undefined) {
    if (piece === 8) return FAIL;
    if (at(p) === 0x3a) { if (compress !== null) return FAIL; p++; piece++; compress = piece; continue; }
    let value = 0; let length = 0;
    while (length < 4 && at(p) !== undefined && isHex(at(p))) { value = value * 16 + parseInt(String.fromCodePoint(at(p)), 16); p++; length++; }
    if (at(p) === 0x2e) {
      if (length === 0) return FAIL;
      p -= length;
      if (piece > 6) return FAIL;
      let seen = 0;
      while (at(p) !== undefined) {
        let v4 = null;
        if (seen > 0) { if (at(p) === 0x2e && seen < 4) p++; else return FAIL; }
        if (at(p) === undefined || !isDigit(at(p))) return FAIL;
        while (at(p) !== undefined && isDigit(at(p))) {
          const n = at(p) - 0x30;
          if (v4 === null) v4 = n; else if (v4 === 0) return FAIL; else v4 = v4 * 10 + n;
          if (v4 > 255) return FAIL;
          p++;
        }
        address[piece] = address[piece] * 256 + v4;
        seen++;
        if (seen === 2 || seen === 4) piece++;
      }
      if (seen !== 4) return FAIL;
      break;
    } else if (at(p) === 0x3a) { p++; if (at(p) === undefined) return FAIL; } else if (at(p) !== undefined) return FAIL;
    address[piece] = value; piece++;
  }
  if (compress !== null) {
    let swaps = piece - compress; piece = 7;
    while (piece !== 0 && swaps > 0) { const t = address[compress + swaps - 1]; address[compress + swaps - 1] = address[piece]; address[piece] = t; piece--; swaps--; }
  } else if (piece !== 8) return FAIL;
  return address;
}

function serializeIPv6(address) {
  let best = null; let bestLen = 1; let start = null; let len = 0;
  for (let i = 0; i <= 8; i++) {
    if (i < 8 && address[i] === 0) { if (start === null) start = i; len++; } else {
      if (len > bestLen) { best = start; bestLen = len; }
      start = null; len = 0;
    }
  }
  let out = '['; let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (best === i) { out += i === 0 ? '::' : ':'; ignore0 = true; continue; }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out + ']';
}

const FORBIDDEN_HOST = /[\u0000\t\n\r #/:<>?@[\\\]^|]/;
const FORBIDDEN_DOMAIN = /[\u0000-\u001f\t\n\r #/:<>?@[\\\]^|%\u007f]/;

// Punycode (RFC 3492), for non-ASCII domain labels.
function punyEncode(label) {
  const cps = Array.from(label, (c) => c.codePointAt(0));
  const adapt = (delta, num, first) => {
    delta = first ? Math.floor(delta / 700) : delta >> 1;
    delta += Math.floor(delta / num);
    let k = 0;
    while (delta > 455) { delta = Math.floor(delta / 35); k += 36; }
    return k + Math.floor(36 * delta / (delta + 38));
  };
  const digit = (d) => String.fromCharCode(d + 22 + 75 * (d < 26));
  let out = cps.filter((c) => c < 0x80).map((c) => String.fromCharCode(c)).join('');
  const b = out.length; let h = b;
  if (b > 0) out += '-';
  let n = 128; let delta = 0; let bias = 72;
  while (h < cps.length) {
    const m = Math.min(...cps.filter((c) => c >= n));
    delta += (m - n) * (h + 1); n = m;
    for (const c of cps) {
      if (c < n) delta++;
      if (c === n) {
        let q = delta;
        for (let k = 36; ; k += 36) {
          const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
          if (q < t) break;
          out += digit(t + (q - t) % (36 - t)); q = Math.floor((q - t) / (36 - t));
        }
        out += digit(q); bias = adapt(delta, h + 1, h === b); delta = 0; h++;
      }
    }
    delta++; n++;
  }
  return 'xn--' + out;
}

function punyDecode(input) {
  const out = []; let i = 0; let n = 128; let bias = 72;
  let basic = input.lastIndexOf('-'); if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) out.push(input.charCodeAt(j));
  for (let idx = basic > 0 ? basic + 1 : 0; idx < input.length;) {
    const oldi = i; let w = 1;
    for (let k = 36; ; k += 36) {
      if (idx >= input.length) return FAIL;
      const c = input.charCodeAt(idx++);
      const d = c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : 36;
      if (d >= 36) return FAIL;
      i += d * w;
      const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (d < t) break;
      w *= 36 - t;
    }
    const len = out.length + 1;
    let delta = oldi === 0 ? Math.floor((i - oldi) / 700) : (i - oldi) >> 1;
    delta += Math.floor(delta / len);
    let k = 0;
    while (delta > 455) { delta = Math.floor(delta / 35); k += 36; }
    bias = k + Math.floor(36 * delta / (delta + 38));
    n += Math.floor(i / len); i %= len;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

function domainToASCII(domain) {
  // UTS 46 without its table: fold case, map the ideographic full stops,
  // drop the code points it maps to nothing (soft hyphen, joiners, ...).
  domain = domain.normalize('NFC').toLowerCase().replace(/[\u3002\uff0e\uff61]/g, '.')
    // oxlint-disable-next-line no-misleading-character-class -- code points IDNA maps to nothing, escaped, each on its own
    .replace(/[\u00ad\u034f\u180b-\u180d\u200b\u2060\ufe00-\ufe0f\ufeff]/g, '');
  const labels = domain.split('.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    const ascii = !/[^\u0000-\u007f]/.test(label);
    if (label.startsWith('xn--')) {
      // Already Punycode: ASCII that decodes to the non-ASCII label it encodes.
      const decoded = ascii ? punyDecode(label.slice(4)) : FAIL;
      if (decoded === FAIL || !/[^\u0000-\u007f]/.test(decoded) || /[\u0080-\u009f]/.test(decoded) || punyEncode(decoded) !== label) {
        return FAIL;
      }
    } else if (!ascii) {
      labels[i] = punyEncode(label);
    }
  }
  const out = labels.join('.');
  if (out === '') return FAIL;
  return out;
}

function parseHost(input, notSpecial) {
  if (input.startsWith('[')) {
    if (!input.endsWith(']')) return FAIL;
    const a = parseIPv6(input.slice(1, -1));
    return a === FAIL ? FAIL : serializeIPv6(a);
  }
  if (notSpecial) {
    if (FORBIDDEN_HOST.test(input)) return FAIL;
    let out = '';
    for (const ch of input) out += encodeCp(ch.codePointAt(0), C0);
    return out;
  }
  const ascii = domainToASCII(percentDecode(input));
  if (ascii === FAIL || FORBIDDEN_DOMAIN.test(ascii)) return FAIL;
  if (endsInNumber(ascii)) {
    const v4 = parseIPv4(ascii);
    if (v4 === FAIL) return FAIL;
    const parts = [];
    let n = v4;
    for (let i = 0; i < 4; i++) { parts.unshift(String(n % 256)); n = Math.floor(n / 256); }
    return parts.join('.');
  }
  return ascii;
}

// The state machine -----------------------------------------------------------

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], opaque: false, query: null, fragment: null };
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWinLetter(path[0], true)) return;
  path.pop();
}

// Parses `input` into `url` (a new record unless a setter passes one with
// `state`); returns the record, FAIL, or undefined (a setter's early stop).
function basicParse(input, base, url, state) {
  if (!url) {
    url = newRecord();
    input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  const override = state !== undefined;
  state = state || 'scheme start';
  const cps = Array.from(input, (ch) => ch.codePointAt(0));
  let buffer = '';
  let atSign = false; let insideBrackets = false; let passwordToken = false;
  const special = () => url.scheme in SPECIAL;
  for (let p = 0; ; p++) {
    const c = cps[p];
    const ch = c === undefined ? '' : String.fromCodePoint(c);
    switch (state) {
      case 'scheme start':
        if (c !== undefined && isAlpha(c)) { buffer += ch.toLowerCase(); state = 'scheme'; } else if (!override) { state = 'no scheme'; p--; } else return FAIL;
        break;
      case 'scheme':
        if (c !== undefined && (isAlpha(c) || isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e)) buffer += ch.toLowerCase();
        else if (c === 0x3a) {
          if (override) {
            if ((url.scheme in SPECIAL) !== (buffer in SPECIAL)) return undefined;
            if ((url.username !== '' || url.password !== '' || url.port !== null) && buffer === 'file') return undefined;
            if (url.scheme === 'file' && url.host === '') return undefined;
          }
          url.scheme = buffer;
          if (override) { if (url.port === SPECIAL[url.scheme]) url.port = null; return url; }
          buffer = '';
          if (url.scheme === 'file') state = 'file';
          else if (special() && base && base.scheme === url.scheme) state = 'special relative or authority';
          else if (special()) state = 'special authority slashes';
          else if (cps[p + 1] === 0x2f) { state = 'path or authority'; p++; } else { url.opaque = true; url.path = ''; state = 'opaque path'; }
        } else if (!override) { buffer = ''; state = 'no scheme'; p = -1; } else return FAIL;
        break;
      case 'no scheme':
        if (!base || (base.opaque && c !== 0x23)) return FAIL;
        if (base.opaque && c === 0x23) {
          url.scheme = base.scheme; url.path = base.path; url.opaque = true; url.query = base.query; url.fragment = ''; state = 'fragment';
        } else if (base.scheme !== 'file') { state = 'relative'; p--; } else { state = 'file'; p--; }
        break;
      case 'special relative or authority':
        if (c === 0x2f && cps[p + 1] === 0x2f) { state = 'special authority ignore slashes'; p++; } else { state = 'relative'; p--; }
        break;
      case 'path or authority':
        if (c === 0x2f) state = 'authority'; else { state = 'path'; p--; }
        break;
      case 'relative':
        url.scheme = base.scheme;
        if (c === 0x2f) state = 'relative slash';
        else if (special() && c === 0x5c) state = 'relative slash';
        else {
          url.username = base.username; url.password = base.password; url.host = base.host; url.port = base.port; url.path = base.path.slice(); url.query = base.query;
          if (c === 0x3f) { url.query = ''; state = 'query'; } else if (c === 0x23) { url.fragment = ''; state = 'fragment'; } else if (c !== undefined) { url.query = null; shortenPath(url); state = 'path'; p--; }
        }
        break;
      case 'relative slash':
        if (special() && (c === 0x2f || c === 0x5c)) state = 'special authority ignore slashes';
        else if (c === 0x2f) state = 'authority';
        else { url.username = base.username; url.password = base.password; url.host = base.host; url.port = base.port; state = 'path'; p--; }
        break;
      case 'special authority slashes':
        if (c === 0x2f && cps[p + 1] === 0x2f) { state = 'special authority ignore slashes'; p++; } else { state = 'special authority ignore slashes'; p--; }
        break;
      case 'special authority ignore slashes':
        if (c !== 0x2f && c !== 0x5c) { state = 'authority'; p--; }
        break;
      case 'authority':
        if (c === 0x40) {
          if (atSign) buffer = '%40' + buffer;
          atSign = true;
          for (const bc of Array.from(buffer, (x) => x.codePointAt(0))) {
            if (bc === 0x3a && !passwordToken) { passwordToken = true; continue; }
            const enc = encodeCp(bc, USERINFO);
            if (passwordToken) url.password += enc; else url.username += enc;
          }
          buffer = '';
        } else if (c === undefined || c === 0x2f || c === 0x3f || c === 0x23 || (special() && c === 0x5c)) {
          if (atSign && buffer === '') return FAIL;
          p -= Array.from(buffer).length + 1; buffer = ''; state = 'host';
        } else buffer += ch;
        break;
      case 'host':
      case 'hostname':
        if (override && url.scheme === 'file') { p--; state = 'file host'; } else if (c === 0x3a && !insideBrackets) {
          if (buffer === '') return FAIL;
          if (override && state === 'hostname') return undefined;
          const host = parseHost(buffer, !special());
          if (host === FAIL) return FAIL;
          url.host = host; buffer = ''; state = 'port';
        } else if (c === undefined || c === 0x2f || c === 0x3f || c === 0x23 || (special() && c === 0x5c)) {
          p--;
          if (special() && buffer === '') return FAIL;
          if (override && buffer === '' && (url.username !== '' || url.password !== '' || url.port !== null)) return undefined;
          const host = parseHost(buffer, !special());
          if (host === FAIL) return FAIL;
          url.host = host; buffer = ''; state = 'path start';
          if (override) return url;
        } else { if (c === 0x5b) insideBrackets = true; if (c === 0x5d) insideBrackets = false; buffer += ch; }
        break;
      case 'port':
        if (c !== undefined && isDigit(c)) buffer += ch;
        else if (c === undefined || c === 0x2f || c === 0x3f || c === 0x23 || (special() && c === 0x5c) || override) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return FAIL;
            url.port = port === SPECIAL[url.scheme] ? null : port;
            buffer = '';
          }
          if (override) return url;
          state = 'path start'; p--;
        } else return FAIL;
        break;
      case 'file':
        url.scheme = 'file'; url.host = '';
        if (c === 0x2f || c === 0x5c) state = 'file slash';
        else if (base && base.scheme === 'file') {
          url.host = base.host; url.path = base.path.slice(); url.query = base.query;
          if (c === 0x3f) { url.query = ''; state = 'query'; } else if (c === 0x23) { url.fragment = ''; state = 'fragment'; } else if (c !== undefined) {
            url.query = null;
            if (!startsWithWinLetter(cps, p)) shortenPath(url); else url.path = [];
            state = 'path'; p--;
          }
        } else { state = 'path'; p--; }
        break;
      case 'file slash':
        if (c === 0x2f || c === 0x5c) state = 'file host';
        else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWinLetter(cps, p) && base.path.length > 0 && isWinLetter(base.path[0], true)) url.path.push(base.path[0]);
          }
          state = 'path'; p--;
        }
        break;
      case 'file host':
        if (c === undefined || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
          p--;
          if (!override && isWinLetter(buffer, false)) state = 'path';
          else if (buffer === '') { url.host = ''; if (override) return url; state = 'path start'; } else {
            let host = parseHost(buffer, false);
            if (host === FAIL) return FAIL;
            if (host === 'localhost') host = '';
            url.host = host;
            if (override) return url;
            buffer = ''; state = 'path start';
          }
        } else buffer += ch;
        break;
      case 'path start':
        if (special()) { state = 'path'; if (c !== 0x2f && c !== 0x5c) p--; } else if (!override && c === 0x3f) { url.query = ''; state = 'query'; } else if (!override && c === 0x23) { url.fragment = ''; state = 'fragment'; } else if (c !== undefined) { state = 'path'; if (c !== 0x2f) p--; } else if (override && url.host === null) url.path.push('');
        break;
      case 'path':
        if (c === undefined || c === 0x2f || (special() && c === 0x5c) || (!override && (c === 0x3f || c === 0x23))) {
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (c !== 0x2f && !(special() && c === 0x5c)) url.path.push('');
          } else if (isSingleDot(buffer) && c !== 0x2f && !(special() && c === 0x5c)) url.path.push('');
          else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWinLetter(buffer, false)) buffer = buffer[0] + ':';
            url.path.push(buffer);
          }
          buffer = '';
          if (c === 0x3f) { url.query = ''; state = 'query'; }
          if (c === 0x23) { url.fragment = ''; state = 'fragment'; }
        } else buffer += encodeCp(c, PATH);
        break;
      case 'opaque path':
        if (c === 0x3f) { url.query = ''; state = 'query'; } else if (c === 0x23) { url.fragment = ''; state = 'fragment'; } else if (c !== undefined) url.path += encodeCp(c, C0);
        break;
      case 'query':
        if ((!override && c === 0x23) || c === undefined) {
          const set = special() ? SPECIAL_QUERY : QUERY;
          for (const b of utf8(buffer)) url.query += set(b) ? hex(b) : String.fromCharCode(b);
          buffer = '';
          if (c === 0x23) { url.fragment = ''; state = 'fragment'; }
        } else buffer += ch;
        break;
      case 'fragment':
        if (c !== undefined) url.fragment += encodeCp(c, FRAGMENT);
        break;
    }
    if (p >= cps.length) break; // the pointer is at EOF after this step
  }
  return url;
}

// Serializes a record to its href and fills urlComponents.
function serialize(url, excludeFragment) {
  let href = url.scheme + ':';
  const protocolEnd = href.length;
  let usernameEnd; let hostStart; let hostEnd; let pathnameStart;
  if (url.host !== null) {
    href += '//';
    usernameEnd = href.length;
    if (url.username !== '' || url.password !== '') {
      href += url.username;
      usernameEnd = href.length;
      if (url.password !== '') href += ':' + url.password;
      hostStart = href.length;
      href += '@';
    } else hostStart = href.length;
    href += url.host;
    hostEnd = href.length;
    if (url.port !== null) href += ':' + url.port;
  } else {
    usernameEnd = hostStart = hostEnd = href.length;
  }
  if (url.opaque) { pathnameStart = href.length; href += url.path; } else {
    if (url.host === null && url.path.length > 1 && url.path[0] === '') href += '/.';
    pathnameStart = href.length;
    for (const seg of url.path) href += '/' + seg;
  }
  let searchStart = OMITTED; let hashStart = OMITTED;
  if (url.query !== null) { searchStart = href.length; href += '?' + url.query; }
  if (!excludeFragment && url.fragment !== null) { hashStart = href.length; href += '#' + url.fragment; }
  const c = urlComponents;
  c[0] = protocolEnd; c[1] = usernameEnd; c[2] = hostStart; c[3] = hostEnd;
  c[4] = url.port === null ? OMITTED : url.port; c[5] = pathnameStart; c[6] = searchStart; c[7] = hashStart;
  c[8] = url.scheme in SCHEME_TYPE ? SCHEME_TYPE[url.scheme] : 1;
  return href;
}

function invalidUrl(input, base) {
  const { ERR_INVALID_URL } = require('internal/errors').codes;
  return new ERR_INVALID_URL(input, base);
}

// The last input parsed (programs often parse one URL in a loop); records
// from here are never mutated (`update` parses its own).
let lastInput; let lastBase; let lastRecord;

function parseWithBase(input, base) {
  if (input === lastInput && base === lastBase) return lastRecord;
  lastInput = input; lastBase = base;
  lastRecord = parseWithBaseUncached(input, base);
  return lastRecord;
}

function parseWithBaseUncached(input, base) {
  let baseRecord;
  if (base !== undefined) {
    baseRecord = basicParse(String(base));
    if (baseRecord === FAIL) return FAIL;
  }
  return basicParse(String(input), baseRecord);
}

function parse(input, base, raiseException) {
  const url = parseWithBase(input, base);
  if (url === FAIL) {
    if (raiseException) throw invalidUrl(input, base);
    return undefined;
  }
  return serialize(url);
}

const canParse = (input, base) => parseWithBase(input, base) !== FAIL;

const cannotHaveCredentials = (url) => url.host === null || url.host === '' || url.scheme === 'file';

// The setters: `href` with one part replaced (the href itself when the value
// is rejected), or false for an invalid href.
function update(href, action, value) {
  if (action === 9) {
    const url = basicParse(value);
    return url === FAIL ? false : serialize(url);
  }
  const url = basicParse(href);
  const copy = () => ({ ...url, path: url.opaque ? url.path : url.path.slice() });
  let next = url;
  switch (action) {
    case 0: { // protocol
      const r = basicParse(value + ':', undefined, copy(), 'scheme start');
      if (r && r !== FAIL) next = r;
      break;
    }
    case 4: case 5: // username, password
      if (!cannotHaveCredentials(url)) {
        let enc = '';
        for (const ch of value) enc += encodeCp(ch.codePointAt(0), USERINFO);
        if (action === 4) url.username = enc; else url.password = enc;
      }
      break;
    case 1: case 2: // host, hostname
      if (!url.opaque) {
        const r = basicParse(value, undefined, copy(), action === 1 ? 'host' : 'hostname');
        if (r && r !== FAIL) next = r;
      }
      break;
    case 3: // port
      if (!cannotHaveCredentials(url)) {
        if (value === '') url.port = null; else {
          const r = basicParse(value, undefined, copy(), 'port');
          if (r && r !== FAIL) next = r;
        }
      }
      break;
    case 6: // pathname
      if (!url.opaque) {
        const r = copy(); r.path = [];
        const out = basicParse(value, undefined, r, 'path start');
        if (out && out !== FAIL) next = out;
      }
      break;
    case 7: // search
      if (value === '') url.query = null; else {
        const r = copy(); r.query = '';
        next = basicParse(value[0] === '?' ? value.slice(1) : value, undefined, r, 'query');
      }
      break;
    case 8: // hash
      if (value === '') url.fragment = null; else {
        const r = copy(); r.fragment = '';
        next = basicParse(value[0] === '#' ? value.slice(1) : value, undefined, r, 'fragment');
      }
      break;
  }
  if (next.opaque && (action === 7 || action === 8) && next.fragment === null && next.query === null) next.path = next.path.replace(/ +$/, '');
  return serialize(next);
}

// url.format(URL, options): the href without the parts options leave out.
function format(href, fragment, unicode, search, auth) {
  const url = basicParse(href);
  if (!auth) { url.username = ''; url.password = ''; }
  if (!search) url.query = null;
  if (unicode && url.host) url.host = domainToUnicode(url.host);
  return serialize(url, !fragment);
}

function toASCII(domain) {
  const host = parseHost(domain, false);
  return host === FAIL ? '' : host;
}

function domainToUnicode(domain) {
  const host = parseHost(domain, false);
  if (host === FAIL) return '';
  return host.split('.').map((l) => {
    if (!l.startsWith('xn--')) return l;
    const d = punyDecode(l.slice(4));
    return d === FAIL ? l : d;
  }).join('.');
}

module.exports = {
  urlComponents,
  parse,
  canParse,
  update,
  format,
  domainToASCII: toASCII,
  domainToUnicode,
  toASCII: (s) => { const a = domainToASCII(s); return a === FAIL ? '' : a; },
};
