#!/usr/bin/env bash
# Prints the raw, gzip and brotli sizes of what a browser downloads from dist/ and fails when
# wasm + JS + CSS together exceed the budget (250 KB brotli). Run after `trunk build --release`.
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET=${SIZE_BUDGET_BYTES:-250000}
[[ -d dist ]] || { echo "dist/ missing: run trunk build --release first" >&2; exit 2; }
command -v brotli >/dev/null || { echo "brotli missing (apt-get install brotli)" >&2; exit 2; }

total_br=0
printf '%-46s %10s %10s %10s\n' file raw gzip brotli
while IFS= read -r f; do
  raw=$(stat -c%s "$f"); gz=$(gzip -9c "$f" | wc -c); br=$(brotli -c -q 11 "$f" | wc -c)
  printf '%-46s %10d %10d %10d\n' "${f#dist/}" "$raw" "$gz" "$br"
  case "$f" in
    # gv-boot.js is a stable-named copy of gv-boot-<hash>.js for host pages: count one of them.
    *.wasm|*.js|*.css) [[ "$(basename "$f")" == gv-boot.js ]] || total_br=$((total_br + br)) ;;
  esac
done < <(find dist -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.json' -o -name '*.html' -o -name '*.svg' \) | sort)
printf '\nwasm + JS + CSS (one load): %d bytes brotli; budget %d bytes\n' "$total_br" "$BUDGET"
if ((total_br > BUDGET)); then
  echo "SIZE BUDGET EXCEEDED" >&2
  exit 1
fi
