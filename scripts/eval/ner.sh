#!/usr/bin/env bash
# Score the entity engine on the CoNLL-2003 dev set (or another gold file of the same format):
#   scripts/eval/ner.sh [GOLD.jsonl] [--scheme conll|ontonotes]
# Builds the CLI, turns each gold line into {"id","text","date"}, runs `annalist extract --jsonl`
# and prints the scorer's per-label P/R/F1. Work files go to $OUT (default /tmp/annalist-eval).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
EVAL="${EVAL_DIR:-$ROOT/../shared/eval}"
GOLD="${1:-$EVAL/conll-testa.jsonl}"
shift || true
OUT="${OUT:-/tmp/annalist-eval}"
mkdir -p "$OUT"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
cargo build --quiet --profile native --bin annalist --manifest-path "$ROOT/Cargo.toml"
python3 - "$GOLD" > "$OUT/input.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    d = json.loads(line)
    out = {"id": d["id"], "text": d["text"]}
    if d.get("dct"):
        out["date"] = d["dct"]
    print(json.dumps(out))
PY
"$CARGO_TARGET_DIR/native/annalist" extract --jsonl < "$OUT/input.jsonl" | python3 -c '
import json, sys
# Names only: pronouns and descriptions resolved by coreference ("resolved") are not NER spans.
for line in sys.stdin:
    d = json.loads(line)
    d["entities"] = [e for e in d.get("entities", []) if not e.get("resolved")]
    print(json.dumps(d))
' > "$OUT/system.jsonl"
python3 "$EVAL/score.py" ner "$GOLD" "$OUT/system.jsonl" "$@"
