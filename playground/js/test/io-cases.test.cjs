// Differential test of the I/O built-ins: every playground/tests/cases/2NN-io-*
// case (recorded from real Node by record-io-cases.sh) runs through
// io-harness.cjs, i.e. with js/lib's fs/stream/readline/timers over the
// virtual file system, and must print the same stdout, exit code and first
// stderr line. Run: node --test playground/js/test/
'use strict'

const test = require('node:test')
const assert = require('node:assert')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { spawnSync } = require('node:child_process')

const CASES = path.join(__dirname, '..', '..', 'tests', 'cases')
const HARNESS = path.join(__dirname, 'io-harness.cjs')

const cases = fs.readdirSync(CASES).filter((f) => /^2\d\d-io-.*\.js$/.test(f)).sort()

test('there are I/O cases to run', () => {
  assert.ok(cases.length >= 15, `only ${cases.length} cases`)
})

for (const file of cases) {
  const base = path.join(CASES, file.slice(0, -3))
  test(file, () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'io-case-'))
    try {
      if (fs.existsSync(base + '.files')) fs.cpSync(base + '.files', cwd, { recursive: true })
      const args = [HARNESS, path.join(CASES, file)]
      if (fs.existsSync(base + '.stdin')) args.push('--stdin', base + '.stdin')
      const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 20000 })
      const stderr1 = run.stderr.split('\n')[0]
      assert.strictEqual(run.stdout, fs.readFileSync(base + '.stdout', 'utf8'), `stdout differs (stderr: ${run.stderr})`)
      assert.strictEqual(String(run.status), fs.readFileSync(base + '.exit', 'utf8').trim(), 'exit code differs')
      assert.strictEqual(stderr1, fs.readFileSync(base + '.stderr1', 'utf8').split('\n')[0], 'first stderr line differs')
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true })
    }
  })
}
