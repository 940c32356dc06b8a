#!/usr/bin/env bash
# Proof in a real VS Code (code-server 4.139 = VS Code 1.139), part of `npm test`:
#   1. extension-host mocha tests (test/e2e/suite) inside code-server's extension host, extension loaded from
#      this checkout (extensionDevelopmentPath);
#   2. UI end-to-end with Playwright + Chromium on a second code-server with the packaged .vsix installed.
# Ends with "real-vscode: N passed, N failed"; exits non-zero on any failure, including a harness that cannot start.
# Artifacts: test-output/e2e/run-*/ (logs, results JSON, screenshots); test-output/e2e/latest -> newest run.
# Env: E2E_SKIP_BUILD=1 (reuse dist/ and the .vsix), E2E_ONLY=ext|ui, E2E_GREP=<mocha grep>.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
START=$(date +%s)
say() { echo "[e2e $(( $(date +%s) - START ))s] $*"; }

fail_harness() { say "harness failure: $*"; echo "real-vscode: 0 passed, 1 failed"; exit 1; }

# --- tools (idempotent; cold install once per machine)
SETUP_OUT=$(bash scripts/e2e/setup.sh) || fail_harness "setup.sh failed"
eval "$(echo "$SETUP_OUT" | grep -E '^(NODE24|CS|CHROMIUM)=')"
export CHROMIUM

# --- build, package, bundle the tests
if [ "${E2E_SKIP_BUILD:-}" != 1 ]; then
  node scripts/build.mjs || fail_harness "build failed"
  node scripts/package.mjs --no-build > /dev/null || fail_harness "packaging failed"
fi
VSIX="$ROOT/dist/$(node -p "const p=require('./package.json'); p.name+'-'+p.version").vsix"
[ -f "$VSIX" ] || fail_harness "no .vsix at $VSIX"
node scripts/e2e/build-tests.mjs > /dev/null || fail_harness "bundling the extension-host tests failed"

# --- a fresh run folder
OUT="$ROOT/test-output/e2e"
mkdir -p "$OUT"
RUN=$(mktemp -d "$OUT/run-$(date +%Y%m%d-%H%M%S)-XXXX")
ln -sfn "$(basename "$RUN")" "$OUT/latest"
ls -1dt "$OUT"/run-* 2>/dev/null | tail -n +4 | xargs -r rm -rf   # keep the 3 newest runs
export XDG_CONFIG_HOME="$RUN/home/.config" XDG_DATA_HOME="$RUN/home/.local/share" XDG_CACHE_HOME="$RUN/home/.cache"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"

PGIDS=()
cleanup() {
  for g in "${PGIDS[@]}"; do kill -TERM -- "-$g" 2>/dev/null || true; done
  sleep 0.5
  for g in "${PGIDS[@]}"; do kill -KILL -- "-$g" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# start_cs NAME WORKSPACE EXTRA_ARGS... : code-server in its own process group; sets PORT_<NAME>
start_cs() {
  local name=$1 ws=$2; shift 2
  local udd="$RUN/$name/user-data" exts="$RUN/$name/extensions" port
  mkdir -p "$udd/User" "$exts"
  cat > "$udd/User/settings.json" <<'JSON'
{ "workbench.startupEditor": "none", "security.workspace.trust.enabled": false, "telemetry.telemetryLevel": "off",
  "update.mode": "none", "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false,
  "workbench.enableExperiments": false, "chat.disableAIFeatures": true, "workbench.tips.enabled": false,
  "editor.hover.delay": 200, "workbench.editor.enablePreview": false, "git.enabled": false, "files.autoSave": "off",
  "workbench.secondarySideBar.defaultVisibility": "hidden", "chat.commandCenter.enabled": false }
JSON
  if [ "$name" = ui ]; then
    PATH="$NODE24/bin:$PATH" "$CS" --user-data-dir "$udd" --extensions-dir "$exts" --install-extension "$VSIX" > "$RUN/$name/install.log" 2>&1 \
      || fail_harness "installing the .vsix failed: $(tail -3 "$RUN/$name/install.log")"
  fi
  port=$(free_port)
  setsid env PATH="$NODE24/bin:$PATH" "$CS" --auth none --bind-addr "127.0.0.1:$port" \
    --user-data-dir "$udd" --extensions-dir "$exts" --disable-telemetry --disable-update-check \
    --disable-workspace-trust --disable-getting-started-override --reconnection-grace-time 5 "$@" "$ws" \
    > "$RUN/$name/code-server.log" 2>&1 < /dev/null &
  PGIDS+=("$!")
  printf -v "PORT_${name}" '%s' "$port"
}

wait_healthy() {
  local port=$1 name=$2
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$port/healthz" > /dev/null 2>&1 && return 0
    sleep 0.2
  done
  fail_harness "code-server ($name) did not answer on port $port: $(tail -5 "$RUN/$name/code-server.log")"
}

WS_EXT="$RUN/workspace-ext"; WS_UI="$RUN/workspace-ui"
cp -r test/e2e/fixtures/workspace "$WS_EXT"; cp -r test/e2e/fixtures/workspace "$WS_UI"

ONLY=${E2E_ONLY:-}
[ "$ONLY" = ui ] || start_cs ext "$WS_EXT" --vscode-option enable-smoke-test-driver
[ "$ONLY" = ext ] || start_cs ui "$WS_UI"
[ "$ONLY" = ui ] || wait_healthy "$PORT_ext" ext
[ "$ONLY" = ext ] || wait_healthy "$PORT_ui" ui
say "code-server ready ($(PATH="$NODE24/bin:$PATH" "$CS" --version | head -1))"

EXT_RC=0; UI_RC=0
if [ "$ONLY" != ui ]; then
  say "extension-host tests"
  set +e
  timeout 480 node scripts/e2e/ext-tests.mjs "http://127.0.0.1:$PORT_ext" "$ROOT" "$ROOT/out/e2e/suite/index.js" "$WS_EXT" \
    "$RUN/ext-results.json" 420 2>&1 | tee "$RUN/ext-tests.log"
  EXT_RC=${PIPESTATUS[0]}
  set -e
fi
if [ "$ONLY" != ext ]; then
  say "UI end-to-end"
  set +e
  timeout 300 node scripts/e2e/ui.mjs "http://127.0.0.1:$PORT_ui" "$WS_UI" "$RUN" 2>&1 | tee "$RUN/ui.log"
  UI_RC=${PIPESTATUS[0]}
  set -e
fi

# --- summary from the results files (a missing file is a failure, never a skip)
read -r PASSED FAILED < <(node -e '
  const fs = require("fs"); const [run, only] = process.argv.slice(1);
  let p = 0, f = 0;
  for (const [name, file] of [["ext", "ext-results.json"], ["ui", "ui-results.json"]]) {
    if (only && only !== name) continue;
    try { const r = JSON.parse(fs.readFileSync(run + "/" + file, "utf8")); p += r.passes.length; f += r.failures.length;
      for (const x of r.failures) console.error(`FAILED [${name}] ${x.title}\n  ${x.err.split("\n").slice(0, 6).join("\n  ")}`);
    } catch { f += 1; console.error(`FAILED [${name}] no results (${file})`); }
  }
  console.log(p, f);' "$RUN" "$ONLY")
if [ "$EXT_RC" != 0 ] || [ "$UI_RC" != 0 ]; then [ "$FAILED" != 0 ] || FAILED=1; fi
say "artifacts: ${RUN#$ROOT/} (screenshots in screenshots/)"
echo "real-vscode: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
