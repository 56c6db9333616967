#!/usr/bin/env bash
# Golden outputs for refactors that must not change results: `annalist extract --jsonl`
# (and `--tokens` where the CLI has it) on every dev set, the tbaq/chrono/compromise case
# files, the seed article and a generated 1 MiB document, written to DIR. Compare two runs
# with `diff -r DIR1 DIR2`. usage: bench/golden.sh BIN DIR
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$1 out=$2
mkdir -p "$out"
for gold in ../shared/eval/*.jsonl ../shared/eval/open/*-dev.jsonl; do
  name=$(basename "$gold" .jsonl)
  python3 -c '
import json, sys
for line in open(sys.argv[1]):
    d = json.loads(line)
    o = {"id": str(d.get("id", "")), "text": d.get("text") or d.get("input") or ""}
    if d.get("dct"):
        o["date"] = d["dct"]
    print(json.dumps(o))
' "$gold" > "$out/$name.in"
  "$bin" extract --jsonl < "$out/$name.in" > "$out/$name.out"
  case $name in gum-dev | wikigold-dev) "$bin" extract --jsonl --tokens < "$out/$name.in" > "$out/$name.tokens.out" ;; esac
  rm "$out/$name.in"
done
for seed in ../shared/seeds/*.txt; do
  "$bin" extract --jsonl < <(python3 -c 'import json,sys; print(json.dumps({"id":"seed","text":open(sys.argv[1]).read(),"date":"2024-04-16"}))' "$seed") > "$out/seed-$(basename "$seed" .txt).out"
done
python3 bench/memory-corpus.py 1 | "$bin" extract --jsonl > "$out/generated-1m.out"
