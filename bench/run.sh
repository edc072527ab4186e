#!/usr/bin/env bash
# Build benchmark: two generated 1,000-page corpora, each built by crib and
# Hugo (and mdBook when installed) in turn, run after run (A B A B ...), so
# both see the same machine. Reports per corpus and tool the median wall
# time, pages/s and peak memory (max RSS from /usr/bin/time -v), then
# crib's ratio to Hugo: of the medians and the median of the per-run
# (paired) ratios, and of peak memory.
#
# The corpora (../shared/bench/gen-corpus.py):
#   repeated  one sample page varied: most code lines repeat across pages
#   unique    `--unique`: every js/ts/rust line unique, as in real
#             documentation (nothing for a per-line cache to reuse)
#
# The comparison build is `crib build --no-run`: highlighting at build time
# is the only extra over plain Markdown (Hugo highlights at build time too;
# mdBook highlights in the browser). With FULL=1, crib's full build (every
# JavaScript example run and embedded) and its no-change rebuild are
# reported for the repeated corpus, on their own lines.
#
# Usage: bench/run.sh [PAGES] [RUNS]      (defaults: 1000 pages, 3 runs)
# Env:   CORPORA "repeated unique" (default), or one of them
#        SAMPLE  sample page (default ../shared/samples/node-backend-cheatsheet.md)
#        GEN     corpus generator (default ../shared/bench/gen-corpus.py)
#        WORK    scratch folder (default: a new temp folder, deleted at the end)
#        CRIB    a crib binary to measure (default: build --release)
#        BASE    an older crib binary, run beside CRIB on each corpus (before/after)
#        HUGO    hugo binary (default: hugo on the PATH)
#        MDBOOK  mdbook binary (default: mdbook on the PATH)
#        FULL=1  also crib's full build on the repeated corpus (examples run; minutes)
#        NOMEMO=1  also one crib build per corpus with the line memo off
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PAGES="${1:-1000}"
RUNS="${2:-3}"
CORPORA="${CORPORA:-repeated unique}"
# ../shared next to the repository (or next to a worktree's parent folder).
SHARED="$REPO/../shared"; [ -d "$SHARED" ] || SHARED="$REPO/../../shared"
SAMPLE="${SAMPLE:-$SHARED/samples/node-backend-cheatsheet.md}"
GEN="${GEN:-$SHARED/bench/gen-corpus.py}"
[ -f "$SAMPLE" ] || { echo "bench: sample not found: $SAMPLE (set SAMPLE=...)" >&2; exit 1; }
[ -f "$GEN" ] || { echo "bench: generator not found: $GEN (set GEN=...)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time: apt-get install time" >&2; exit 1; }

if [ -z "${WORK:-}" ]; then WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT; fi
for corpus in $CORPORA; do
  case "$corpus" in
    repeated) python3 "$GEN" "$SAMPLE" "$PAGES" "$WORK/repeated" >/dev/null ;;
    unique) python3 "$GEN" "$SAMPLE" "$PAGES" "$WORK/unique" --unique >/dev/null ;;
    *) echo "bench: unknown corpus $corpus (repeated, unique)" >&2; exit 1 ;;
  esac
done

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
  for corpus in $CORPORA; do
    echo "bench: run $i/$RUNS, $corpus corpus" >&2
    dir="$WORK/$corpus"
    # The comparison build: highlighting as the only extra, nothing cached.
    rm -rf "$dir/dist" "$dir/.crib-cache"
    measure "$corpus.crib" "$dir" "$CRIB" build --root . --no-run
    if [ -n "${BASE:-}" ]; then
      rm -rf "$dir/dist" "$dir/.crib-cache"
      measure "$corpus.base" "$dir" "$BASE" build --root . --no-run
    fi
    if [ "$corpus" = repeated ] && [ "${FULL:-0}" = 1 ]; then
      # The full build (examples run and embedded), cold, then with nothing changed.
      rm -rf "$dir/dist" "$dir/.crib-cache"
      measure "$corpus.crib-full" "$dir" "$CRIB" build --root .
      measure "$corpus.crib-rebuild" "$dir" "$CRIB" build --root .
    fi
    if [ "$have_hugo" = 1 ]; then
      rm -rf "$dir/hugo/public" "$dir/hugo/resources"
      measure "$corpus.hugo" "$dir/hugo" "$HUGO" --quiet
    fi
    if [ "$have_mdbook" = 1 ]; then
      rm -rf "$dir/mdbook/book"
      measure "$corpus.mdbook" "$dir/mdbook" "$MDBOOK" build
    fi
  done
done

# Uncached crib, line memo off: the pure highlighting cost, for reference.
if [ "${NOMEMO:-0}" = 1 ]; then
  for corpus in $CORPORA; do
    rm -rf "$WORK/$corpus/dist" "$WORK/$corpus/.crib-cache"
    measure "$corpus.crib-nomemo" "$WORK/$corpus" env CRIB_NO_LINE_MEMO=1 "$CRIB" build --root . --no-run
  done
fi

report() {
  local name="$1" label="$2"
  [ -f "$WORK/$name" ] || return 0
  local secs rss
  secs="$(cut -d' ' -f1 "$WORK/$name" | median)"
  rss="$(cut -d' ' -f2 "$WORK/$name" | sort -n | tail -1)"
  printf "  %-34s %8.2f s %9.1f pages/s %8.0f MiB peak\n" "$label" "$secs" "$(echo "$PAGES / $secs" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
  echo "$secs" > "$WORK/$name.median"
}
# ratio CORPUS TOOL: crib's speed and memory against TOOL on CORPUS.
ratio() {
  local c="$1" t="$2"
  [ -f "$WORK/$c.$t.median" ] && [ -f "$WORK/$c.crib.median" ] || return 0
  local rss_crib rss_other paired
  rss_crib="$(cut -d' ' -f2 "$WORK/$c.crib" | sort -n | tail -1)"
  rss_other="$(cut -d' ' -f2 "$WORK/$c.$t" | sort -n | tail -1)"
  # Run i of crib against run i of the other tool (they ran back to back).
  paired="$(paste -d' ' <(cut -d' ' -f1 "$WORK/$c.$t") <(cut -d' ' -f1 "$WORK/$c.crib") | awk '{ printf "%.4f\n", $1 / $2 }' | median)"
  printf "  crib --no-run vs %-7s %5.2fx faster (medians), %5.2fx (paired median), %5.2fx the peak memory\n" "$t:" \
    "$(echo "$(cat "$WORK/$c.$t.median") / $(cat "$WORK/$c.crib.median")" | bc -l)" "$paired" "$(echo "$rss_crib / $rss_other" | bc -l)"
}

echo
echo "$PAGES pages, median of $RUNS runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for corpus in $CORPORA; do
  echo "$corpus corpus:"
  report "$corpus.crib" "crib build --no-run (cold)"
  report "$corpus.base" "BASE crib build --no-run (cold)"
  [ "$have_hugo" = 1 ] && report "$corpus.hugo" "hugo $("$HUGO" version 2>/dev/null | awk '{print $2}' | cut -d+ -f1)"
  [ "$have_mdbook" = 1 ] && report "$corpus.mdbook" "mdbook $("$MDBOOK" --version 2>/dev/null | awk '{print $2}')"
  report "$corpus.crib-full" "crib build (cold, examples run)"
  report "$corpus.crib-rebuild" "crib build (no change)"
  report "$corpus.crib-nomemo" "crib --no-run, no line memo (1 run)"
  ratio "$corpus" hugo
  ratio "$corpus" base
  ratio "$corpus" mdbook
done
