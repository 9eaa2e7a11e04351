#!/usr/bin/env bash
# End-to-end tests of the real Mamori window: starts tauri-driver (which drives WebKitWebDriver),
# runs every tests/e2e/*.test.mjs against the given binary, and stops the driver.
# Usage (under a display, e.g. xvfb-run): tests/e2e/run.sh /abs/path/to/mamori
set -euo pipefail
app="${1:?usage: run.sh /abs/path/to/mamori}"
here="$(cd "$(dirname "$0")" && pwd)"
driver="$(command -v tauri-driver || echo "$HOME/.cargo/bin/tauri-driver")"
export MAMORI_E2E_APP="$app"
export MAMORI_E2E_ARTIFACTS="${MAMORI_E2E_ARTIFACTS:-$here/artifacts}"
mkdir -p "$MAMORI_E2E_ARTIFACTS"
# The app inherits the driver's environment: an empty data folder and a Japanese OS locale.
MAMORI_DATA_DIR="$(mktemp -d)"
export MAMORI_DATA_DIR LANG=ja_JP.UTF-8 LC_ALL= LANGUAGE=

"$driver" --port 4444 --native-port 4445 >"$MAMORI_E2E_ARTIFACTS/tauri-driver.log" 2>&1 &
driver_pid=$!
trap 'kill "$driver_pid" 2>/dev/null || true; wait "$driver_pid" 2>/dev/null || true; rm -rf "$MAMORI_DATA_DIR"' EXIT

for _ in $(seq 1 100); do
  if (exec 3<>/dev/tcp/127.0.0.1/4444) 2>/dev/null; then break; fi
  sleep 0.1
done

status=0
tap="$MAMORI_E2E_ARTIFACTS/e2e.tap"
node --test --test-concurrency=1 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tap" \
  "$here"/*.test.mjs || status=$?
passed=$(grep -cE '^ok ' "$tap" || true)
failed=$(grep -cE '^not ok ' "$tap" || true)
echo "e2e: $passed passed, $failed failed"
exit $status
