#!/usr/bin/env bash
# Installs what the tests need beyond npm: Debian's Chromium (Playwright drives it; no browser
# download), poppler-utils (pdfinfo/pdftotext/pdftoppm read the PDFs), Liberation fonts, and
# PostgreSQL's server binaries (the store's tests start a server of their own with initdb + pg_ctl).
# --check: only say what is missing (exit 1), install nothing.
set -euo pipefail
missing=()
command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1 || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
# fc-list matches the family itself (no pipe: under pipefail, `fc-list | grep -q` fails whenever grep
# exits at the first match and fc-list, still writing, dies of SIGPIPE — the font then looked missing).
[ -n "$(fc-list "Liberation Sans" family 2>/dev/null)" ] || missing+=(fonts-liberation)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "${1:-}" = "--check" ]; then echo "missing: ${missing[*]}"; exit 1; fi
echo "installing with apt-get: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
