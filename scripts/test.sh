#!/usr/bin/env bash
# The README's test command: installs what is needed (pnpm, dependencies, Debian's Chromium) and runs every
# check — typecheck, lint, unit and property tests, package builds, package checks (publint, attw, tarball
# contents), consumers of the packed tarballs (Node ESM/CJS, Vite apps on React 19 and 18 in Chromium, a type
# test), Storybook story tests with axe in headless Chromium, the Storybook build and the examples app's
# end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export STORYBOOK_DISABLE_TELEMETRY=1

bash scripts/setup.sh
bash scripts/ensure-chromium.sh

passed=0
check() {
  local name=$1
  shift
  printf '\n\033[1m▶ %s\033[0m  (%s)\n' "$name" "$*"
  local start=$SECONDS
  "$@"
  passed=$((passed + 1))
  printf '\033[32m✓ %s\033[0m in %ss\n' "$name" "$((SECONDS - start))"
}

check typecheck pnpm typecheck
check lint pnpm lint
check "changesets readable" node scripts/check-changesets.mjs
check "unit tests" pnpm test:unit
check "package builds" pnpm build
check "size budgets (min+gzip)" pnpm size
check "package checks (publint, attw, tarballs)" pnpm test:pack
check "consumers of the tarballs (Node ESM/CJS, Vite + React 19/18 in Chromium, types)" pnpm test:consumers
check "story tests (Chromium, axe)" pnpm test:stories
check "chart CSS independent of the order of its sheets (Chromium)" node scripts/check-css-order.mjs
check "theme forms, light/dark/auto and export matching the screen (Chromium)" pnpm vitest run --project browser
check "storybook build" pnpm build-storybook
check "storybook works offline (Chromium)" node scripts/check-storybook-offline.mjs storybook-static
check "examples end-to-end (Chromium)" pnpm test:e2e

printf '\nchecks: %d passed, 0 failed\n' "$passed"
