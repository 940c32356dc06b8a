#!/usr/bin/env bash
# Installs Neovim (Debian's package) for the headless editor test, if it is not installed yet.
# Idempotent; run by .ci/run before `npm test`. The test itself never installs anything.
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then
  echo "ensure-nvim: $(nvim --version | head -n 1) already installed"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else echo "ensure-nvim: need root (or sudo) to apt-get install neovim" >&2; exit 1; fi
fi
# other jobs on the machine may use apt at the same time: serialize on a lock when flock exists
LOCK=()
if command -v flock >/dev/null 2>&1; then LOCK=(flock /tmp/apt.lock); fi
export DEBIAN_FRONTEND=noninteractive
$SUDO "${LOCK[@]}" apt-get update -qq
$SUDO "${LOCK[@]}" apt-get install -y -qq neovim
nvim --version | head -n 1
