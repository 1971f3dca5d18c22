#!/usr/bin/env bash
# Lints the generated manifests with iactest (every rule: Kubernetes schema and checks, secrets, yamllint rules)
# and with yamllint, on the same files in one run; prints wall time, max RSS and the ratio.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
objects="${1:-10000}"
out="$root/bench/out"
mkdir -p "$out"

python3 "$here/generate.py" "$objects"
# The tool precompiled (ReadyToRun), as a release ships it; a plain JIT build when that is not available.
if dotnet publish "$root/src/Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/cli" -v q -nologo >/dev/null 2>&1; then
  iactest=("$out/cli/iactest")
else
  dotnet build "$root/src/Cli" -c Release -v q -nologo >/dev/null
  iactest=(dotnet "$(find "$root/src/Cli/bin/Release" -name iactest.dll | head -1)")
fi

measure() { # name, command...
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$out/$name.time" "$@" >"$out/$name.out" 2>"$out/$name.err" || true
  read -r wall rss < <(tail -n 1 "$out/$name.time")
  echo "$name $wall $rss"
}

# Warm the file cache once, so both tools read the same warm files.
"${iactest[@]}" lint "$out/kubernetes" --format json >/dev/null 2>&1 || true
read -r _ iac_wall iac_rss < <(measure iactest "${iactest[@]}" lint "$out/kubernetes" --format json)
read -r _ yl_wall yl_rss < <(measure yamllint /usr/bin/yamllint -f parsable "$out/kubernetes")

files=$(find "$out/kubernetes" -name '*.yaml' | wc -l)
iac_findings=$(grep -o '"code"' "$out/iactest.out" | wc -l || true)
yl_findings=$(wc -l <"$out/yamllint.out")
ratio=$(python3 -c "print(f'{$yl_wall / max($iac_wall, 0.001):.1f}')")
cat <<REPORT | tee "$out/kubernetes-bench.md"
| tool | files | objects | wall (s) | max RSS (MB) | findings |
|---|---|---|---|---|---|
| iactest lint (all rules) | $files | $objects | $iac_wall | $((iac_rss / 1024)) | $iac_findings |
| yamllint $(/usr/bin/yamllint --version | cut -d' ' -f2) | $files | $objects | $yl_wall | $((yl_rss / 1024)) | $yl_findings |

iactest is ${ratio}x faster than yamllint on the same files (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores).
REPORT
