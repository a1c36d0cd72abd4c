#!/usr/bin/env bash
# Renders one fixture of each edition to HTML, Word and Excel (tools/RenderDocuments.cs), takes a screenshot of each
# HTML page in headless Chromium (docs/render-<edition>.png) and converts each Word file to PDF and PNG pages through
# LibreOffice (in the output folder, for review). The window is taller than any report page and the screenshot is then
# cropped to the page (the white sheet: ImageMagick's -trim takes off the grey around it), so the image neither ends
# in an empty area nor cuts the report off. Needs: apt-get install -y chromium libreoffice-writer-nogui fonts-noto-cjk
# poppler-utils imagemagick. CI needs none of them: the committed PNGs are what this script wrote.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$(mktemp -d)}"
declare -A fixtures=([2021]="tests/fixtures/2021/valid-seed-quxian-shangwuju-2023.json" [2019]="tests/fixtures/2019/valid-shili-township-2020.json")
cd "$root"
# The fonts of government documents, mapped to fonts-noto-cjk for review (see the file).
export FONTCONFIG_FILE="$root/tools/fonts/report-fonts.conf"
dotnet run --file tools/RenderDocuments.cs -- "$out" "${fixtures[@]}"
im="$(command -v magick || command -v convert-im6.q16 || command -v convert)"
for edition in "${!fixtures[@]}"; do
  name="$(basename "${fixtures[$edition]}" .json)"
  profile="$(mktemp -d)"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars --window-size=900,12000 \
    --screenshot="$out/$name-full.png" "file://$out/$name.html"
  # Crop to the page; strip the PNG's time and text chunks so that the same page gives the same file.
  "$im" "$out/$name-full.png" -trim +repage -strip -define png:exclude-chunks=date,time "$root/docs/render-$edition.png"
  soffice --headless -env:UserInstallation="file://$profile" --convert-to pdf --outdir "$out" "$out/$name.docx" >/dev/null
  rm -rf "$profile"
  pdftoppm -png -r 80 "$out/$name.pdf" "$out/$name-word"
done
echo "outputs in $out; screenshots in docs/render-2021.png and docs/render-2019.png"
