#!/usr/bin/env bash
# Environment benchmark: raw `docker run`/`rm` vs the harness's start+teardown, and 4 scenarios parallel vs serial.
# Usage: bench/environments/run.sh [iterations]   (needs an engine: eng/docker-up.sh)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/../../eng/docker-up.sh"
echo "[bench] building the benchmark"
dotnet build -c Release -v q -nologo "$here/EnvironmentBench.csproj" >/dev/null
exec dotnet "$here/bin/Release/net10.0/EnvironmentBench.dll" "${1:-10}"
