#!/usr/bin/env bash
# Record (or re-record) the expectation files of differential test cases by
# running real Node.js, the oracle, in an empty temporary working directory.
#
# Usage: playground/tests/record-case.sh NAME [NAME ...]
#   NAME: a case file (cases/042-timers-foo.js), its base name
#         (042-timers-foo), or a unique prefix (042).
# Env:
#   NODE=<cmd>    interpreter used as the oracle (default: node; must be v20)
#   RUNS=<n>      run each case n times (default: 5) and compare the results
#   LOAD=1        also run it RUNS more times with every core kept busy
#   ALLOW_ALT=1   the case is nondeterministic: keep every distinct stdout
#                 (most frequent as NAME.stdout, the others as NAME.altN.stdout)
#   CHECK=1       write nothing: run each case once and check it against its
#                 recorded files (NAME "all" = every case); exit 1 on a mismatch
#
# Writes next to the program: NAME.stdout (exact bytes), NAME.exit (exit code
# and a newline), NAME.stderr1 (first line of stderr; empty if none). Stdin is
# NAME.stdin when that file exists, else empty. A case whose stdout, exit code
# or first stderr line varies between runs is refused unless ALLOW_ALT=1 (and
# the exit code and first stderr line must never vary).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CASES="$HERE/cases"
NODE="${NODE:-node}"
RUNS="${RUNS:-5}"
LOAD="${LOAD:-0}"
ALLOW_ALT="${ALLOW_ALT:-0}"
CHECK="${CHECK:-0}"
[ "$#" -gt 0 ] || { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 2; }
case "$($NODE --version 2>/dev/null)" in
  v20.*) ;;
  *) echo "record-case: the oracle must be Node 20 ('$NODE --version' says: $($NODE --version 2>&1))" >&2; exit 2 ;;
esac

resolve() {
  local arg="$1" base matches
  base="$(basename "$arg")"; base="${base%.js}"; base="${base%.mjs}"
  matches=()
  for f in "$CASES/$base".js "$CASES/$base".mjs "$CASES/$base"*.js "$CASES/$base"*.mjs; do
    [ -f "$f" ] && matches+=("$f")
  done
  # de-duplicate (exact name and prefix glob can match the same file)
  mapfile -t matches < <(printf '%s\n' "${matches[@]}" | sort -u | sed '/^$/d')
  if [ "${#matches[@]}" -ne 1 ]; then
    echo "record-case: '$arg' matches ${#matches[@]} cases in $CASES" >&2; return 1
  fi
  printf '%s\n' "${matches[0]}"
}

SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/record-case.XXXXXX")"
BURNERS=()
cleanup() {
  for p in "${BURNERS[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$SCRATCH"
}
trap cleanup EXIT

run_once() { # $1 program, $2 stdin file, $3 output prefix
  local cwd="$SCRATCH/cwd" rc
  rm -rf "$cwd"; mkdir -p "$cwd"
  set +e
  # Seeded files (NAME.files/) sit beside the program, as in the runtime;
  # npm packages (Express...) come from playground/packages (npm ci there).
  local prog="$1" files="${1%.*}.files"
  if [ -d "$files" ]; then cp -R "$files/." "$cwd/"; cp "$1" "$cwd/"; prog="$cwd/$(basename "$1")"; fi
  ( cd "$cwd" && env -u NODE_OPTIONS -u NODE_DEBUG NODE_PATH="$HERE/../packages/node_modules" $NODE "$prog" <"$2" >"$3.out" 2>"$3.err" )
  rc=$?
  set -e
  echo "$rc" >"$3.exit"
  head -n 1 "$3.err" >"$3.err1"
}

record() {
  local prog base stdin i n k
  prog="$(resolve "$1")" || return 1
  base="${prog%.*}"
  stdin=/dev/null; [ -f "$base.stdin" ] && stdin="$base.stdin"
  rm -f "$SCRATCH"/run.*
  n=0
  for ((i = 0; i < RUNS; i++)); do run_once "$prog" "$stdin" "$SCRATCH/run.$n"; n=$((n + 1)); done
  if [ "$LOAD" = 1 ]; then
    for ((k = 0; k < $(nproc); k++)); do ( while :; do :; done ) & BURNERS+=("$!"); done
    for ((i = 0; i < RUNS; i++)); do run_once "$prog" "$stdin" "$SCRATCH/run.$n"; n=$((n + 1)); done
    for p in "${BURNERS[@]}"; do kill "$p" 2>/dev/null || true; done
    BURNERS=()
  fi
  # exit code and first stderr line must be stable in every case
  for ((i = 1; i < n; i++)); do
    if ! cmp -s "$SCRATCH/run.0.exit" "$SCRATCH/run.$i.exit" || ! cmp -s "$SCRATCH/run.0.err1" "$SCRATCH/run.$i.err1"; then
      echo "record-case: $(basename "$prog"): exit code or first stderr line varies between runs; not recorded" >&2
      return 1
    fi
  done
  # distinct stdouts, most frequent first
  local -a distinct=()
  mapfile -t distinct < <(for ((i = 0; i < n; i++)); do sha256sum "$SCRATCH/run.$i.out"; done \
    | awk '{c[$1]++; if (!($1 in f)) f[$1]=$2} END {for (h in c) print c[h], f[h]}' \
    | sort -k1,1nr -k2,2 | awk '{print $2}')
  if [ "${#distinct[@]}" -gt 1 ] && [ "$ALLOW_ALT" != 1 ]; then
    echo "record-case: $(basename "$prog"): stdout varies between runs (${#distinct[@]} variants);" >&2
    echo "  make the program deterministic, or re-record with ALLOW_ALT=1 RUNS=30 LOAD=1" >&2
    diff "${distinct[0]}" "${distinct[1]}" >&2 || true
    return 1
  fi
  rm -f "$base".alt[0-9]*.stdout
  cp "${distinct[0]}" "$base.stdout"
  for ((i = 1; i < ${#distinct[@]}; i++)); do cp "${distinct[$i]}" "$base.alt$i.stdout"; done
  cp "$SCRATCH/run.0.exit" "$base.exit"
  cp "$SCRATCH/run.0.err1" "$base.stderr1"
  echo "recorded $(basename "$prog"): $n runs, exit $(cat "$base.exit"), ${#distinct[@]} stdout variant(s)"
}

check() {
  local prog base stdin ok want
  prog="$(resolve "$1")" || return 1
  base="${prog%.*}"
  stdin=/dev/null; [ -f "$base.stdin" ] && stdin="$base.stdin"
  run_once "$prog" "$stdin" "$SCRATCH/check"
  ok=0
  for want in "$base.stdout" "$base".alt[0-9]*.stdout; do
    [ -f "$want" ] && cmp -s "$want" "$SCRATCH/check.out" && { ok=1; break; }
  done
  local problems=""
  [ "$ok" = 1 ] || problems="$problems stdout"
  cmp -s "$base.exit" "$SCRATCH/check.exit" || problems="$problems exit($(cat "$SCRATCH/check.exit"))"
  cmp -s "$base.stderr1" "$SCRATCH/check.err1" || problems="$problems stderr1"
  if [ -n "$problems" ]; then
    echo "FAIL $(basename "$prog"):$problems"
    [ "$ok" = 1 ] || diff "$base.stdout" "$SCRATCH/check.out" | head -20
    return 1
  fi
  echo "ok   $(basename "$prog")"
}

status=0
if [ "$CHECK" = 1 ]; then
  if [ "$1" = all ]; then
    set -- $(cd "$CASES" && ls [0-9][0-9][0-9]-*.js [0-9][0-9][0-9]-*.mjs 2>/dev/null | sort)
  fi
  pass=0; fail=0
  for arg in "$@"; do if check "$arg"; then pass=$((pass + 1)); else fail=$((fail + 1)); status=1; fi; done
  echo "cases: $pass passed, $fail failed"
  exit "$status"
fi
for arg in "$@"; do record "$arg" || status=1; done
exit "$status"
