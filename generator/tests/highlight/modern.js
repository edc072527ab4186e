// Modern JavaScript the chosen grammar must classify correctly (no JSX).
import fs, { readFile as rf } from 'node:fs/promises';
import * as path from "node:path";
export { rf };
export default class Counter extends EventTarget {
  #count = 0;
  static instances = 0;
  static #registry = new Map();
  constructor(start = 0n) {
    super();
    this.#count = start;
    Counter.instances++;
  }
  get value() { return this.#count; }
  #bump(by) { this.#count += by; }
  static create() { return new Counter(); }
}
const big = 10n ** 20n + 0x1Fn;
const n = 1_000_000 + 0b1010 + 0o17 + 1.5e-3;
const greet = (name, ...rest) => `Hello ${name.toUpperCase()}, ${rest.length} more`;
const nested = `a ${`b ${1 + 2}`} c`;
const tagged = String.raw`C:\path\${x}`;
const cfg = options?.server?.port ?? 8080;
const call = maybe?.(1)?.[0];
let x = 1; x ??= 2; x ||= 3; x &&= 4;
const re = /^(?<year>\d{4})-(?<month>\d{2})$/u;
const ratio = total / count / 2;
if (/ab+c/gi.test(s)) console.log(s.replace(/\s+/g, ' '));
async function* ticks(limit) {
  for await (const chunk of stream) yield chunk;
  yield* other();
}
const load = async () => { const { default: m } = await import('./m.js'); return m; };
label: for (const [k, v] of Object.entries(obj)) { if (!v) continue label; }
try { JSON.parse('{'); } catch { /* optional catch binding */ }
export const sum = (a, b = 2) => a + b;
export async function main() { return await Promise.allSettled([load()]); }
