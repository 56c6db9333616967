#!/usr/bin/env bash
# Installs what the build (and, with `browser`, the tests) need, at pinned
# versions, from the package registries only. Idempotent: a tool already
# present at the right version is not reinstalled.
#
# usage: scripts/install-tools.sh build|browser
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }

install_build() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  # The wasm-bindgen CLI must be exactly the version of the crate in Cargo.lock.
  local want have
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$want" != "$have" ]; then
    say "installing wasm-bindgen-cli $want (have: ${have:-none}); takes a few minutes once"
    cargo install wasm-bindgen-cli --version "=$want" --locked
  fi
  # npm dev tools (binaryen's wasm-opt, playwright-core, axe-core), exactly as package-lock.json says.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm dev tools from package-lock.json"
    npm ci --no-audit --no-fund
  fi
}

install_browser() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian chromium and chromium-driver"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

case "${1:-build}" in
  build) install_build ;;
  browser) install_browser ;;
  *) echo "usage: $0 build|browser" >&2; exit 2 ;;
esac
