#!/usr/bin/env bash
# Every report fixture of both editions (tests/fixtures/20*/valid-* and arith-*) rendered to Word by WordReportRenderer,
# then opened by LibreOffice: re-saved as .docx and converted to PDF. Checks that LibreOffice opens each file (the
# conversion succeeds and the PDF has pages: a file LibreOffice must repair is not converted headless) and that each
# re-saved .docx still imports back equal to its fixture (ImportCheck.cs). Not run in CI (CI has no LibreOffice; it reads
# the re-saved files committed under tests/fixtures/docx/resaved, see --commit).
#   tools/word-libreoffice/check.sh [--commit] [output folder]
# --commit copies the re-saved files of the fixtures in $committed to tests/fixtures/docx/resaved/.
# Needs soffice (Debian: libreoffice-writer-nogui fonts-noto-cjk), pdfinfo (poppler-utils) and the .NET SDK.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
commit=0
if [[ "${1:-}" == "--commit" ]]; then commit=1; shift; fi
out="${1:-$(mktemp -d)}"
committed=(2019/valid-shili-township-2020 2019/arith-blank-cells 2021/valid-shili-county-office-2022 2021/arith-carry-forward 2021/valid-shili-housing-2021)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir -p "$out/rendered" "$out/resaved" "$out/pdf"
cd "$root"
# The fonts of government documents, mapped to fonts-noto-cjk for review (see the file).
export FONTCONFIG_FILE="$root/tools/fonts/report-fonts.conf"
pairs=()
for edition in 2019 2021; do
  mapfile -t fixtures < <(ls tests/fixtures/$edition/valid-*.json tests/fixtures/$edition/arith-*.json | grep -v '\.expected\.json$')
  dotnet run --file tools/RenderDocuments.cs -- "$out/tmp/$edition" "${fixtures[@]}" >/dev/null
  for fixture in "${fixtures[@]}"; do
    name="$edition-$(basename "$fixture" .json)"
    mv "$out/tmp/$edition/$(basename "$fixture" .json).docx" "$out/rendered/$name.docx"
    pairs+=("$fixture" "$out/resaved/$name.docx")
  done
done
rm -rf "$out/tmp"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice --headless -env:UserInstallation="file://$profile" --convert-to 'docx:MS Word 2007 XML' --outdir "$out/resaved" "$out"/rendered/*.docx >/dev/null 2>&1
soffice --headless -env:UserInstallation="file://$profile" --convert-to pdf --outdir "$out/pdf" "$out"/rendered/*.docx >/dev/null 2>&1
status=0
for f in "$out"/rendered/*.docx; do
  n="$(basename "$f" .docx)"
  if [[ ! -s "$out/resaved/$n.docx" ]]; then echo "FAIL $n: LibreOffice did not re-save it"; status=1; fi
  pages="$(pdfinfo "$out/pdf/$n.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
  if [[ -z "$pages" || "$pages" -lt 1 ]]; then echo "FAIL $n: LibreOffice did not convert it to PDF"; status=1; else echo "PDF  $n: $pages pages"; fi
done
dotnet run --file tools/word-libreoffice/ImportCheck.cs -- "${pairs[@]}" || status=1
if [[ $commit == 1 ]]; then
  mkdir -p tests/fixtures/docx/resaved
  for c in "${committed[@]}"; do
    cp "$out/resaved/${c/\//-}.docx" "tests/fixtures/docx/resaved/${c/\//-}.docx"
    echo "tests/fixtures/docx/resaved/${c/\//-}.docx"
  done
fi
echo "outputs in $out"
exit $status
