#!/usr/bin/env bash
# Sizes of the browser playground in a built site: raw, gzip -9 and brotli
# (q11) of every file under static/playground/, and of what a page loads
# before any interaction (its HTML plus the theme's and playground's CSS/JS).
# Usage: bench/playground-sizes.sh [DIST]   (default: dist)
set -euo pipefail
dist="${1:-dist}"
node - "$dist" <<'JS'
const fs = require('fs'), path = require('path'), zlib = require('zlib');
const dist = process.argv[2];
const sizes = (buf) => [buf.length, zlib.gzipSync(buf, { level: 9 }).length,
  zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
const dir = path.join(dist, 'static/playground');
console.log('file'.padEnd(28) + '     raw'.padStart(11) + '    gzip'.padStart(11) + '  brotli'.padStart(11));
for (const f of fs.readdirSync(dir).sort()) {
  const [r, g, b] = sizes(fs.readFileSync(path.join(dir, f)));
  console.log(f.padEnd(28) + kb(r) + kb(g) + kb(b));
}
JS
