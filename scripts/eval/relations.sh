#!/usr/bin/env bash
# Relation quality on Annalist's own hand-annotated articles (sanctions, trade, diplomacy):
# precision and recall per relation type against scripts/eval/relations/gold.tsv.
#   scripts/eval/relations.sh            (release-like build: --profile native)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="${OUT:-/tmp/annalist-eval}"
PROFILE="${PROFILE:-native}"
mkdir -p "$OUT"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
cargo build --quiet --profile "$PROFILE" --bin annalist --manifest-path "$ROOT/Cargo.toml"
dir="$PROFILE"; [ "$PROFILE" = dev ] && dir=debug
"$CARGO_TARGET_DIR/$dir/annalist" extract --jsonl < "$ROOT/scripts/eval/relations/articles.jsonl" > "$OUT/relations.sys.jsonl"
python3 "$ROOT/scripts/eval/relations/score.py" "$ROOT/scripts/eval/relations/gold.tsv" "$OUT/relations.sys.jsonl"
