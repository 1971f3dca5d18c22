#!/usr/bin/env bash
# The whole test suite, as CI runs it: set up the machine, run every test project, then every sample as a user
# would (against freshly packed packages), then check the Native AOT CLI against the JIT-built one. Prints "N passed, N failed" at the end; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bash eng/setup.sh || { echo "setup failed"; exit 1; }

# A machine that has just been set up has an engine: a container test that cannot reach it must fail, not skip.
export IACTEST_REQUIRE_ENGINE=1
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

log=$(mktemp)
status=0
dotnet test IacTest.sln -c Release 2>&1 | tee -a "$log" || status=1

bash eng/run-samples.sh 2>&1 | tee -a "$log" || status=1

# The Native AOT build of the iactest CLI (what the benchmarks run) must print exactly what the JIT-built tool prints.
bash eng/aot-check.sh 2>&1 | tee -a "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || { echo "aot-check failed"; status=1; }

# Sum the per-assembly summaries ("Failed:     0, Passed:    62, Skipped:     0, Total: …").
read -r passed failed skipped < <(grep -E "^(Passed|Failed)! +- +Failed:" "$log" | awk -F'[:,]' '
  { failed += $2; passed += $4; skipped += $6 } END { print passed+0, failed+0, skipped+0 }')
rm -f "$log"
echo
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ] || status=1
[ "$passed" -gt 0 ] || status=1
exit $status
