#!/usr/bin/env bash
# Collection-shaped corpus (generate.py: ≥ 1,000 files of ~75 lines — module docs, long task lists, vars, changelogs
# and fragments, integration targets, molecule scenarios, galaxy.yml, meta/runtime.yml): yamllint, ansible-lint
# --offline, `iactest lint --families yaml`, `iactest lint` (every family) and a bare YamlDotNet parse (BareParse),
# all on the same files in the same invocation, so the ratios are from one run on a shared machine.
#   bench/collection/run.sh [file-count]
# The reference tools run REF_RUNS times (default 1: ansible-lint takes minutes), the fast programs FAST_RUNS times
# (default 5), alternating; medians are printed. Prints one line per program (wall, cpu, peak RSS from
# /usr/bin/time -v) and a last line of key=value figures:
#   yaml_vs_yamllint  yamllint wall / `iactest lint --families yaml` wall      target ≥ 30
#   all_vs_ansible_lint  ansible-lint wall / `iactest lint` wall               target ≥ 200
#   rss_mb            the larger peak RSS of the two iactest runs
#   rss_vs_yamllint   rss_mb / yamllint's peak RSS                             target ≤ 2, or rss_mb ≤ 64
#   vs_bare_parse     `iactest lint --families yaml` wall / bare parse wall     ~≤ 1.5 for 30× yamllint
#   rss_limit_mb      the larger of 2 × yamllint's peak RSS and 64 MB
#   *_cpu             the same ratios in CPU time (user + sys), steadier than wall time on a loaded machine
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib.sh"
files="${1:-1200}"
ref_runs="${REF_RUNS:-1}"
fast_runs="${FAST_RUNS:-5}"
corpus="$bench_out/collection"

/usr/bin/python3 "$here/generate.py" "$corpus" --files "$files" >&2
iactest="$(iactest_binary)"

# The bare parse is published like the CLI (Native AOT, same runtime settings) when missing or older than its source.
bare_out="$bench_root/artifacts/bare-parse-aot"
bare="$bare_out/BareParse"
if [[ ! -x "$bare" ]] || [[ -n "$(find "$here/BareParse" \( -name '*.cs' -o -name '*.csproj' \) -not -path '*/obj/*' \
    -not -path '*/bin/*' -newer "$bare" -print -quit)" ]]; then
  echo "publishing the bare-parse program to $bare_out …" >&2
  dotnet publish "$here/BareParse" -c Release -r linux-x64 -p:PublishAot=true -o "$bare_out" -nologo -v q >&2
fi

cd "$corpus"
# ansible-lint lists files with git, and bench/out is git-ignored: the corpus is its own repository.
git init -q . && git add -A
count=$(find . -name '*.yml' -o -name '*.yaml' | grep -vc '/\.git/')
lines=$(find . \( -name '*.yml' -o -name '*.yaml' \) -not -path './.git/*' -exec cat {} + | wc -l)

# measure NAME RUNS COMMAND — runs COMMAND RUNS times and records the median wall, cpu and peak RSS in
# wall[NAME], cpu[NAME], rss[NAME] (the output of the last run is kept in $bench_out/collection.NAME.out).
declare -A wall cpu rss findings
measure_once() {
  local name="$1"; shift
  local timing start end
  timing="$(mktemp)"
  start=$EPOCHREALTIME
  /usr/bin/time -v -o "$timing" "$@" >"$bench_out/collection.$name.out" 2>/dev/null || true
  end=$EPOCHREALTIME
  samples_wall[$name]+="$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", e - s }') "
  samples_cpu[$name]+="$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$timing") "
  samples_rss[$name]+="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$timing") "
  rm -f "$timing"
}
declare -A samples_wall samples_cpu samples_rss

for ((i = 0; i < ref_runs; i++)); do
  measure_once yamllint /usr/bin/yamllint -f parsable .
  # The corpus is its collections' path, so playbooks naming their roles and modules pass the syntax check (when it
  # fails, ansible-lint reports that alone and skips every other rule: a far shorter run than a real one).
  measure_once ansible_lint env ANSIBLE_COLLECTIONS_PATH="$corpus" ansible-lint --offline -q -f codeclimate
done
for ((i = 0; i < fast_runs; i++)); do
  measure_once yaml "$iactest" lint --families yaml --format parsable .
  measure_once all "$iactest" lint --format parsable .
  measure_once bare "$bare" parse .
done

for name in yamllint ansible_lint yaml all bare; do
  # shellcheck disable=SC2086
  wall[$name]=$(median ${samples_wall[$name]})
  # shellcheck disable=SC2086
  cpu[$name]=$(median ${samples_cpu[$name]})
  # shellcheck disable=SC2086
  rss[$name]=$(median ${samples_rss[$name]})
done
# Counted with awk: grep exits 1 on no match, which would end the script (set -e, pipefail).
count_of() { awk -v pattern="$1" '{ n += gsub(pattern, "") } END { print n + 0 }' "$2"; }
findings[yamllint]="$(wc -l <"$bench_out/collection.yamllint.out") findings"
findings[ansible_lint]="$(count_of '"check_name"' "$bench_out/collection.ansible_lint.out") findings, of which syntax-check $(count_of '"check_name": *"syntax-check' "$bench_out/collection.ansible_lint.out")"
findings[yaml]="$(wc -l <"$bench_out/collection.yaml.out") findings"
findings[all]="$(wc -l <"$bench_out/collection.all.out") findings"
findings[bare]="$(sed -n 's/.*events=\([0-9]*\).*/\1 events/p' "$bench_out/collection.bare.out")"

load="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "collection corpus: $count files, $lines lines ($((lines / count)) a file); reference runs $ref_runs, iactest and bare-parse runs $fast_runs (medians); load $load"
for name in yamllint ansible_lint yaml all bare; do
  case $name in
    yamllint) label="yamllint 1.29.0 -f parsable" ;;
    ansible_lint) label="ansible-lint 6.13.1 --offline" ;;
    yaml) label="iactest lint --families yaml" ;;
    all) label="iactest lint (all families)" ;;
    bare) label="bare YamlDotNet parse" ;;
  esac
  awk -v label="$label" -v w="${wall[$name]}" -v c="${cpu[$name]}" -v r="${rss[$name]}" -v f="${findings[$name]}" \
    'BEGIN { printf "  %-30s %8.3f s wall  %7.2f s cpu  %5.0f MB  (%s)\n", label, w, c, r / 1024, f }'
done
awk -v yl="${wall[yamllint]}" -v al="${wall[ansible_lint]}" -v y="${wall[yaml]}" -v a="${wall[all]}" -v b="${wall[bare]}" \
    -v ylr="${rss[yamllint]}" -v yr="${rss[yaml]}" -v ar="${rss[all]}" -v ylc="${cpu[yamllint]}" -v yc="${cpu[yaml]}" \
    -v alc="${cpu[ansible_lint]}" -v ac="${cpu[all]}" -v bc="${cpu[bare]}" -v load="${load%% *}" 'BEGIN {
  peak = (yr > ar ? yr : ar)
  # CPU time (user + sys, children included) is less sensitive to the load of the machine than wall time: on a shared
  # machine a reference run of minutes and an iactest run of a second see different loads.
  if (yc <= 0) yc = 0.01; if (ac <= 0) ac = 0.01; if (bc <= 0) bc = 0.01
  limit = (2 * ylr > 64 * 1024 ? 2 * ylr : 64 * 1024)
  printf "yaml_vs_yamllint=%.1fx all_vs_ansible_lint=%.1fx rss_mb=%.0f rss_vs_yamllint=%.2f vs_bare_parse=%.2f " \
    "rss_limit_mb=%.0f yaml_vs_yamllint_cpu=%.1fx all_vs_ansible_lint_cpu=%.1fx vs_bare_parse_cpu=%.2f load=%s\n",
    yl / y, al / a, peak / 1024, peak / ylr, y / b, limit / 1024, ylc / yc, alc / ac, yc / bc, load
}'
