#!/usr/bin/env bash
# Records the expected output of the playground/tests/cases/2NN-io-*.js cases
# from real Node: each case runs REPEAT times (default 20) in a fresh temp
# directory seeded with its .files/ folder, stdin from its .stdin file (else
# /dev/null); a case whose output varies between runs is reported and not
# recorded. Writes .stdout, .exit and .stderr1 (first stderr line).
#   record-io-cases.sh [case-prefix ...]
set -u
CASES="$(cd "$(dirname "$0")/../../tests/cases" && pwd)"
REPEAT="${REPEAT:-20}"
status=0
for js in "$CASES"/2[0-9][0-9]-io-*.js "$CASES"/2[0-9][0-9]-io-*.mjs; do
  [ -f "$js" ] || continue
  base="${js%.*}"; name="$(basename "$base")"
  if [ "$#" -gt 0 ]; then
    keep=0; for p in "$@"; do case "$name" in "$p"*) keep=1;; esac; done
    [ "$keep" = 1 ] || continue
  fi
  first=""
  varied=0
  for ((i = 1; i <= REPEAT; i++)); do
    tmp="$(mktemp -d)"; cwd="$tmp/cwd"; mkdir "$cwd"
    [ -d "$base.files" ] && cp -r "$base.files/." "$cwd/"
    in=/dev/null; [ -f "$base.stdin" ] && in="$base.stdin"
    ( cd "$cwd" && node "$js" < "$in" > "$tmp/out" 2> "$tmp/err"; echo $? > "$tmp/rc" )
    sig="$(cat "$tmp/out" "$tmp/rc"; head -n 1 "$tmp/err")"
    if [ -z "$first" ]; then
      first="$sig"
      cp "$tmp/out" "$base.stdout"; cp "$tmp/rc" "$base.exit"
      head -n 1 "$tmp/err" > "$base.stderr1"
    elif [ "$sig" != "$first" ]; then
      varied=1
    fi
    rm -rf "$tmp"
  done
  if [ "$varied" = 1 ]; then echo "VARIES $name"; status=1; else echo "recorded $name"; fi
done
exit $status
