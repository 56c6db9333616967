#!/usr/bin/env bash
# Peak memory of `annalist extract --jsonl` on one generated document of 1, 4
# and 16 MiB: maximum resident set size from GNU time (`/usr/bin/time -v`),
# and bytes per input byte. The first row is a one-sentence document: the fixed
# part (code, libc, the models and word lists decoded), which the last column
# takes off before dividing. Figures, never pass/fail. Usage: bench/memory.sh [SIZES...]
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}
[ -n "${ANNALIST_BIN:-}" ] || cargo build --quiet --profile native --bin annalist
bin=${ANNALIST_BIN:-$target/native/annalist}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Peak RSS in KiB of one run on $tmp/in.jsonl; the wall time in $tmp/wall.
peak_kb() {
  /usr/bin/time -v "$bin" extract --jsonl < "$tmp/in.jsonl" > /dev/null 2> "$tmp/time"
  awk '/Elapsed/ {print $NF}' "$tmp/time" > "$tmp/wall"
  awk -F': ' '/Maximum resident/ {print $2}' "$tmp/time"
}
echo '{"id": "tiny", "text": "Maria Okafor visited Lisbon on Tuesday.", "date": "2024-04-16"}' > "$tmp/in.jsonl"
fixed=$(peak_kb)
printf '%-8s %13s %10s %16s %8s\n' "input" "peak RSS" "B/B" "B/B beyond tiny" "time"
printf '%-8s %9.1f MiB %10s %16s %8s\n' "tiny" "$(echo "$fixed / 1024" | bc -l)" "-" "-" "$(cat "$tmp/wall")"
for mb in "${@:-1 4 16}"; do
  for m in $mb; do
    python3 bench/memory-corpus.py "$m" > "$tmp/in.jsonl"
    kb=$(peak_kb)
    printf '%-8s %9.1f MiB %10.1f %16.1f %8s\n' "${m} MiB" "$(echo "$kb / 1024" | bc -l)" \
      "$(echo "$kb * 1024 / ($m * 1048576)" | bc -l)" "$(echo "($kb - $fixed) * 1024 / ($m * 1048576)" | bc -l)" "$(cat "$tmp/wall")"
  done
done
