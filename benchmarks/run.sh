#!/usr/bin/env bash
# Runs every benchmark (or those matching a filter) in one process, so that the ratios in one table come from one run.
#   benchmarks/run.sh                 the proper run (BenchmarkDotNet's default job)
#   benchmarks/run.sh --short         a quick first pass (ShortRun: 3 warm-ups, 3 iterations)
#   benchmarks/run.sh [--short] '*Json*' ['*Streaming*' ...]   a subset, by BenchmarkDotNet filters
# Results: benchmarks/BenchmarkDotNet.Artifacts/results/*.md (ignored by git; docs/benchmarks.md records the figures).
set -euo pipefail
cd "$(dirname "$0")/.."
job=()
if [[ ${1:-} == --short ]]; then job=(--job short); shift; fi
filters=("${@:-*}")
dotnet run -c Release --project benchmarks/Disclosure.Format.Benchmarks -- \
  --filter "${filters[@]}" "${job[@]}" --artifacts benchmarks/BenchmarkDotNet.Artifacts
