#!/usr/bin/env bash
# Runs each sample's own `dotnet test` exactly as a user would: against the packed packages, restored into the
# samples' private packages folder (emptied of IacTest packages first, so a repack is never shadowed by a stale copy).
# Usage: eng/run-samples.sh [SAMPLE...]   (default: every folder under samples/)
set -uo pipefail
cd "$(dirname "$0")/.."
bash eng/pack.sh || exit 1
rm -rf artifacts/sample-packages/iactest.*

samples=("$@")
[ "${#samples[@]}" -gt 0 ] || samples=($(ls -d samples/*/ | xargs -n1 basename))
status=0
for sample in "${samples[@]}"; do
  echo "== sample: $sample"
  (cd "samples/$sample" && dotnet test -nodeReuse:false) || { echo "sample $sample failed"; status=1; }
done
exit $status
