#!/usr/bin/env bash
# Coverage-guided fuzzing of Disclosure.Format with SharpFuzz + AFL++ (outside the normal CI; see docs/fuzzing.md).
#
#   fuzz/run.sh json   [seconds]   the JSON reader (DisclosureJson.Read, write-back, validation, ReadLines)
#   fuzz/run.sh import [seconds]   the text importer (ReportTextImporter.Import, write-back, validation)
#   fuzz/run.sh html   [seconds]   the HTML reader on bytes (decoding, HtmlReportReader.Read, import, write-back, validation)
#   fuzz/run.sh word   [seconds]   the Word reader (WordReportReader.Read on .docx bytes or parts text, import, ...)
#   fuzz/run.sh xlsx   [seconds]   the Excel importer (ExcelReportImporter.Import on .xlsx bytes or parts text, ...)
#   fuzz/run.sh pdf    [seconds]   the PDF reader (PdfReportReader.Read on bytes, import, write-back, validation)
#
# Default 600 seconds. Runs at nice 19 with AFL_NO_UI=1. Work files go to fuzz/out/<target>/ (ignored by git). Every
# crash or hang found is replayed; inputs that still fail are copied to tests/fixtures/fuzz/<target>/, where a normal
# test (FuzzRegressionTests) replays them from then on. Exit code: 0 nothing found, 1 findings copied, 2 usage/setup.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=${1:-}
seconds=${2:-600}
case "$target" in
  json|import|html|word|xlsx|pdf) ;;
  *) echo "usage: fuzz/run.sh json|import|html|word|xlsx|pdf [seconds]" >&2; exit 2 ;;
esac
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }

out=$root/fuzz/out/$target
rm -rf "$out/bin" "$out/findings" "$out/corpus"
mkdir -p "$out/corpus"

# Several targets may start at once (each has its own fuzz/out/<target>/): their builds share obj/ folders, so one at a time.
mkdir -p fuzz/out
flock fuzz/out/.build.lock -c "dotnet tool restore >/dev/null && dotnet publish fuzz/Disclosure.Format.Fuzz -c Release -o '$out/bin' -v quiet -nologo"
# A plain copy for replaying findings: instrumented code needs AFL's shared memory and fails outside afl-fuzz.
rm -rf "$out/replay-bin" && cp -r "$out/bin" "$out/replay-bin"
# Instrument only the library under test (not the harness, not System.*, AngleSharp or the Open XML SDK); redo after
# every publish. The document targets also run the core's importer, validator and JSON writer.
dotnet sharpfuzz "$out/bin/Disclosure.Format.dll"
case "$target" in html|word|xlsx|pdf) dotnet sharpfuzz "$out/bin/Disclosure.Format.Documents.dll" ;; esac

n=0
dict=()
if [[ $target == json ]]; then
  # Seeds: every JSON fixture (valid, arithmetic and invalid), compacted too, and earlier findings.
  for f in tests/fixtures/*/*.json; do
    case "$f" in *.expected.json) continue ;; esac
    n=$((n + 1))
    cp "$f" "$out/corpus/seed-$n.json"
    jq -c . "$f" > "$out/corpus/seed-$n-compact.json" 2>/dev/null || rm -f "$out/corpus/seed-$n-compact.json"
  done
  # Dictionary: JSON punctuation and every property name the fixtures use (taken from the fixtures, not a kept list).
  {
    for t in '{' '}' '[' ']' ',' ':' '"' 'null' 'true' 'false' '-1' '0' '1.5' '1e400' '2147483648' '\\u0000' '\\ud800' '"2021"' '"2019"'; do
      printf 'kw%s="%s"\n' "$((++n))" "$(printf '%s' "$t" | sed 's/\\/\\\\/g; s/"/\\"/g')"
    done
    jq -r '[paths | .[-1] | strings] | unique | .[]' tests/fixtures/*/valid-*.json | sort -u | while read -r name; do
      printf 'p_%s="\\"%s\\""\n' "$name" "$name"
    done
  } > "$out/json.dict"
  dict=(-x "$out/json.dict")
elif [[ $target == import ]]; then
  # Seeds: the report texts among the fixtures and, where the shared folder is beside the clone, its corpus texts.
  for f in tests/fixtures/*/*.txt ../shared/corpus/*.txt; do
    [[ -f $f ]] || continue
    n=$((n + 1))
    cp "$f" "$out/corpus/seed-$n.txt"
  done
elif [[ $target == pdf ]]; then
  # Seeds: the committed PDFs under 200 KB (LibreOffice's prints of fixtures, the encrypted ones; Chromium's prints are
  # too large for AFL), and a dictionary of PDF syntax (objects, filters, operators of text and paths).
  for f in tests/fixtures/pdf/*.pdf; do
    (( $(stat -c %s "$f") < 200000 )) || continue
    n=$((n + 1))
    cp "$f" "$out/corpus/seed-$n.pdf"
  done
  for t in '%PDF-1.4' 'obj' 'endobj' 'stream' 'endstream' 'xref' 'trailer' 'startxref' '%%EOF' '<<' '>>' '/Type' '/Page' \
           '/Pages' '/Kids' '/Count' '/Contents' '/Resources' '/Font' '/XObject' '/Length' '/Filter' '/FlateDecode' \
           '/DecodeParms' '/Predictor' '/ObjStm' '/XRef' '/Encrypt' '/MediaBox' '/Parent' '/Root' ' 0 R' 'BT' 'ET' 'Tj' \
           'TJ' 'Tf' 'Td' 'Tm' 're' 'm' 'l' 'S' 'f' 'q' 'Q' 'cm' 'Do' 'w'; do
    printf 'kw%s="%s"\n' "$((++n))" "$t"
  done > "$out/pdf.dict"
  dict=(-x "$out/pdf.dict")
else
  # Document targets: a few fixtures of both editions rendered by the library's renderers (for html also as GB18030
  # with its charset declared), and documents as given: for html the committed snapshot page and, where the shared
  # folder is beside the clone, the real report pages; for word the committed .docx fixtures. A package is seeded both
  # as it is and as parts text (fuzz/Disclosure.Format.Fuzz/Packages.cs: the harness zips it before reading, so
  # mutations reach the XML instead of breaking the deflate stream). The dictionary is taken from the seeds (tags,
  # attributes, part names) and the layout catalogs (every label), plus tokens of features the seeds lack.
  files=(tests/fixtures/2021/valid-seed-quxian-shangwuju-2023.json tests/fixtures/2021/valid-shili-township-2021.json
         tests/fixtures/2019/valid-shili-housing-2020.json)
  case "$target" in
    html) files+=(tests/Disclosure.Format.Documents.Tests/Rendering/Snapshots/*.html ../shared/corpus/html/*/page.html
                  ../shared/corpus/html/*.html ../shared/corpus/*.html) ;;
    word) files+=(tests/fixtures/docx/*.docx) ;;
  esac
  existing=()
  for f in "${files[@]}"; do [[ -f $f ]] && existing+=("$f"); done
  dotnet "$out/replay-bin/Disclosure.Format.Fuzz.dll" --seeds "$target" "$out/corpus" "$out/$target.dict" "${existing[@]}"
  dict=(-x "$out/$target.dict")
fi
if compgen -G "tests/fixtures/fuzz/$target/*" >/dev/null; then cp tests/fixtures/fuzz/$target/* "$out/corpus/"; fi

echo "fuzzing $target for ${seconds}s (nice 19); findings in $out/findings"
set +e
AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 \
  nice -n 19 afl-fuzz -i "$out/corpus" -o "$out/findings" "${dict[@]}" -t 5000 -m none -V "$seconds" \
  -- dotnet "$out/bin/Disclosure.Format.Fuzz.dll" "$target" > "$out/afl.log" 2>&1
rc=$?
set -e
tail -n 5 "$out/afl.log"
stats=$out/findings/default/fuzzer_stats
if [[ ! -f $stats ]]; then echo "afl-fuzz did not start (exit $rc); see $out/afl.log" >&2; exit 2; fi

summary=$out/summary.txt
{
  echo "target: $target"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  for k in run_time execs_done execs_per_sec corpus_count bitmap_cvg saved_crashes saved_hangs stability; do
    grep -E "^$k " "$stats" | sed 's/  */ /'
  done
} | tee "$summary"

# Replay every crash and hang outside AFL with the plain build. AFL over-counts: keep the smallest input per distinct
# failure (exception type and message with numbers taken out, plus the first stack frame).
found=0
declare -A kept=()
for f in $(ls -S -r "$out"/findings/default/crashes/id:* "$out"/findings/default/hangs/id:* 2>/dev/null); do
  if timeout 20 dotnet "$out/replay-bin/Disclosure.Format.Fuzz.dll" "$target" --replay "$f" > "$out/replay.txt" 2>&1; then
    echo "does not fail when replayed: $f"
    continue
  fi
  if grep -q '^CRASH' "$out/replay.txt"; then
    signature=$(grep -A1 '^CRASH' "$out/replay.txt" | sed 's/^CRASH  [^:]*: //; s/[0-9]\+//g; s/\[[^]]*\]//g' | tr -s ' ' | head -c 400)
    kind=crash
  else
    signature=hang
    kind=hang
  fi
  [[ -n ${kept[$signature]:-} ]] && continue
  mkdir -p "tests/fixtures/fuzz/$target"
  dest="tests/fixtures/fuzz/$target/$kind-$(sha1sum "$f" | cut -c1-12).bin"
  # Kept as the bytes the reader saw: a parts text is stored as the package the harness made of it.
  dotnet "$out/replay-bin/Disclosure.Format.Fuzz.dll" --as-read "$f" "$dest"
  kept[$signature]=$dest
  echo "FOUND $dest"; head -n 4 "$out/replay.txt"
  found=1
done
echo "distinct findings: ${#kept[@]}" | tee -a "$summary"
exit $found
