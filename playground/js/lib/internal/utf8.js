// UTF-8 encoding and decoding (WHATWG rules: lone surrogates encode as
// U+FFFD, each maximal invalid subsequence decodes to one U+FFFD), shared
// by buffer, string_decoder and TextEncoder/TextDecoder.
'use strict';

function utf8Length(str) {
  let n = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length &&
        str.charCodeAt(i + 1) >= 0xdc00 && str.charCodeAt(i + 1) <= 0xdfff) {
      n += 4;
      i++;
    } else {
      n += 3;
    }
  }
  return n;
}

// Writes `str` as UTF-8 into `dest` from `offset`, at most `max` bytes and
// only whole characters. Returns [bytesWritten, codeUnitsRead].
function utf8Write(str, dest, offset = 0, max = dest.length - offset) {
  let pos = offset;
  const end = offset + max;
  let i = 0;
  for (; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (pos + 1 > end) break;
      dest[pos++] = c;
    } else if (c < 0x800) {
      if (pos + 2 > end) break;
      dest[pos++] = 0xc0 | (c >> 6);
      dest[pos++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        if (pos + 4 > end) break;
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        dest[pos++] = 0xf0 | (c >> 18);
        dest[pos++] = 0x80 | ((c >> 12) & 0x3f);
        dest[pos++] = 0x80 | ((c >> 6) & 0x3f);
        dest[pos++] = 0x80 | (c & 0x3f);
        i++;
      } else {
        if (pos + 3 > end) break;
        dest[pos++] = 0xef;
        dest[pos++] = 0xbf;
        dest[pos++] = 0xbd;
      }
    } else {
      if (pos + 3 > end) break;
      dest[pos++] = 0xe0 | (c >> 12);
      dest[pos++] = 0x80 | ((c >> 6) & 0x3f);
      dest[pos++] = 0x80 | (c & 0x3f);
    }
  }
  return [pos - offset, i];
}

function utf8Encode(str) {
  const out = new Uint8Array(utf8Length(str));
  utf8Write(str, out, 0, out.length);
  return out;
}

// Collects UTF-16 code units and turns them into a string in chunks.
class StringBuilder {
  constructor() {
    this.parts = [];
    this.units = [];
  }

  push(cp) {
    if (cp > 0xffff) {
      cp -= 0x10000;
      this.units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      this.units.push(cp);
    }
    if (this.units.length >= 8192) this.flush();
  }

  flush() {
    if (this.units.length > 0) {
      this.parts.push(String.fromCharCode.apply(null, this.units));
      this.units = [];
    }
  }

  toString() {
    this.flush();
    return this.parts.join('');
  }
}

// Decodes bytes[start, end). With `state` (an object), decoding can stop in
// the middle of a character and continue with the next call; without it, an
// incomplete trailing sequence becomes U+FFFD.
function utf8Decode(bytes, start = 0, end = bytes.length, state = undefined) {
  const sb = new StringBuilder();
  let needed = state ? state.needed : 0;
  let seen = state ? state.seen : 0;
  let cp = state ? state.cp : 0;
  let lower = state ? state.lower : 0x80;
  let upper = state ? state.upper : 0xbf;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (needed === 0) {
      if (b < 0x80) {
        // A run of ASCII becomes a string in one call.
        let j = i + 1;
        while (j < end && bytes[j] < 0x80 && j - i < 8192) j++;
        if (j - i > 16 && typeof bytes.subarray === 'function') {
          sb.flush();
          sb.parts.push(String.fromCharCode.apply(null, bytes.subarray(i, j)));
        } else {
          for (let k = i; k < j; k++) sb.units.push(bytes[k]);
          if (sb.units.length >= 8192) sb.flush();
        }
        i = j - 1;
      } else if (b >= 0xc2 && b <= 0xdf) {
        needed = 1;
        cp = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
        cp = b & 0xf;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
        cp = b & 0x7;
      } else {
        sb.push(0xfffd);
        if (state) state.errors++;
      }
      continue;
    }
    if (b < lower || b > upper) {
      cp = needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      sb.push(0xfffd);
      if (state) state.errors++;
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    cp = (cp << 6) | (b & 0x3f);
    seen++;
    if (seen === needed) {
      sb.push(cp);
      cp = needed = seen = 0;
    }
  }
  if (state) {
    Object.assign(state, { needed, seen, cp, lower, upper });
  } else if (needed !== 0) {
    sb.push(0xfffd);
  }
  return sb.toString();
}

function newDecodeState() {
  return { needed: 0, seen: 0, cp: 0, lower: 0x80, upper: 0xbf, errors: 0 };
}

module.exports = { utf8Length, utf8Write, utf8Encode, utf8Decode, newDecodeState, StringBuilder };
