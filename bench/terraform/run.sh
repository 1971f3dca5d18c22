#!/usr/bin/env bash
# Terraform corpus (generate.py: ≥ 1,000 .tf files in modules laid out as teams lay them out — versions, typed and
# validated variables, locals, resources with count/for_each/dynamic/heredocs, data sources, registry/Git module
# calls, outputs), linted with tflint's whole ruleset (`preset = "all"` in the corpus's .tflint.hcl, module-level
# rules included) and terraform-fmt, against a parse-only run of IacTest's HCL parser on the same files (HclParse).
#   bench/terraform/run.sh [file-count]
# Both run RUNS times (default 5), alternating; medians are printed. The last line:
#   terraform-vs-parse=R   lint wall / parse-only wall                         target ≤ 2
#   files-per-s=N          files the lint reads per second of wall time
# with other keys before it: the lint's and the parse's wall and cpu time, peak RSS, findings, load.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib.sh"
files="${1:-1000}"
runs="${RUNS:-5}"
corpus="$bench_out/terraform"

/usr/bin/python3 "$here/generate.py" "$corpus" --files "$files" >&2
iactest="$(iactest_binary)"

parse_out="$bench_root/artifacts/hcl-parse-aot"
parse="$parse_out/HclParse"
if [[ ! -x "$parse" ]] || [[ -n "$(find "$here/HclParse" "$bench_root/src/Lint" \( -name '*.cs' -o -name '*.csproj' \) \
    -not -path '*/obj/*' -not -path '*/bin/*' -newer "$parse" -print -quit)" ]]; then
  echo "publishing the parse-only program to $parse_out …" >&2
  dotnet publish "$here/HclParse" -c Release -r linux-x64 -p:PublishAot=true -o "$parse_out" -nologo -v q >&2
fi

cd "$corpus"
count=$(find . -name '*.tf' | wc -l)
lines=$(find . -name '*.tf' -exec cat {} + | wc -l)

declare -A samples_wall samples_cpu samples_rss
measure_once() {
  local name="$1"; shift
  local timing start end
  timing="$(mktemp)"
  start=$EPOCHREALTIME
  /usr/bin/time -v -o "$timing" "$@" >"$bench_out/terraform.$name.out" 2>/dev/null || true
  end=$EPOCHREALTIME
  samples_wall[$name]+="$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", e - s }') "
  samples_cpu[$name]+="$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$timing") "
  samples_rss[$name]+="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$timing") "
  rm -f "$timing"
}

for ((i = 0; i < runs; i++)); do
  measure_once lint "$iactest" lint --families terraform --format parsable .
  measure_once parse "$parse" .
done

declare -A wall cpu rss
for name in lint parse; do
  # shellcheck disable=SC2086
  wall[$name]=$(median ${samples_wall[$name]})
  # shellcheck disable=SC2086
  cpu[$name]=$(median ${samples_cpu[$name]})
  # shellcheck disable=SC2086
  rss[$name]=$(median ${samples_rss[$name]})
done
findings=$(awk 'END { print NR }' "$bench_out/terraform.lint.out")
echo "corpus: $count .tf files, $lines lines; $findings findings; median of $runs runs" >&2
printf 'lint: %.3f s wall, %.2f s cpu, %.0f MB | parse-only: %.3f s wall, %.2f s cpu, %.0f MB\n' \
  "${wall[lint]}" "${cpu[lint]}" "$(awk -v k="${rss[lint]}" 'BEGIN { print k / 1024 }')" \
  "${wall[parse]}" "${cpu[parse]}" "$(awk -v k="${rss[parse]}" 'BEGIN { print k / 1024 }')"
awk -v lw="${wall[lint]}" -v pw="${wall[parse]}" -v lc="${cpu[lint]}" -v pc="${cpu[parse]}" -v lr="${rss[lint]}" \
    -v pr="${rss[parse]}" -v n="$count" -v f="$findings" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
  printf "files=%d findings=%d lint_s=%.3f parse_s=%.3f lint_cpu_s=%.2f parse_cpu_s=%.2f cpu-vs-parse=%.2f lint_rss_mb=%.0f parse_rss_mb=%.0f load=%s terraform-vs-parse=%.2f files-per-s=%.0f\n",
    n, f, lw, pw, lc, pc, lc / (pc > 0 ? pc : 0.001), lr / 1024, pr / 1024, load, lw / (pw > 0 ? pw : 0.001), n / (lw > 0 ? lw : 0.001)
}'
