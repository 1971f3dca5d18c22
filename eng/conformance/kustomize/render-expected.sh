#!/usr/bin/env bash
# Renders every overlay of the Kustomize fixture repository with the real `kubectl kustomize` (kubectl 1.32,
# Kustomize 5.5) and writes what it prints beside the fixtures, so the renderer's tests compare against the real tool's
# output without running a second copy of it. Run from the repository root after changing an overlay.
set -euo pipefail
root=tests/IacTest.Lint.Tests/Fixtures/kustomize
out=$root/expected
kubectl version --client | grep -q 'Kustomize Version: v5.5' || { echo "kubectl with Kustomize 5.5 is required" >&2; exit 1; }
rm -rf "$out" && mkdir -p "$out"
overlays=(
  apps/shop/base
  apps/shop/overlays/staging
  apps/shop/overlays/prod
  apps/shop/overlays/dev
  apps/payments/base
  apps/payments/overlays/prod
)
for overlay in "${overlays[@]}"; do
  name=${overlay//\//_}
  kubectl kustomize "$root/gitops/$overlay" > "$out/$name.yaml" 2>/dev/null
  echo "$overlay -> $out/$name.yaml ($(grep -c '^kind:' "$out/$name.yaml") objects)"
done
