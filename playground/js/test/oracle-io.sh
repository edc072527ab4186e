#!/usr/bin/env bash
# Runs oracle cases through the harness: oracle-io.sh DIR CASE-PREFIX...
dir="$1"; shift; here="$(cd "$(dirname "$0")" && pwd)"
for c in "$@"; do for f in "$dir"/$c*.js; do
  d=$(mktemp -d); base="${f%.js}"; st=""; [ -f "$base.stdin" ] && st="--stdin $base.stdin"
  [ -d "$base.files" ] && cp -r "$base.files/." "$d/"
  (cd "$d" && node "$here/io-harness.cjs" "$f" $st > out.txt 2>err.txt; echo $? > rc)
  if cmp -s "$d/out.txt" "$base.stdout"; then echo "PASS $(basename $f)"; else echo "FAIL $(basename $f)"; diff "$d/out.txt" "$base.stdout" | head -${LINES:-10}; head -5 "$d/err.txt"; fi
  rm -rf "$d"
done; done
