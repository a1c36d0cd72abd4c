#!/usr/bin/env bash
# Regenerates tests/fixtures/docx: Word files made by another program (LibreOffice) from HTML of our own fixtures, the
# realistic case of a .docx the library did not write. CI reads the committed files and needs no LibreOffice.
#   tools/word-fixtures/make-docx.sh            # the fixtures listed below
# Needs soffice (Debian: libreoffice-writer-nogui, fonts-noto-cjk) and the .NET SDK. Works in a temporary folder.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
fixtures=(
  2021/valid-shili-township-2021.json
  2021/valid-shili-city-ecology-2023.json
  2019/valid-shili-housing-2020.json
)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for fixture in "${fixtures[@]}"; do
  name="$(dirname "$fixture")-$(basename "$fixture" .json)"
  dotnet run --file "$root/tools/word-fixtures/FixtureHtml.cs" -- "$root/tests/fixtures/$fixture" "$work/$name.html"
  soffice --headless -env:UserInstallation="file://$work/profile" --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/$name.html" >/dev/null
  cp "$work/$name.docx" "$root/tests/fixtures/docx/$name.docx"
  echo "tests/fixtures/docx/$name.docx <- $fixture"
done
