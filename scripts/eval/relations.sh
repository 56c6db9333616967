#!/usr/bin/env bash
# Relation quality on Annalist's own hand-annotated articles: precision and recall per relation
# type against gold written by hand.
#   - articles.jsonl + gold.tsv: three articles (sanctions, trade, diplomacy) the rules were tuned on;
#   - heldout.jsonl + heldout.tsv: one article written afterwards and never tuned on;
#   - denials.jsonl + denials.tsv: one article written with session 5's fixes (tuned on; a regression check);
#   - dev2.jsonl + dev2.tsv: three articles written in session 6 before any fix they led to (tuned on);
#   - phrasings.jsonl + phrasings.tsv: one article written in session 8 with the fixes for users' phrasings
#     (gold annotated before the engine was run on it; tuned on: a regression check).
#   scripts/eval/relations.sh            (PROFILE=dev for a quick debug build)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="${OUT:-$(mktemp -d)}"
PROFILE="${PROFILE:-native}"
DIR="$ROOT/scripts/eval/relations"
mkdir -p "$OUT"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
cargo build --quiet --profile "$PROFILE" --bin annalist --manifest-path "$ROOT/Cargo.toml"
dir="$PROFILE"; [ "$PROFILE" = dev ] && dir=debug
BIN="$CARGO_TARGET_DIR/$dir/annalist"
# One set: its heading, the articles (JSONL) and the gold (TSV) in $DIR, the output name.
set_score() {
    echo "== $1"
    "$BIN" extract --jsonl < "$DIR/$2" > "$OUT/$4"
    python3 "$DIR/score.py" "$DIR/$3" "$OUT/$4" ${5:-}
}
set_score "tuned-on articles (sanctions, trade, diplomacy)" articles.jsonl gold.tsv relations.sys.jsonl
set_score "held-out article" heldout.jsonl heldout.tsv relations-heldout.sys.jsonl
set_score "held-out article 2 (written in session 6, never tuned on)" heldout2.jsonl heldout2.tsv relations-heldout2.sys.jsonl --summary
set_score "session-5 regression article (denials, relative clauses; tuned on)" denials.jsonl denials.tsv relations-denials.sys.jsonl
set_score "session-6 development articles (minerals, arms, enforcement; tuned on)" dev2.jsonl dev2.tsv relations-dev2.sys.jsonl
set_score "session-8 phrasings article (receive/order/send, fines, freezes, after meeting, titles; tuned on)" phrasings.jsonl phrasings.tsv relations-phrasings.sys.jsonl
