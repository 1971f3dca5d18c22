#!/usr/bin/env bash
# yamllint vs `iactest lint` (Native AOT, every rule: Kubernetes schema and checks, secrets, yamllint rules) on the
# same generated manifests. Prints one line: median wall time and max RSS of each over RUNS runs (default 3), and
# the ratio.
#   bench/kubernetes/run.sh [object-count]
# OVERLAYS=1 makes each folder a Kustomize base with a staging and a prod overlay (generate.py --overlays): iactest
# then renders every kustomization and checks the rendered objects too, and the reference side pays what a pipeline
# pays for the same coverage: yamllint on the files plus `kubectl kustomize` of every kustomization.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib.sh"
objects="${1:-10000}"

python3 "$here/generate.py" "$objects" ${OVERLAYS:+--overlays} >&2
iactest="$(iactest_binary)"

cd "$bench_out/kubernetes"
files=$(find . -name '*.yaml' | wc -l)
if [[ -n "${OVERLAYS:-}" ]]; then
  kustomizations=$(find . -name kustomization.yaml | wc -l)
  compare "kubernetes with overlays ($objects objects, $files files, $kustomizations kustomizations)" "${RUNS:-3}" \
    "yamllint+kustomize" "sh -c '/usr/bin/yamllint -f parsable . ; find . -name kustomization.yaml -exec dirname {} \\; | sort | xargs -n1 kubectl kustomize'" \
    "$iactest lint --format json ."
else
  compare "kubernetes ($objects objects, $files files)" "${RUNS:-3}" "yamllint" "/usr/bin/yamllint -f parsable ." \
    "$iactest lint --format json ."
fi
