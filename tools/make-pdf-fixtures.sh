#!/usr/bin/env bash
# Regenerates the PDF fixtures of tests/fixtures/pdf/ (read back by PdfFixtureTests): a few report fixtures of both
# editions rendered with tools/RenderDocuments.cs, then
#   <name>.chromium.pdf          the HTML page printed by headless Chromium (ruled tables);
#   <name>.chromium-unruled.pdf  the same page with every table border removed, printed by Chromium (unruled tables);
#   <name>.chromium-hrules.pdf   (hrules list below) the same page with horizontal rules only (no vertical borders):
#                                no ruled grid, so the grid is rebuilt from the words' positions;
#   <name>.chromium-split.pdf    (split list below) the ruled page with a page break forced inside 三's group, before
#                                the row of 6.属于四类过程性信息 (the 10th row of 三's body in the 2019 edition), so
#                                that the merged label 三、本年度办理结果 is cut by the page break;
#   <name>.word.pdf              the Word file converted by LibreOffice (ruled tables, Word's layout).
# Their tables break across pages, labels wrap in their cells and blank cells stay blank. Needs:
# apt-get install -y chromium libreoffice-writer-nogui fonts-noto-cjk qpdf (qpdf recompresses the files to half their size). CI needs none of them: the PDFs are committed.
# Usage: tools/make-pdf-fixtures.sh [file.pdf ...]   (no argument: every PDF; else only the PDFs named, e.g.
# arith-blank-cells.chromium-unruled.pdf, so that the other committed files stay byte-identical).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/tests/fixtures/pdf"
fixtures=(tests/fixtures/2021/valid-seed-quxian-shangwuju-2023.json tests/fixtures/2019/valid-shili-township-2020.json tests/fixtures/2019/arith-blank-cells.json)
# Unruled variants of these (their grid is rebuilt from the words' positions, blank cells included).
unruled=(valid-seed-quxian-shangwuju-2023 valid-shili-township-2020 arith-blank-cells)
# A page break forced inside 三's group of these (2019 edition: the 10th body row of table 三).
split=(arith-blank-cells)
# Horizontal rules only, of these.
hrules=(arith-blank-cells)
only=("$@")
wanted() { [[ ${#only[@]} -eq 0 || " ${only[*]} " == *" $1 "* ]]; }
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export FONTCONFIG_FILE="$root/tools/fonts/report-fonts.conf"
dotnet run --file tools/RenderDocuments.cs -- "$work" "${fixtures[@]}" >/dev/null
for fixture in "${fixtures[@]}"; do
  name="$(basename "$fixture" .json)"
  # The unruled variant: the same page, no table borders.
  sed 's#</head>#<style>table,tr,th,td{border:none !important;}</style></head>#' "$work/$name.html" > "$work/$name-unruled.html"
  sed 's#</head>#<style>.t3 tbody tr:nth-child(10){break-before:page !important;}</style></head>#' "$work/$name.html" > "$work/$name-split.html"
  sed 's#</head>#<style>table,tr,th,td{border-left:none !important;border-right:none !important;}</style></head>#' "$work/$name.html" > "$work/$name-hrules.html"
  variants=("")
  [[ " ${unruled[*]} " == *" $name "* ]] && variants+=("-unruled")
  [[ " ${split[*]} " == *" $name "* ]] && variants+=("-split")
  [[ " ${hrules[*]} " == *" $name "* ]] && variants+=("-hrules")
  for variant in "${variants[@]}"; do
    wanted "$name.chromium$variant.pdf" || continue
    profile="$(mktemp -d)"
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
      --disable-sync --no-first-run --user-data-dir="$profile" --no-pdf-header-footer \
      --print-to-pdf="$out/$name.chromium$variant.pdf" "file://$work/$name$variant.html" 2>/dev/null
    rm -rf "$profile"
  done
  wanted "$name.word.pdf" || continue
  profile="$(mktemp -d)"
  soffice --headless -env:UserInstallation="file://$profile" --convert-to pdf --outdir "$work" "$work/$name.docx" >/dev/null
  rm -rf "$profile"
  mv "$work/$name.pdf" "$out/$name.word.pdf"
done
for pdf in "$out"/*.chromium*.pdf "$out"/*.word.pdf; do
  wanted "$(basename "$pdf")" || continue
  qpdf --object-streams=generate --recompress-flate --compression-level=9 "$pdf" "$work/small.pdf"
  mv "$work/small.pdf" "$pdf"
done
ls -l "$out"
