#!/usr/bin/env bash
# Sizes of the browser playground in a built site: raw, gzip -9 and brotli
# (q11) of every file under static/playground/.
# Two gzip columns: `gzip` is GNU gzip -9 (the reference zlib, as servers
# and the gzip tool compress); `zlib(node)` is Node's bundled zlib at level
# 9 (Chromium's fork), which compresses the wasm about 2% worse.
# Usage: bench/playground-sizes.sh [DIST]   (default: dist)
set -euo pipefail
dist="${1:-dist}"
command -v gzip >/dev/null || { echo "needs GNU gzip" >&2; exit 2; }
node - "$dist" <<'JS'
const fs = require('fs'), path = require('path'), zlib = require('zlib');
const { execFileSync } = require('child_process');
const dist = process.argv[2];
const gnu = (file) => execFileSync('gzip', ['-9', '-n', '-c', file], { maxBuffer: 1 << 30 }).length;
const sizes = (file, buf) => [buf.length, gnu(file), zlib.gzipSync(buf, { level: 9 }).length,
  zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
const dir = path.join(dist, 'static/playground');
const cols = ['raw', 'gzip', 'zlib(node)', 'brotli'];
console.log('file'.padEnd(24) + cols.map((c) => c.padStart(12)).join(''));
for (const f of fs.readdirSync(dir).sort()) {
  const file = path.join(dir, f);
  const row = sizes(file, fs.readFileSync(file));
  console.log(f.padEnd(24) + row.map((n) => n.toLocaleString('en-US').padStart(12)).join(''));
}
JS
