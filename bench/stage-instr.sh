#!/usr/bin/env bash
# Instructions per pipeline stage (callgrind; counts that do not depend on the machine's load):
# runs `annalist-bench stages` on the throughput corpus under valgrind, dumping the counters each
# time a stage ends (`engine::stages::timed`'s hook), and sums the dumps by stage.
# usage: bench/stage-instr.sh [BENCH_BIN] [CORPUS_BYTES]
#   (defaults: target/native/annalist-bench, built with `cargo build --profile native
#   --bin annalist-bench`; 200k)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/native/annalist-bench} bytes=${2:-200k}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
valgrind --tool=callgrind --dump-instr=no --collect-atstart=no \
  --toggle-collect='annalist_bench::stages_pass' \
  --dump-before='annalist::engine::stages::timed::{{closure}}' \
  --callgrind-out-file="$dir/cg" "$bin" stages --min-s 0 --corpus-bytes "$bytes" > /dev/null 2>&1
python3 - "$dir" <<'PY'
import glob, re, sys
# Stage names in pipeline order, as engine::STAGE_NAMES has them.
src = open("src/engine/mod.rs").read()
names = re.findall(r'"(\w+)"', src.split("pub const STAGE_NAMES")[1].split("];")[0])
acc = [0] * len(names)
for f in glob.glob(sys.argv[1] + "/cg.*"):
    k = int(f.rsplit(".", 1)[1])  # dump k is taken as stage (k - 1) % n ends
    for line in open(f):
        if line.startswith(("summary:", "totals:")):
            acc[(k - 1) % len(names)] += int(line.split()[1])
            break
total = sum(acc)
for n, a in zip(names, acc):
    print(f"{n:12s} {a / 1e6:8.1f} M {100 * a / max(total, 1):5.1f}%")
print(f"{'total':12s} {total / 1e6:8.1f} M")
PY
