#!/usr/bin/env bash
# Coverage-guided fuzzing of the lint engine with afl-fuzz (Debian's afl++) and SharpFuzz, bounded by a count of
# executions, not by time. Usage: fuzz/afl.sh [EXECUTIONS] (default 20000). Needs: apt-get install afl++, and the
# SharpFuzz instrumenter: dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path <dir> (on PATH, or
# SHARPFUZZ=<dir>/sharpfuzz). Crashes land in fuzz/out/afl/default/crashes; replay them with
#   dotnet fuzz/out/bin/IacTest.Lint.Fuzz.dll replay fuzz/out/afl/default/crashes
# and keep each as a fixture under tests/IacTest.Lint.Tests/Fixtures/fuzz (docs/fuzzing.md).
set -euo pipefail
cd "$(dirname "$0")/.."
executions=${1:-20000}
sharpfuzz=${SHARPFUZZ:-sharpfuzz}
out=fuzz/out
rm -rf "$out/bin" "$out/afl"
mkdir -p "$out/corpus"

dotnet publish fuzz/IacTest.Lint.Fuzz -c Release -o "$out/bin" -nodeReuse:false -v:q -clp:ErrorsOnly
# Instrument the code under test: the engine and its YAML library (not the target, not SharpFuzz itself).
"$sharpfuzz" "$out/bin/IacTest.Lint.dll"
"$sharpfuzz" "$out/bin/YamlDotNet.dll"

# Seeds: the conformance cases and the fuzz regression fixtures, small ones only (afl-fuzz favours small inputs).
find tests/IacTest.Lint.Tests/Fixtures/yamllint/cases tests/IacTest.Lint.Tests/Fixtures/fuzz -type f -size -4k \
  -exec cp {} "$out/corpus/" \;

# dotnet itself is not instrumented (the instrumented assemblies report coverage through SharpFuzz).
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1
afl-fuzz -i "$out/corpus" -o "$out/afl" -E "$executions" -t 10000 -m none -- dotnet "$out/bin/IacTest.Lint.Fuzz.dll" afl
echo "afl: $(grep -E '^(execs_done|corpus_count|saved_crashes|saved_hangs)' "$out/afl/default/fuzzer_stats" | tr -s ' ' | tr '\n' ' ')"
