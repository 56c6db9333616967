#!/usr/bin/env bash
# Prints what a browser downloads for the app, raw and gzip -9.
# usage: scripts/size.sh DIST_DIR
set -euo pipefail
dist=${1:-dist}
total_raw=0; total_gz=0
printf '%-28s %10s %10s\n' file bytes gzip-9
for f in index.html boot.js style.css pkg/annalist.js pkg/annalist_bg.wasm; do
  [ -f "$dist/$f" ] || continue
  raw=$(stat -c %s "$dist/$f"); gz=$(gzip -9 -c "$dist/$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-28s %10d %10d\n' "$f" "$raw" "$gz"
done
printf '%-28s %10d %10d\n' "app total" "$total_raw" "$total_gz"
one_raw=$(stat -c %s "$dist/annalist.html" 2>/dev/null || echo 0)
one_gz=$(gzip -9 -c "$dist/annalist.html" 2>/dev/null | wc -c || echo 0)
printf '%-28s %10d %10d\n' "annalist.html (single file)" "$one_raw" "$one_gz"
