#!/usr/bin/env bash
# Installs what building (and, with --test, testing) needs, skipping whatever is already there.
# Everything comes from cargo, npm or apt: no prebuilt binary is downloaded from anywhere else.
#
#   scripts/setup.sh          build tools: wasm32 target, trunk, wasm-bindgen-cli, npm (binaryen)
#   scripts/setup.sh --test   also Chromium, chromedriver and CJK fonts (apt)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
want_test=false
[[ "${1:-}" == "--test" ]] && want_test=true

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

# Trunk 0.21 refuses NO_COLOR values other than true/false.
unset NO_COLOR

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# The wasm-bindgen version trunk must use is the one in Cargo.lock; Trunk.toml must agree.
wbg_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
trunk_pin=$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' Trunk.toml)
if [[ "$wbg_version" != "$trunk_pin" ]]; then
  echo "Cargo.lock has wasm-bindgen $wbg_version but Trunk.toml pins $trunk_pin; make them equal." >&2
  exit 1
fi

if ! rustup target list --installed 2>/dev/null | grep -x wasm32-unknown-unknown >/dev/null; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# A fat-LTO release build of trunk takes ~10 min on 2 cores; thin settings halve it.
fast_install() {
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install "$@"
}

if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
  log "installing trunk $TRUNK_VERSION (about 5-10 minutes the first time)"
  fast_install trunk --version "$TRUNK_VERSION" --locked --no-default-features --features rustls
fi

if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg_version" ]]; then
  log "installing wasm-bindgen-cli $wbg_version (matches Cargo.lock)"
  # Not --locked: its lockfile asks for a webpki-roots version the registry mirror lacks.
  fast_install wasm-bindgen-cli --version "$wbg_version" --force
fi

if [[ ! -x node_modules/.bin/wasm-opt || package-lock.json -nt node_modules/.package-lock.json ]]; then
  log "installing npm tools (binaryen's wasm-opt, Playwright, axe-core)"
  npm ci --no-audit --no-fund
fi
if [[ "$(wasm-opt --version 2>/dev/null)" != *"version 132"* ]]; then
  echo "wasm-opt on PATH is not binaryen 132 from npm: $(command -v wasm-opt)" >&2
  exit 1
fi

# trunk builds with --offline (Trunk.toml): fetch the crates first.
log "fetching crates"
cargo fetch --locked >/dev/null

if $want_test; then
  missing=()
  have chromium || missing+=(chromium)
  have chromedriver || missing+=(chromium-driver)
  # Screenshots and text metrics need CJK glyphs; the app itself ships no fonts.
  fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
  have brotli || missing+=(brotli)
  if ((${#missing[@]})); then
    log "installing ${missing[*]} (apt)"
    sudo_cmd=()
    [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
log "tools ready"
