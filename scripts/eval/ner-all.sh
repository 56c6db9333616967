#!/usr/bin/env bash
# NER quality on every dev set at once (conll scheme): CoNLL-2003 dev and each
# ../shared/eval/open/*-dev.jsonl. Prints one P/R/F1 row per set, then writes the
# same table to $OUT/ner-all.tsv. Judge a change on all rows, never one.
#   scripts/eval/ner-all.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
EVAL="${EVAL_DIR:-$ROOT/../shared/eval}"
OUT="${OUT:-/tmp/annalist-eval}"
mkdir -p "$OUT"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
cargo build --quiet --profile native --bin annalist --manifest-path "$ROOT/Cargo.toml"
BIN="$CARGO_TARGET_DIR/native/annalist"
printf '%-14s %7s %7s %7s\n' set P R F1 | tee "$OUT/ner-all.tsv"
for gold in "$EVAL/conll-testa.jsonl" "$EVAL"/open/*-dev.jsonl; do
    name=$(basename "$gold" .jsonl)
    python3 -c '
import json, sys
for line in open(sys.argv[1]):
    d = json.loads(line)
    out = {"id": d["id"], "text": d["text"]}
    if d.get("dct"):
        out["date"] = d["dct"]
    print(json.dumps(out))
' "$gold" > "$OUT/$name.in.jsonl"
    "$BIN" extract --jsonl < "$OUT/$name.in.jsonl" | python3 -c '
import json, sys
# Names only: pronouns and descriptions resolved by coreference ("resolved") are not NER spans.
for line in sys.stdin:
    d = json.loads(line)
    d["entities"] = [e for e in d.get("entities", []) if not e.get("resolved")]
    print(json.dumps(d))
' > "$OUT/$name.sys.jsonl"
    python3 "$EVAL/score.py" ner "$gold" "$OUT/$name.sys.jsonl" --scheme conll > "$OUT/$name.score.txt"
    python3 - "$OUT/$name.score.txt" "$name" <<'PY' | tee -a "$OUT/ner-all.tsv"
import re, sys
last = [l for l in open(sys.argv[1]) if l.strip()][-1]
m = re.search(r"F1 ([0-9.]+) \(P ([0-9.]+) R ([0-9.]+)\)", last)
f, p, r = m.groups() if m else ("?", "?", "?")
print(f"{sys.argv[2]:<14} {p:>7} {r:>7} {f:>7}")
PY
done
