#!/usr/bin/env bash
# Installs what the tests need beyond npm: Debian's Chromium (Playwright drives it; no browser
# download), poppler-utils (pdfinfo/pdftotext/pdftoppm read the PDFs), Liberation fonts, and
# PostgreSQL's server binaries (the store's tests start a server of their own with initdb + pg_ctl).
set -euo pipefail
missing=()
command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1 || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
(fc-list 2>/dev/null | grep -qi "Liberation Sans") || missing+=(fonts-liberation)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing with apt-get: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
