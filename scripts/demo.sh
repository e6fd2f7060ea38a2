#!/usr/bin/env bash
# The README's demo command: installs what is needed and serves the examples app with its demo data.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
printf '\n\033[1m▶ %s\033[0m\n' "Serving the examples app (Ctrl+C to stop)"
exec pnpm demo
