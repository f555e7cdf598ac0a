#!/usr/bin/env bash
# Serves the app on http://127.0.0.1:8080/ (rebuilding on change), installing what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
unset NO_COLOR
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
exec trunk serve "$@"
