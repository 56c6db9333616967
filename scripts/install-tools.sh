#!/usr/bin/env bash
# Installs what the build (and, with `browser`, the tests) need, at pinned
# versions, from the package registries only. Idempotent: a tool already
# present at the right version is not reinstalled.
#
# usage: scripts/install-tools.sh build|browser|python|spark
#   python: a virtualenv target/venv (or $VENV) with maturin and pytest (python/requirements-dev.txt)
#   spark:  that, plus PySpark & co. (python/requirements-spark.txt) and a Java 17+ runtime from Debian
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

VENV=${VENV:-target/venv}

# pip install -r FILE into $VENV unless the same FILE was installed last time (a copy is kept
# in the venv as the stamp).
venv_requirements() {
  local req=$1 stamp
  stamp="$VENV/.installed-$(basename "$req")"
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating virtualenv $VENV ($(python3 --version))"
    python3 -m venv "$VENV"
  fi
  if ! cmp -s "$req" "$stamp"; then
    say "installing $req into $VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req"
    cp "$req" "$stamp"
  fi
}

install_python() {
  venv_requirements python/requirements-dev.txt
}

install_spark() {
  install_python
  venv_requirements python/requirements-spark.txt
  # PySpark 4 needs Java 17 or newer.
  local major
  major=$(java -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print v[1]; exit }' || true)
  if [ -z "$major" ] || [ "$major" -lt 17 ]; then
    say "installing Debian openjdk-17-jre-headless (have: java ${major:-none})"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq openjdk-17-jre-headless >/dev/null \
      || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq default-jre-headless >/dev/null
  fi
}

case "${1:-build}" in
  build) install_build ;;
  browser) install_browser ;;
  python) install_python ;;
  spark) install_spark ;;
  *) echo "usage: $0 build|browser|python|spark" >&2; exit 2 ;;
esac
