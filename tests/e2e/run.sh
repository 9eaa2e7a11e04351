#!/usr/bin/env bash
# End-to-end tests of the real Mamori window: starts tauri-driver (which drives WebKitWebDriver),
# runs every tests/e2e/*.test.mjs against the given binary, and stops the driver.
# The app runs under strace (following its WebKit processes): netcheck.mjs then fails the run if
# any of them tried to reach a non-loopback network address (docs/SECURITY.md, "No network").
# Usage (under a display, e.g. xvfb-run): tests/e2e/run.sh /abs/path/to/mamori
set -euo pipefail
app="${1:?usage: run.sh /abs/path/to/mamori}"
here="$(cd "$(dirname "$0")" && pwd)"
driver="$(command -v tauri-driver || echo "$HOME/.cargo/bin/tauri-driver")"
export MAMORI_E2E_ARTIFACTS="${MAMORI_E2E_ARTIFACTS:-$here/artifacts}"
mkdir -p "$MAMORI_E2E_ARTIFACTS"
# Each launch of the app goes through a wrapper that records its socket calls.
net="$MAMORI_E2E_ARTIFACTS/network"
rm -rf "$net" && mkdir -p "$net"
command -v strace >/dev/null || { echo "e2e: strace is required (scripts/setup installs it)"; exit 1; }
cat >"$net/mamori" <<EOF
#!/bin/sh
exec strace -f --seccomp-bpf -qq -e trace=connect,sendto,sendmsg,sendmmsg -e signal=none \\
  -o "$net/trace.\$\$" "$app" "\$@"
EOF
chmod +x "$net/mamori"
export MAMORI_E2E_APP="$net/mamori"
# The app inherits the driver's environment: an empty data folder and a Japanese OS locale.
MAMORI_DATA_DIR="$(mktemp -d)"
export MAMORI_DATA_DIR LANG=ja_JP.UTF-8 LC_ALL= LANGUAGE=
# Debug builds answer file dialogs from this folder (native dialogs cannot be driven).
MAMORI_TEST_DIALOGS="$(mktemp -d)"
export MAMORI_TEST_DIALOGS

# Two free ports (another run, or a benchmark, may hold the usual 4444/4445).
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port="$(free_port)"; native_port="$(free_port)"
while [ "$native_port" = "$port" ]; do native_port="$(free_port)"; done
export MAMORI_E2E_DRIVER="http://127.0.0.1:$port"
"$driver" --port "$port" --native-port "$native_port" >"$MAMORI_E2E_ARTIFACTS/tauri-driver.log" 2>&1 &
driver_pid=$!
trap 'kill "$driver_pid" 2>/dev/null || true; wait "$driver_pid" 2>/dev/null || true; rm -rf "$MAMORI_DATA_DIR" "$MAMORI_TEST_DIALOGS"' EXIT

for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
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
node "$here/netcheck.mjs" "$net" || status=1
exit $status
