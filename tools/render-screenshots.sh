#!/usr/bin/env bash
# Renders one fixture of each edition to HTML, Word and Excel (tools/RenderDocuments.cs), takes a screenshot of each
# HTML page in headless Chromium (docs/render-<edition>.png) and converts each Word file to PDF and PNG pages through
# LibreOffice (in the output folder, for review). Needs: apt-get install -y chromium libreoffice-writer-nogui
# fonts-noto-cjk poppler-utils. CI needs neither program: the committed PNGs are what this script wrote.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$(mktemp -d)}"
declare -A fixtures=([2021]="tests/fixtures/2021/valid-seed-quxian-shangwuju-2023.json" [2019]="tests/fixtures/2019/valid-shili-township-2020.json")
cd "$root"
dotnet run --file tools/RenderDocuments.cs -- "$out" "${fixtures[@]}"
for edition in "${!fixtures[@]}"; do
  name="$(basename "${fixtures[$edition]}" .json)"
  profile="$(mktemp -d)"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars --window-size=900,3600 \
    --screenshot="$root/docs/render-$edition.png" "file://$out/$name.html"
  rm -rf "$profile"
  soffice --headless --convert-to pdf --outdir "$out" "$out/$name.docx" >/dev/null
  pdftoppm -png -r 60 "$out/$name.pdf" "$out/$name-word"
done
echo "outputs in $out; screenshots in docs/render-2021.png and docs/render-2019.png"
