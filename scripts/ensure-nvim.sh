#!/usr/bin/env bash
# Installs Neovim (Debian's package) for the headless editor test, if it is not installed yet.
# Idempotent; the first step of `npm test`. The test itself never installs anything.
# Without root or sudo (a developer's machine) it says so and goes on: the Neovim test then skips
# with that reason, except in CI (CI=true), where a missing nvim is a failure.
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then
  echo "ensure-nvim: $(nvim --version | head -n 1) already installed"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"
  else
    echo "ensure-nvim: nvim is not installed and apt-get needs root (or password-less sudo): the Neovim test will be skipped" >&2
    [ "${CI:-}" = true ] && exit 1
    exit 0
  fi
fi
# other jobs on the machine may use apt at the same time: serialize on a lock when flock exists
LOCK=()
if command -v flock >/dev/null 2>&1; then LOCK=(flock /tmp/apt.lock); fi
export DEBIAN_FRONTEND=noninteractive
$SUDO "${LOCK[@]}" apt-get update -qq
$SUDO "${LOCK[@]}" apt-get install -y -qq neovim >/dev/null
nvim --version | head -n 1
