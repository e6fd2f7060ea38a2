#!/usr/bin/env bash
# Shared set-up for the README's commands: checks Node, installs the pinned pnpm and the dependencies.
# Needs only Node >= 20.19 and npm on the PATH. Safe to run again (each step is skipped when already done).
set -euo pipefail

PNPM_VERSION=12.4.2
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n\033[1m▶ %s\033[0m\n' "$*"; }

node_version=$(node -p 'process.versions.node' 2>/dev/null || echo 0)
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' 2>/dev/null; then
  echo "kamkit needs Node.js >= 20.19 (found ${node_version}). Install it from nodejs.org or your package manager." >&2
  exit 1
fi

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  step "Installing pnpm ${PNPM_VERSION} with npm"
  if ! npm install -g "pnpm@${PNPM_VERSION}" --no-audit --no-fund; then
    echo "Could not install pnpm globally (no permission?). Run: npm install -g pnpm@${PNPM_VERSION}" >&2
    exit 1
  fi
  hash -r
fi

step "Installing dependencies (pnpm install --frozen-lockfile)"
pnpm install --frozen-lockfile
