// The modules generated from Node's own sources (js/node/, apart from the
// streams, which vendored-streams.test.cjs checks) are exactly what
// tools/vendor-node.py makes from the installed Node 20: no hand edits, no
// drift. When this fails: `python3 playground/js/tools/vendor-node.py`, then
// `cargo xtask wasm`, and commit both.
// Skipped when python3 is missing or node is not the version they came from.
'use strict'

const test = require('node:test')
const assert = require('node:assert')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { spawnSync } = require('node:child_process')

const NODE_LIB = path.join(__dirname, '..', 'node')
const SCRIPT = path.join(__dirname, '..', 'tools', 'vendor-node.py')
const header = fs.readFileSync(path.join(NODE_LIB, 'path.js'), 'utf8').split('\n')[0]
const generatedFrom = (header.match(/from Node (v[\d.]+)/) || [])[1]
const hasPython = spawnSync('python3', ['--version']).status === 0

test('generated Node modules match the installed node', { skip: !hasPython ? 'no python3' : process.version !== generatedFrom ? `node ${process.version}, generated from ${generatedFrom}` : false }, () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'vendor-node-'))
  try {
    const run = spawnSync('python3', [SCRIPT, out], { encoding: 'utf8' })
    assert.strictEqual(run.status, 0, run.stderr)
    const made = run.stdout.trim().split('\n').map((l) => path.relative(out, l.replace(/^wrote /, '')))
    assert.ok(made.length >= 19, run.stdout)
    for (const name of made) {
      const committed = path.join(NODE_LIB, name)
      assert.ok(fs.existsSync(committed), `${name} is generated but not in js/node/: run tools/vendor-node.py`)
      assert.strictEqual(fs.readFileSync(committed, 'utf8'), fs.readFileSync(path.join(out, name), 'utf8'),
        `js/node/${name} differs from what tools/vendor-node.py makes: rerun it (never edit by hand)`)
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true })
  }
})
