// The vendored stream modules are exactly what tools/vendor-streams.py makes
// from the installed Node 20 (no hand edits, and no drift from the oracle).
// Skipped when python3 is missing or node is not the v20.20.2 they came from.
'use strict'

const test = require('node:test')
const assert = require('node:assert')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { spawnSync } = require('node:child_process')

const LIB = path.join(__dirname, '..', 'node') // the generated modules
const SCRIPT = path.join(__dirname, '..', 'tools', 'vendor-streams.py')
const header = fs.readFileSync(path.join(LIB, 'stream.js'), 'utf8').split('\n')[0]
const vendoredFrom = (header.match(/Node\.js (v[\d.]+)/) || [])[1]
const hasPython = spawnSync('python3', ['--version']).status === 0

test('vendored streams match the installed node', { skip: !hasPython ? 'no python3' : process.version !== vendoredFrom ? `node ${process.version}, vendored from ${vendoredFrom}` : false }, () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'vendor-'))
  try {
    const run = spawnSync('python3', [SCRIPT, '-', out], { encoding: 'utf8' })
    assert.strictEqual(run.status, 0, run.stderr)
    const made = run.stdout.trim().split('\n').map((l) => l.replace(/^wrote /, ''))
    assert.ok(made.length >= 19, run.stdout)
    for (const name of made) {
      assert.strictEqual(fs.readFileSync(path.join(LIB, name), 'utf8'), fs.readFileSync(path.join(out, name), 'utf8'), name)
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true })
  }
})
