// What Node's internalBinding('string_decoder') (src/string_decoder.cc)
// gives lib/string_decoder.js, written in JavaScript: `decode` and `flush`
// over the decoder's 7-byte state buffer (up to 4 bytes of an incomplete
// character, then missing bytes, buffered bytes, encoding), following the
// C++ step by step so lastChar/lastNeed/lastTotal read the same.
'use strict';

const encodings = ['ascii', 'utf8', 'base64', 'utf16le', 'latin1', 'hex', 'buffer', 'base64url'];
const [, UTF8, BASE64, UCS2, , , , BASE64URL] = encodings.keys();
const kIncompleteCharactersStart = 0;
const kIncompleteCharactersEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kNumFields = 7;

function makeString(bytes, start, end, enc) {
  const { Buffer } = require('buffer');
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString(encodings[enc]);
}

function decode(state, buf) {
  const data = buf instanceof Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const enc = state[kEncodingField];
  let start = 0;
  let nread = data.length;
  if (enc !== UTF8 && enc !== UCS2 && enc !== BASE64 && enc !== BASE64URL) return makeString(data, 0, nread, enc);
  let prepend = null;
  let body;
  if (state[kMissingBytes] > 0) {
    if (enc === UTF8) {
      // A byte that should continue the character but does not starts a new one.
      for (let i = 0; i < nread && i < state[kMissingBytes]; ++i) {
        if ((data[i] & 0xc0) !== 0x80) {
          state[kMissingBytes] = 0;
          state.set(data.subarray(0, i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          start += i;
          nread -= i;
          break;
        }
      }
    }
    const found = Math.min(nread, state[kMissingBytes]);
    state.set(data.subarray(start, start + found), state[kBufferedBytes]);
    start += found;
    nread -= found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = makeString(state, 0, state[kBufferedBytes], enc);
      state[kBufferedBytes] = 0;
    }
  }
  if (nread === 0) {
    body = prepend !== null ? prepend : '';
    prepend = null;
  } else {
    const last = data[start + nread - 1];
    if (enc === UTF8 && last & 0x80) {
      // Where does the character of the last byte begin?
      for (let i = start + nread - 1; ; --i) {
        state[kBufferedBytes]++;
        if ((data[i] & 0xc0) === 0x80) {
          if (state[kBufferedBytes] >= 4 || i === start) {
            state[kBufferedBytes] = 0;
            break;
          }
        } else {
          if ((data[i] & 0xe0) === 0xc0) state[kMissingBytes] = 2;
          else if ((data[i] & 0xf0) === 0xe0) state[kMissingBytes] = 3;
          else if ((data[i] & 0xf8) === 0xf0) state[kMissingBytes] = 4;
          else {
            state[kBufferedBytes] = 0;
            break;
          }
          if (state[kBufferedBytes] >= state[kMissingBytes]) {
            state[kMissingBytes] = 0;
            state[kBufferedBytes] = 0;
          }
          state[kMissingBytes] -= state[kBufferedBytes];
          break;
        }
      }
    } else if (enc === UCS2) {
      if (nread % 2 === 1) {
        state[kBufferedBytes] = 1;
        state[kMissingBytes] = 1;
      } else if ((last & 0xfc) === 0xd8) {
        state[kBufferedBytes] = 2;
        state[kMissingBytes] = 2;
      }
    } else if (enc === BASE64 || enc === BASE64URL) {
      state[kBufferedBytes] = nread % 3;
      if (state[kBufferedBytes] > 0) state[kMissingBytes] = 3 - state[kBufferedBytes];
    }
    if (state[kBufferedBytes] > 0) {
      nread -= state[kBufferedBytes];
      state.set(data.subarray(start + nread, start + nread + state[kBufferedBytes]), 0);
    }
    body = nread > 0 ? makeString(data, start, start + nread, enc) : '';
  }
  return prepend === null ? body : prepend + body;
}

function flush(state) {
  const enc = state[kEncodingField];
  if (enc === UCS2 && state[kBufferedBytes] % 2 === 1) {
    // Ignore a single trailing byte, like the JS decoder does.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = makeString(state, 0, state[kBufferedBytes], enc);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

module.exports = {
  encodings, decode, flush,
  kIncompleteCharactersStart, kIncompleteCharactersEnd, kMissingBytes, kBufferedBytes, kEncodingField, kNumFields,
  kSize: kNumFields,
};
