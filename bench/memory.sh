#!/usr/bin/env bash
# Peak memory of `annalist extract --jsonl` on one generated document of 1, 4
# and 16 MiB: maximum resident set size from GNU time (`/usr/bin/time -v`),
# and bytes per input byte. Figures, never pass/fail. Usage: bench/memory.sh [SIZES...]
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}
[ -n "${ANNALIST_BIN:-}" ] || cargo build --quiet --profile native --bin annalist
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-8s %12s %10s %8s\n' "input" "peak RSS" "B/B" "time"
for mb in "${@:-1 4 16}"; do
  for m in $mb; do
    python3 bench/memory-corpus.py "$m" > "$tmp/in.jsonl"
    /usr/bin/time -v "${ANNALIST_BIN:-$target/native/annalist}" extract --jsonl < "$tmp/in.jsonl" > /dev/null 2> "$tmp/time"
    kb=$(awk -F': ' '/Maximum resident/ {print $2}' "$tmp/time")
    wall=$(awk '/Elapsed/ {print $NF}' "$tmp/time")
    printf '%-8s %9d MB %10.1f %8s\n' "${m} MiB" $((kb / 1024)) "$(echo "$kb * 1024 / ($m * 1048576)" | bc -l)" "$wall"
  done
done
