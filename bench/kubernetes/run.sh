#!/usr/bin/env bash
# yamllint vs `iactest lint` (Native AOT, every rule: Kubernetes schema and checks, secrets, yamllint rules) on the
# same generated manifests. Prints one line: median wall time and max RSS of each over RUNS runs (default 3), and
# the ratio.
#   bench/kubernetes/run.sh [object-count]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib.sh"
objects="${1:-10000}"

python3 "$here/generate.py" "$objects" >&2
iactest="$(iactest_binary)"

cd "$bench_out/kubernetes"
files=$(find . -name '*.yaml' | wc -l)
compare "kubernetes ($objects objects, $files files)" "${RUNS:-3}" "yamllint" "/usr/bin/yamllint -f parsable ." \
  "$iactest lint --format json ."
