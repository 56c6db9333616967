#!/usr/bin/env bash
# `make bench`: every benchmark of issue 8, then a summary table and
# target/bench/results.json. Expects a built dist/ (make dist) and Chromium.
# Figures only: nothing here passes or fails on speed.
#
# env: DIST (dist), CARGO_TARGET_DIR (target), BENCH_OUT (target/bench),
#      BENCH_NATIVE_ARGS (extra args for `annalist-bench native`, e.g. "--max-bytes 1M"),
#      BENCH_BROWSER_ARGS (extra args for bench/browser.mjs, e.g. "--skip-ui --runs 3"),
#      BENCH_WASM_MEMORY_ARGS (extra args for bench/wasm-memory.mjs, e.g. "--sizes tiny,1,4 --entries worker")
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
DIST=${DIST:-dist}
TARGET=${CARGO_TARGET_DIR:-target}
OUT=${BENCH_OUT:-target/bench}
TWIGGY_VERSION=0.8.0
say() { printf '\n\033[1m[bench]\033[0m %s\n' "$*"; }
mkdir -p "$OUT"
rm -f "$OUT"/{native,size,browser,wasm-memory,results}.json

cat > "$OUT/meta.json" <<JSON
{"command": "make bench", "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)", "git": "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)",
 "cpus": $(nproc), "cpu": "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//; s/"//g')",
 "rustc": "$(rustc --version)", "node": "$(node --version)", "chromium": "$(chromium --version 2>/dev/null | head -1)"}
JSON

# A part that fails is reported and the others still run; the exit status says so.
failed=()

say "native engine: cargo build --profile native --bin annalist-bench"
cargo build --quiet --profile native --bin annalist-bench
BIN="$TARGET/native/annalist-bench"
# shellcheck disable=SC2086
"$BIN" native --json "$OUT/native.json" ${BENCH_NATIVE_ARGS:-} || failed+=(native)
# The browser corpus: other articles (seed 3) of the same generator.
"$BIN" corpus --seed 3 --bytes 1.3M > "$OUT/corpus.jsonl"

say "size (and the wasm by contributor, with twiggy $TWIGGY_VERSION)"
if [ "$(twiggy --version 2>/dev/null | awk '{print $2}')" != "$TWIGGY_VERSION" ]; then
  cargo install twiggy --version "=$TWIGGY_VERSION" --locked || echo "twiggy did not install: no wasm breakdown"
fi
# dist/ holds a wasm without names (wasm-opt drops them); make a copy that keeps
# them, from the same cargo output through the same tools (-g keeps the name section).
NAMED=""
WASM="$TARGET/wasm32-unknown-unknown/release/annalist.wasm"
if [ -f "$WASM" ]; then
  tmp=$(mktemp -d)
  wasm-bindgen --target web --no-typescript --out-dir "$tmp" --out-name annalist "$WASM"
  # The Makefile's flags (exported by `make bench`), plus -g to keep names.
  # shellcheck disable=SC2086
  wasm-opt -g ${WASM_OPT_FLAGS:--Oz --converge --zero-filled-memory --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals} \
    "$tmp/annalist_bg.wasm" -o "$OUT/annalist_named.wasm"
  rm -rf "$tmp"
  NAMED="$OUT/annalist_named.wasm"
fi
node bench/size.mjs --dist "$DIST" --out "$OUT/size.json" ${NAMED:+--named-wasm "$NAMED"} || failed+=(size)

say "browser: wasm vs compromise, first render, UI scale (headless Chromium)"
# shellcheck disable=SC2086
node bench/browser.mjs --dist "$DIST" --corpus "$OUT/corpus.jsonl" --out "$OUT/browser.json" ${BENCH_BROWSER_ARGS:-} \
  || failed+=(browser)

say "wasm memory: peak linear memory per input byte, 1 / 4 / 16 MiB (headless Chromium)"
# shellcheck disable=SC2086
node bench/wasm-memory.mjs --pkg "$DIST/pkg" --out "$OUT/wasm-memory.json" ${BENCH_WASM_MEMORY_ARGS:-} || failed+=(wasm-memory)

node bench/report.mjs "$OUT"
if [ ${#failed[@]} -gt 0 ]; then
  echo "bench: these parts failed (see above): ${failed[*]}" >&2
  exit 1
fi
