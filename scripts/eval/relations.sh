#!/usr/bin/env bash
# Relation quality on Annalist's own hand-annotated articles: precision and recall per relation
# type against gold written by hand.
#   - articles.jsonl + gold.tsv: three articles (sanctions, trade, diplomacy) the rules were tuned on;
#   - heldout.jsonl + heldout.tsv: one article written afterwards and never tuned on;
#   - denials.jsonl + denials.tsv: one article written with session 5's fixes (tuned on; a regression check).
#   scripts/eval/relations.sh            (PROFILE=dev for a quick debug build)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="${OUT:-/tmp/annalist-eval}"
PROFILE="${PROFILE:-native}"
DIR="$ROOT/scripts/eval/relations"
mkdir -p "$OUT"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
cargo build --quiet --profile "$PROFILE" --bin annalist --manifest-path "$ROOT/Cargo.toml"
dir="$PROFILE"; [ "$PROFILE" = dev ] && dir=debug
BIN="$CARGO_TARGET_DIR/$dir/annalist"
echo "== tuned-on articles (sanctions, trade, diplomacy)"
"$BIN" extract --jsonl < "$DIR/articles.jsonl" > "$OUT/relations.sys.jsonl"
python3 "$DIR/score.py" "$DIR/gold.tsv" "$OUT/relations.sys.jsonl"
echo "== held-out article"
"$BIN" extract --jsonl < "$DIR/heldout.jsonl" > "$OUT/relations-heldout.sys.jsonl"
python3 "$DIR/score.py" "$DIR/heldout.tsv" "$OUT/relations-heldout.sys.jsonl"
echo "== held-out article 2 (written in session 6, never tuned on)"
"$BIN" extract --jsonl < "$DIR/heldout2.jsonl" > "$OUT/relations-heldout2.sys.jsonl"
python3 "$DIR/score.py" "$DIR/heldout2.tsv" "$OUT/relations-heldout2.sys.jsonl"
echo "== session-5 regression article (denials, relative clauses; tuned on)"
"$BIN" extract --jsonl < "$DIR/denials.jsonl" > "$OUT/relations-denials.sys.jsonl"
python3 "$DIR/score.py" "$DIR/denials.tsv" "$OUT/relations-denials.sys.jsonl"
