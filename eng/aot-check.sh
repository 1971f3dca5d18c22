#!/usr/bin/env bash
# Checks that the Native AOT binary behaves as the JIT-compiled tool: publishes it when missing or stale (as the
# benchmarks do), then runs both on the lint fixtures in every report format, and `rules`, and compares output and
# exit code. Trimming can drop what only reflection reaches; this is where that would show.
#   eng/aot-check.sh
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/bench/lib.sh"
aot="$(iactest_binary)" || { echo "aot-check: the Native AOT publish failed"; exit 1; }
dotnet build "$root/src/Cli" -c Release -nologo -v q >/dev/null || { echo "aot-check: build failed"; exit 1; }
jit=(dotnet "$root/src/Cli/bin/Release/net10.0/iactest.dll")

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cd "$root/tests/IacTest.Lint.Tests/Fixtures"
failures=0
check() { # name, arguments...
  local name="$1"; shift
  "$aot" "$@" >"$out/$name.aot" 2>&1; local aot_code=$?
  "${jit[@]}" "$@" >"$out/$name.jit" 2>&1; local jit_code=$?
  if [[ $aot_code -ne $jit_code ]] || ! cmp -s "$out/$name.aot" "$out/$name.jit"; then
    echo "aot-check: $name differs (exit $aot_code vs $jit_code)"
    diff "$out/$name.jit" "$out/$name.aot" | head -20
    failures=$((failures + 1))
  else
    echo "aot-check: $name same ($(wc -l <"$out/$name.aot") lines, exit $aot_code)"
  fi
}
check lint-text lint .
check lint-parsable lint --format parsable .
check lint-json lint --format json .
check lint-sarif lint --format sarif .
check lint-serial lint -j 1 --format parsable .
check rules-text rules
check rules-json rules --format json
check version --version
check completion-bash completion bash
check lint-diff lint --diff --no-config-discovery .
check usage lint --no-such-option
[[ $failures -eq 0 ]] && echo "aot-check: the Native AOT binary matches the JIT tool" || exit 1
