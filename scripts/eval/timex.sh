#!/bin/sh
# Score the time engine on TempEval-3 training data (TimeBank + AQUAINT):
#   scripts/eval/timex.sh [EVAL_DIR]
# Builds the CLI (native profile), feeds it {"id","text","date": dct} lines,
# scores with the shared TempEval-3 style scorer (relaxed/strict/value F1, type
# accuracy), then the chrono and compromise-dates case files (scripts/eval/timex_cases.py),
# then our own narrative dev set (data/eval/narrative.txt, scripts/eval/timex_narrative.py).
# Value errors for study: scripts/eval/timex_errors.py GOLD SYSTEM [--context].
set -eu
EVAL=${1:-/work/shared/eval}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${TMPDIR:-/tmp}/annalist-timex
mkdir -p "$OUT"
cd "$ROOT"
cargo build --profile native --bin annalist >&2
BIN=${CARGO_TARGET_DIR:-target}/native/annalist
python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    print(json.dumps({"id": d["id"], "text": d["text"], "date": d["dct"]}))
' "$EVAL/tbaq-train.jsonl" > "$OUT/tbaq-in.jsonl"
"$BIN" extract --jsonl < "$OUT/tbaq-in.jsonl" > "$OUT/tbaq-out.jsonl"
echo "== TempEval-3 training data (tbaq-train)"
python3 "$EVAL/score.py" timex "$EVAL/tbaq-train.jsonl" "$OUT/tbaq-out.jsonl"
if [ -f "$EVAL/chrono-en-cases.jsonl" ]; then
    echo "== chrono and compromise-dates cases"
    python3 scripts/eval/timex_cases.py "$BIN" "$EVAL" "$OUT"
fi
echo "== narrative dev set (our own text)"
python3 scripts/eval/timex_narrative.py "$BIN" "$EVAL/score.py" | tail -n +2
