// Runs the repository's differential cases (playground/tests/cases) that
// exercise js/lib modules under real Node with our modules swapped in
// (run-case.cjs), and compares stdout, exit code and the first stderr line
// with what real Node recorded. Cases that need the playground's own event
// loop or the io engineer's modules are still run: Node provides those.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const CASES = path.join(__dirname, '..', '..', 'tests', 'cases');
const RUNNER = path.join(__dirname, 'run-case.cjs');

// Groups whose output comes from js/lib: console/inspect, events, misc, modules.
const selected = fs.existsSync(CASES) ?
  fs.readdirSync(CASES).filter((f) => f.endsWith('.js') && /^(0[7-9]\d|1[2-5]\d)-/.test(f)) : [];

test('differential cases with js/lib modules match Node', { skip: selected.length === 0 }, () => {
  const failures = [];
  for (const file of selected) {
    const base = file.slice(0, -3);
    const read = (ext) => {
      const p = path.join(CASES, base + ext);
      return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined;
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jslib-case-'));
    const stdinFile = path.join(CASES, `${base}.stdin`);
    const r = spawnSync(process.execPath, ['--expose-internals', RUNNER, path.join(CASES, file)], {
      cwd: dir,
      input: fs.existsSync(stdinFile) ? fs.readFileSync(stdinFile) : '',
      encoding: 'utf8',
      timeout: 20000,
    });
    fs.rmSync(dir, { recursive: true, force: true });
    const outs = [read('.stdout')];
    for (let i = 1; read(`.alt${i}.stdout`) !== undefined; i++) outs.push(read(`.alt${i}.stdout`));
    const exit = Number((read('.exit') || '0').trim());
    const stderr1 = read('.stderr1') || '';
    const gotStderr1 = r.stderr ? `${r.stderr.split('\n')[0]}\n` : '';
    const problems = [];
    if (!outs.includes(r.stdout)) problems.push(`stdout\n--- node\n${outs[0]}--- ours\n${r.stdout}`);
    if (r.status !== exit) problems.push(`exit ${r.status} (node ${exit})`);
    if (stderr1 !== '' && gotStderr1 !== stderr1) problems.push(`stderr1 ${JSON.stringify(gotStderr1)} (node ${JSON.stringify(stderr1)})`);
    if (stderr1 === '' && r.stderr !== '') problems.push(`unexpected stderr ${JSON.stringify(r.stderr.slice(0, 300))}`);
    if (problems.length) failures.push(`${file}: ${problems.join('; ')}`);
  }
  assert.strictEqual(failures.length, 0, `${failures.length}/${selected.length} cases differ\n${failures.join('\n\n')}`);
});
