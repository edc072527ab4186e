// A getter that redefines itself as a data property on first read (the lazy
// getter pattern; Node's process.allowedNodeEnvironmentFlags is one) gives
// the new value on every later read from the same place in the code, and
// process.allowedNodeEnvironmentFlags answers has() for a flag spelled with
// or without dashes, underscores or a value, and cannot be changed.
'use strict'
const o = {}
Object.defineProperty(o, 'lazy', {
  get() {
    Object.defineProperty(this, 'lazy', { value: { f: () => 'value' }, writable: true, enumerable: true, configurable: true })
    return this.lazy
  },
  configurable: true,
  enumerable: true,
})
for (let i = 0; i < 3; i++) console.log(i, o.lazy.f())

const flags = process.allowedNodeEnvironmentFlags
for (const flag of ['--perf_basic_prof', 'perf-basic-prof', '-r', 'r', '--stack-trace-limit=100', '--max-old-space-size', 'INSPECT-BRK', '--r', '-R', '--cheeseburgers']) {
  console.log(flag, process.allowedNodeEnvironmentFlags.has(flag))
}
console.log(flags === process.allowedNodeEnvironmentFlags, Object.isFrozen(flags), flags.constructor.name, flags instanceof Set)
const size = flags.size
flags.add('foo')
flags.delete('-r')
flags.clear()
Set.prototype.add.call(flags, 'foo')
console.log(size === flags.size, flags.has('foo'), [...flags].every((f) => /^--?[a-zA-Z0-9._-]+$/.test(f)))
let n = 0
flags.forEach(function (flag, again, set) {
  if (n++ === 0) console.log(this.tag, flag === again, set === flags)
}, { tag: 'thisArg' })
console.log(Object.getOwnPropertyDescriptor(process, 'allowedNodeEnvironmentFlags').enumerable)
process.allowedNodeEnvironmentFlags = 'replaced'
console.log(process.allowedNodeEnvironmentFlags)
