#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed (browser tests never download a browser of their own).
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi

printf '\n\033[1m▶ %s\033[0m\n' "Installing Debian's chromium (apt-get)"
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium is missing. Install Debian's package 'chromium' (or set CHROMIUM_PATH to a Chromium binary)." >&2
  exit 1
fi
/usr/bin/chromium --version
