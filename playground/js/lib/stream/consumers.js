// `stream/consumers`: read a whole stream (or async iterable) into a Buffer,
// a string, parsed JSON or an ArrayBuffer.
'use strict'

const { Buffer } = require('buffer')
const { StringDecoder } = require('string_decoder')

async function buffer(stream) {
  const chunks = []
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
  }
  return Buffer.concat(chunks)
}

async function arrayBuffer(stream) {
  const buf = await buffer(stream)
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)
}

async function text(stream) {
  const decoder = new StringDecoder('utf8')
  let str = ''
  for await (const chunk of stream) {
    str += typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
  }
  return str + decoder.end()
}

async function json(stream) {
  return JSON.parse(await text(stream))
}

async function blob() {
  throw new Error('stream/consumers.blob() is not available in the playground (no Blob)')
}

module.exports = { arrayBuffer, blob, buffer, json, text }
