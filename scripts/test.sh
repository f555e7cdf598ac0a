#!/usr/bin/env bash
# Runs every test, installing what is missing: formatting and lints, host tests of the core,
# browser tests in headless Chromium, the release build (and its size budget), end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
unset NO_COLOR
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="$(command -v chromedriver)"
# The browsers the test runners start leave a 75 MB profile in the temporary folder each time;
# keep them under target/ and remove them when the run ends, passed or not.
export TMPDIR="$PWD/target/tmp"
mkdir -p "$TMPDIR"
trap 'rm -rf "$TMPDIR"' EXIT
# A one-off run gains nothing from incremental builds, which double what the build writes to disk.
if [[ -n "${CI:-}" ]]; then export CARGO_INCREMENTAL=0; fi

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
started=$(date +%s)

step "format and lints"
cargo fmt --all -- --check
cargo clippy --locked -p gba-core --all-targets --all-features -- -D warnings
cargo clippy --locked -p gba-visit-explorer --target wasm32-unknown-unknown --all-targets -- -D warnings

step "host tests (core: model, validation, fixtures, formatting, routes)"
cargo test --locked -p gba-core --all-features

step "browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked -p gba-visit-explorer --target wasm32-unknown-unknown

step "release build"
trunk build --release

step "size budget"
scripts/size.sh

step "synthetic data for the end-to-end scale test (100,000 projects, labelled synthetic)"
mkdir -p target/e2e
[[ -s target/e2e/synthetic-100k.json ]] || cargo run --locked -q -p gba-core --bin synth -- --events 200 --projects 100000 > target/e2e/synthetic-100k.json

step "end-to-end tests (Playwright, dist/ under a sub-path)"
npx playwright test --config tests/e2e/playwright.config.mjs

printf '\n\033[1mall tests passed in %ss\033[0m\n' "$(($(date +%s) - started))"
