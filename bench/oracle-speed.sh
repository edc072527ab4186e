#!/usr/bin/env bash
# Whole-process speed of `crib run` against `node` over the oracle folder
# (issue 3): every case runs under both, one after the other, each in its
# own empty working directory, ROUNDS times. Per round it sums the wall
# time of the interpreter processes alone (not this script's own work),
# then prints the median of the rounds for each and crib's ratio to node.
# Usage: bench/oracle-speed.sh [CRIB] [ROUNDS] [CASES_DIR]
#   (defaults: target/release/crib, 5, ../shared/oracle/cases)
set -euo pipefail
crib="$(realpath "${1:-target/release/crib}")"
rounds="${2:-5}"
cases="$(realpath "${3:-../shared/oracle/cases}")"
node_bin="${NODE:-node}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Runs "$@" in a fresh empty directory; prints its wall time in microseconds.
timed() {
  rm -rf "$work/cwd" && mkdir "$work/cwd"
  local start end
  start=$EPOCHREALTIME
  (cd "$work/cwd" && "$@" >/dev/null 2>&1) || true
  end=$EPOCHREALTIME
  echo $(( ${end/./} - ${start/./} ))
}

node_totals=() crib_totals=()
for ((r = 1; r <= rounds; r++)); do
  node_us=0 crib_us=0 n=0
  for js in "$cases"/*.js; do
    node_us=$(( node_us + $(timed "$node_bin" "$js") ))
    crib_us=$(( crib_us + $(timed "$crib" run "$js") ))
    n=$((n + 1))
  done
  node_totals+=("$node_us") crib_totals+=("$crib_us")
  printf 'round %d: %d cases, node %.2f s, crib run %.2f s\n' "$r" "$n" "$(bc -l <<< "$node_us/1000000")" "$(bc -l <<< "$crib_us/1000000")"
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
node_med=$(median "${node_totals[@]}")
crib_med=$(median "${crib_totals[@]}")
printf 'median of %d rounds: node %.2f s, crib run %.2f s, ratio %.2fx (load average %s)\n' \
  "$rounds" "$(bc -l <<< "$node_med/1000000")" "$(bc -l <<< "$crib_med/1000000")" \
  "$(bc -l <<< "$crib_med/$node_med")" "$(cut -d' ' -f1-3 /proc/loadavg)"
