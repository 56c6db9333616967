#!/usr/bin/env bash
# Train the part-of-speech tagger into data/models/pos.bin (deterministic: the
# same bytes on every run). Trains on ../shared/ud/pos-train.conllu, measures
# the written model on pos-dev.conllu. See data/models/SOURCES.md.
#   scripts/train/pos.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
UD="${UD_DIR:-$ROOT/../shared/ud}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
mkdir -p "$ROOT/data/models"
# The library compiles the model in; a missing file is replaced by an empty model first.
[ -f "$ROOT/data/models/pos.bin" ] || printf 'APOS3' > "$ROOT/data/models/pos.bin"
cargo build --quiet --profile native --bin annalist-train-pos --manifest-path "$ROOT/Cargo.toml"
"$CARGO_TARGET_DIR/native/annalist-train-pos" \
    --train "$UD/pos-train.conllu" --dev "$UD/pos-dev.conllu" \
    --out "$ROOT/data/models/pos.bin" \
    --epochs 7 --seeds 8 --min-count 2 --keep 13000 --min-code 7 --max-code 24 --dict-share 0.99 \
    --freq-power 0.25 --key-bits 18
echo "pos.bin: $(wc -c < "$ROOT/data/models/pos.bin") bytes, $(gzip -9c "$ROOT/data/models/pos.bin" | wc -c) gzip"
