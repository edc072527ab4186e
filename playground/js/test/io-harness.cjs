#!/usr/bin/env node
// Runs a program with the playground's I/O built-ins (js/lib: fs, stream,
// readline, timers...) loaded the way the Rust runtime loads them, under a
// fake `host` made of Node's own primitives. The virtual file system is
// seeded with the files of the current directory, so the same program can
// be compared with real Node run against the real files.
//
//   node io-harness.cjs PROGRAM.js [--stdin FILE]
//
// Modules not (yet) in js/lib (events, buffer, util, path... owned by other
// engineers) fall back to Node's own: a stand-in for the test harness only.
'use strict'

const realFs = require('node:fs')
const nodePath = require('node:path')
const Module = require('node:module')

const { builtinFile } = require('./harness.cjs')

function seedFiles(root) {
  const out = []
  const walk = (dir, rel) => {
    for (const name of realFs.readdirSync(dir).sort()) {
      const abs = nodePath.join(dir, name)
      const r = rel ? rel + '/' + name : name
      const st = realFs.statSync(abs)
      if (st.isDirectory()) walk(abs, r)
      else out.push([r, realFs.readFileSync(abs, 'utf8')])
    }
  }
  walk(root, '')
  return out
}

function makeHost({ cwd, stdin, files, filename }) {
  const timers = new Map()
  let nextId = 1
  // host.io: completes in a poll phase. A real fs request to the thread pool
  // is the only primitive Node gives us whose callback runs in poll; to keep
  // completions in issue order, each waits for the ones issued before it.
  let ioPending = []
  let ioRunning = false
  function pumpIo() {
    if (ioRunning || ioPending.length === 0) return
    ioRunning = true
    realFs.stat(cwd, () => {
      ioRunning = false
      // every request issued before this round trip completes in this poll phase
      const batch = ioPending
      ioPending = []
      for (const { fn, due } of batch) {
        if (due > performance.now()) ioPending.push({ fn, due })
      }
      for (const item of batch) {
        if (item.due <= performance.now()) runCallback(item.fn)
      }
      pumpIo()
    })
  }
  function runCallback(fn) {
    fn()
  }
  return {
    write(fd, text) {
      ;(fd === 2 ? process.stderr : process.stdout).write(text)
    },
    now: () => performance.now(),
    hrtimeNs: () => Number(process.hrtime.bigint()),
    nextTick: (fn) => process.nextTick(fn),
    queueMicrotask: (fn) => queueMicrotask(fn),
    timerStart(fn, ms, repeat) {
      const id = nextId++
      timers.set(id, repeat ? setInterval(fn, ms) : setTimeout(() => { timers.delete(id); fn() }, ms))
      return id
    },
    timerClear(id) {
      const t = timers.get(id)
      if (t) clearTimeout(t)
      timers.delete(id)
    },
    timerRef(id, on) {
      const t = timers.get(id)
      if (t && on) t.ref()
      else if (t) t.unref()
    },
    timerHasRef: (id) => (timers.has(id) ? timers.get(id).hasRef() : false),
    timerRefresh(id) {
      const t = timers.get(id)
      if (t) t.refresh()
    },
    immediate(fn) {
      const id = nextId++
      timers.set(id, setImmediate(() => { timers.delete(id); fn() }))
      return id
    },
    immediateClear(id) {
      const t = timers.get(id)
      if (t) clearImmediate(t)
      timers.delete(id)
    },
    immediateRef(id, on) {
      const t = timers.get(id)
      if (t && on) t.ref()
      else if (t) t.unref()
    },
    io(fn, latencyMs) {
      ioPending.push({ fn, due: performance.now() + (latencyMs || 0) })
      if (latencyMs > 0) setTimeout(() => pumpIo(), latencyMs)
      pumpIo()
      return nextId++
    },
    pending: (fn) => setImmediate(fn),
    close: (fn) => setImmediate(fn),
    stdin: () => stdin,
    // As the real host: [path, bytes] with the bytes a Uint8Array.
    files: () => files.map(([p, text]) => [p, new Uint8Array(Buffer.from(text, 'utf8'))]),
    cwd,
    filename,
    argv: process.argv.slice(0, 2),
    version: process.version,
    exit: (code) => process.exit(code),
    note() {},
  }
}

function makeLoader(host) {
  const cache = new Map()
  function requireBuiltin(name) {
    name = name.replace(/^node:/, '')
    if (cache.has(name)) return cache.get(name).exports
    // js/lib/timers.js needs the timer internals bootstrap hands the host;
    // built-ins that load it (readline's keypress decoder) get Node's own.
    if (name === 'timers' && !host.internals) return require('node:timers')
    const file = builtinFile(name)
    if (!file) {
      if (name.startsWith('internal/')) throw new Error(`harness: no built-in ${name}`)
      return require('node:' + name) // stand-in: Node's own module
    }
    const module = { exports: {} }
    cache.set(name, module)
    const src = realFs.readFileSync(file, 'utf8')
    const wrapper = new Function('exports', 'require', 'module', 'host', src)
    wrapper.call(module.exports, module.exports, requireBuiltin, module, host)
    return module.exports
  }
  return requireBuiltin
}

function main() {
  const args = process.argv.slice(2)
  const program = nodePath.resolve(args[0])
  const stdinIdx = args.indexOf('--stdin')
  const stdin = stdinIdx >= 0 ? realFs.readFileSync(args[stdinIdx + 1], 'utf8') : null
  const cwd = process.cwd()
  const files = seedFiles(cwd)
  if (!program.startsWith(cwd + '/')) files.push([program, realFs.readFileSync(program, 'utf8')])
  const host = makeHost({ cwd, stdin, files, filename: program })
  const requireBuiltin = makeLoader(host)
  const OURS = new Set(['fs', 'fs/promises', 'stream', 'stream/promises', 'readline', 'readline/promises', 'timers', 'timers/promises', 'string_decoder', 'stream/consumers'])

  let stdinStream = null
  const fakeProcess = new Proxy(process, {
    get(target, key) {
      if (key === 'stdin') {
        if (!stdinStream) stdinStream = requireBuiltin('internal/stdin')
        return stdinStream
      }
      const v = Reflect.get(target, key)
      return typeof v === 'function' ? v.bind(target) : v
    },
  })
  const userRequire = (name) => {
    const bare = name.replace(/^node:/, '')
    if (OURS.has(bare)) return requireBuiltin(bare)
    if (Module.isBuiltin(name)) return require(name)
    throw new Error(`harness: cannot require ${name}`)
  }
  const src = realFs.readFileSync(program, 'utf8')
  const fn = new Function('require', 'module', 'exports', '__filename', '__dirname', 'process', src)
  const module = { exports: {} }
  fn(userRequire, module, module.exports, program, nodePath.dirname(program), fakeProcess)
}

// Without a program (as when `node --test` loads this folder) it does nothing.
if (require.main === module && process.argv.length > 2) main()
module.exports = { makeHost, makeLoader, seedFiles }
