#!/usr/bin/env bash
# Renders the `disclosure audit --html` page of ../shared/corpus in headless Chromium and writes docs/audit.png
# (the screenshot in the README). Needs the Debian packages chromium and fonts-noto-cjk
# (apt-get install -y chromium fonts-noto-cjk). Also checks that the page is self-contained: no script and no
# src/href that leaves the page.
#   tools/audit-screenshot.sh [corpus folder] [output png]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
png="${2:-docs/audit.png}"
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install -y chromium fonts-noto-cjk)"; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build src/Disclosure.Format.Cli -c Release -nologo -v quiet >/dev/null
set +e
dotnet src/Disclosure.Format.Cli/bin/Release/net10.0/disclosure.dll audit "$corpus" --html "$work/audit.html" >/dev/null
code=$?
set -e
[[ $code == 0 || $code == 1 ]] || { echo "disclosure audit failed with exit code $code"; exit 1; }
# Self-contained: no script, no external reference (only in-page #anchors).
if grep -qiE '<script|<link|<img|<iframe|@import|url\(' "$work/audit.html"; then echo "the page loads something"; exit 1; fi
if grep -oiE '(src|href)="[^"#][^"]*"' "$work/audit.html" | grep -q .; then echo "the page links outside itself"; exit 1; fi
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$work/profile" --hide-scrollbars \
  --window-size=1280,1800 --screenshot="$work/audit.png" "file://$work/audit.html" >/dev/null 2>&1
[[ -s "$work/audit.png" ]] || { echo "chromium wrote no screenshot"; exit 1; }
cp "$work/audit.png" "$png"
echo "wrote $png ($(stat -c %s "$png") bytes) from $corpus"
