#!/usr/bin/env bash
# Build benchmark: a generated 1,000-page site built by crib, Hugo and (when
# installed) mdBook side by side, in one run on one machine. Reports per
# tool the median wall time, pages/s and peak memory (max RSS from
# /usr/bin/time -v), crib's pages/s ratio to Hugo and to mdBook, and
# crib's no-change rebuild time.
#
# The comparison build is `crib build --no-run`: highlighting at build time
# is the only extra over plain Markdown (Hugo highlights at build time too;
# mdBook highlights in the browser). crib's full build, which also runs
# every JavaScript example and embeds its output, is reported on its own
# line, with its no-change rebuild.
#
# Usage: bench/run.sh [PAGES] [RUNS]      (defaults: 1000 pages, 3 runs)
# Env:   SAMPLE  sample page (default ../shared/samples/node-backend-cheatsheet.md)
#        GEN     corpus generator (default ../shared/bench/gen-corpus.py)
#        WORK    scratch folder (default: a new temp folder, deleted at the end)
#        CRIB    a crib binary to measure (default: build --release)
#        HUGO    hugo binary (default: hugo on the PATH)
#        MDBOOK  mdbook binary (default: mdbook on the PATH)
#        FULL=0  skip crib's full build (examples run; minutes on a cold cache)
#        NOMEMO=0  skip the line-memo-off reference build
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PAGES="${1:-1000}"
RUNS="${2:-3}"
# ../shared next to the repository (or next to a worktree's parent folder).
SHARED="$REPO/../shared"; [ -d "$SHARED" ] || SHARED="$REPO/../../shared"
SAMPLE="${SAMPLE:-$SHARED/samples/node-backend-cheatsheet.md}"
GEN="${GEN:-$SHARED/bench/gen-corpus.py}"
[ -f "$SAMPLE" ] || { echo "bench: sample not found: $SAMPLE (set SAMPLE=...)" >&2; exit 1; }
[ -f "$GEN" ] || { echo "bench: generator not found: $GEN (set GEN=...)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time: apt-get install time" >&2; exit 1; }

if [ -z "${WORK:-}" ]; then WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT; fi
python3 "$GEN" "$SAMPLE" "$PAGES" "$WORK/corpus" >/dev/null

if [ -z "${CRIB:-}" ]; then
  echo "bench: building crib (release)..." >&2
  (cd "$REPO" && cargo build --release -p crib --quiet)
  CRIB="${CARGO_TARGET_DIR:-$REPO/target}/release/crib"
fi

# measure NAME DIR COMMAND...: one run; appends "seconds max_rss_kib" to $WORK/NAME.
measure() {
  local name="$1" dir="$2"; shift 2
  ( cd "$dir" && /usr/bin/time -v -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/$name.stderr" ) || {
    echo "bench: $name failed:" >&2; tail -5 "$WORK/$name.stderr" >&2; return 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = (n == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
              /Maximum resident set size/ { rss = $2 }
              END { printf "%.3f %d\n", s, rss }' "$WORK/time.txt" >> "$WORK/$name"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

HUGO="${HUGO:-$(command -v hugo || true)}"
MDBOOK="${MDBOOK:-$(command -v mdbook || true)}"
have_hugo=0; [ -n "$HUGO" ] && [ -x "$HUGO" ] && have_hugo=1
have_mdbook=0; [ -n "$MDBOOK" ] && [ -x "$MDBOOK" ] && have_mdbook=1
[ "$have_hugo" = 1 ] || echo "bench: hugo not found (apt-get install hugo, or set HUGO=): skipped" >&2
[ "$have_mdbook" = 1 ] || echo "bench: mdbook not found (cargo install mdbook, or set MDBOOK=): skipped" >&2

for ((i = 1; i <= RUNS; i++)); do
  echo "bench: run $i/$RUNS" >&2
  # The comparison build: highlighting as the only extra, nothing cached.
  rm -rf "$WORK/corpus/dist" "$WORK/corpus/.crib-cache"
  measure crib "$WORK/corpus" "$CRIB" build --root . --no-run
  # The full build (examples run and embedded), cold, then with nothing changed.
  if [ "${FULL:-1}" = 1 ]; then
    rm -rf "$WORK/corpus/dist" "$WORK/corpus/.crib-cache"
    measure crib-full "$WORK/corpus" "$CRIB" build --root .
    measure crib-rebuild "$WORK/corpus" "$CRIB" build --root .
  else
    measure crib-rebuild-norun "$WORK/corpus" "$CRIB" build --root . --no-run
  fi
  if [ "$have_hugo" = 1 ]; then
    rm -rf "$WORK/corpus/hugo/public" "$WORK/corpus/hugo/resources"
    measure hugo "$WORK/corpus/hugo" "$HUGO" --quiet
  fi
  if [ "$have_mdbook" = 1 ]; then
    rm -rf "$WORK/corpus/mdbook/book"
    measure mdbook "$WORK/corpus/mdbook" "$MDBOOK" build
  fi
done

# Uncached crib, line memo off: the pure highlighting cost, for reference.
if [ "${NOMEMO:-1}" = 1 ]; then
  rm -rf "$WORK/corpus/dist" "$WORK/corpus/.crib-cache"
  measure crib-nomemo "$WORK/corpus" env CRIB_NO_LINE_MEMO=1 "$CRIB" build --root . --no-run
fi

report() {
  local name="$1" label="$2"
  [ -f "$WORK/$name" ] || return 0
  local secs rss
  secs="$(cut -d' ' -f1 "$WORK/$name" | median)"
  rss="$(cut -d' ' -f2 "$WORK/$name" | sort -n | tail -1)"
  printf "%-34s %8.2f s %9.1f pages/s %8.0f MiB peak\n" "$label" "$secs" "$(echo "$PAGES / $secs" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
  echo "$secs" > "$WORK/$name.median"
}

echo
echo "$PAGES pages, median of $RUNS runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
report crib "crib build --no-run (cold)"
[ "$have_hugo" = 1 ] && report hugo "hugo $("$HUGO" version 2>/dev/null | awk '{print $2}' | cut -d+ -f1)"
[ "$have_mdbook" = 1 ] && report mdbook "mdbook $("$MDBOOK" --version 2>/dev/null | awk '{print $2}')"
report crib-full "crib build (cold, examples run)"
report crib-rebuild "crib build (no change)"
report crib-rebuild-norun "crib build --no-run (no change)"
report crib-nomemo "crib --no-run, no line memo (1 run)"
ratio() {
  [ -f "$WORK/$1.median" ] && [ -f "$WORK/crib.median" ] || return 0
  local rss_crib rss_other
  rss_crib="$(cut -d' ' -f2 "$WORK/crib" | sort -n | tail -1)"
  rss_other="$(cut -d' ' -f2 "$WORK/$1" | sort -n | tail -1)"
  printf "crib --no-run vs %-7s %5.2fx pages/s, %5.2fx peak memory\n" "$1:" \
    "$(echo "$(cat "$WORK/$1.median") / $(cat "$WORK/crib.median")" | bc -l)" "$(echo "$rss_crib / $rss_other" | bc -l)"
}
ratio hugo
ratio mdbook
