#!/usr/bin/env bash
# Drift benchmark: the 32 resources of goss.yaml (files, packages, services, ports, users, groups, commands) checked on
# 10 real sshd hosts (local containers of the iactest/debian-sshd image) by IacTest's state drift run and by Testinfra
# 7 (Debian's python3-testinfra, --hosts=ssh://…, with and without pytest-xdist's -n), side by side.
# Prints each run's wall time and round trips per host; the last line is: drift-speedup=S testinfra-s=T iactest-s=I
# Usage: bench/drift/run.sh [hosts]   (needs an engine: eng/docker-up.sh; installs python3-testinfra when missing)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/../../eng/docker-up.sh"
bash "$here/../../eng/build-images.sh" debian-sshd
missing=()
for package in python3-testinfra python3-pytest-xdist; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "[bench] installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || echo "[bench] could not install ${missing[*]}: Testinfra runs without -n" >&2
fi
echo "[bench] building the benchmark"
dotnet build -c Release -v q -nologo "$here/DriftBench.csproj" >/dev/null
DRIFT_BENCH_FOLDER="$here" exec dotnet "$here/bin/Release/net10.0/DriftBench.dll" "${1:-10}"
