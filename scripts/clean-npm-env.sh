#!/usr/bin/env bash
# Runs a command without the npm_* variables that an outer `npm test` / `npm start` exports.
# Why: npm passes its configuration to the scripts it runs (npm_config_user_agent names the node
# that runs the outer npm, npm_package_* the outer package), and a nested `npm install` inherits
# them. code-server's postinstall reads the node version from npm_config_user_agent and refuses to
# install under node 20 although the install itself runs on node 24.
# Usage: bash scripts/clean-npm-env.sh [env VAR=value ...] COMMAND [ARGS...]
set -euo pipefail
for v in $(compgen -e); do
  case "$v" in npm_*) unset "$v" ;; esac
done
exec "$@"
