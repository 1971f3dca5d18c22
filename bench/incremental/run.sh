#!/usr/bin/env bash
# In-build incremental lint: a project of the packed SDK with 1,200 lint-clean files of the real-looking yamllint
# corpus beside it is built from clean, again with nothing changed, and after one file changed, and the lint
# task's time of each build is printed: MSBuild's own task time (-clp:PerformanceSummary) and the task's message
# ("linted N of M files … in X ms"); the no-change and one-file builds RUNS times (default 5), summed up by their
# median. Target: the one-file re-lint under 50 ms of task time.
#   bench/incremental/run.sh [file-count]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib.sh"
count="${1:-1200}"
root="$bench_root"
version=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$root/Directory.Build.props")

[[ -f "$root/artifacts/packages/IacTest.Sdk.$version.nupkg" ]] || bash "$root/eng/pack.sh" >&2
project="$bench_out/incremental"
rm -rf "$project"
rm -rf "$root"/artifacts/sample-packages/iactest.*
# A project that builds: files with findings would fail it (and every build would log their findings again, which
# measures the logger, not the lint). The real-looking corpus is generated larger and its files with findings are
# left out until COUNT clean files remain.
python3 "$here/../yamllint/make_real_corpus.py" --out "$project" --count "$((count * 8))" >&2
iactest="$(iactest_binary)"
(cd "$project" && "$iactest" lint --format parsable . || true) | cut -d: -f1 | sort -u | sed "s|^|$project/|" | xargs -r rm -f
find "$project" -name '*.y*ml' | sort | tail -n +"$((count + 1))" | xargs -r rm -f
echo "$(find "$project" -name '*.y*ml' | wc -l) lint-clean files in $project" >&2
cp "$root/samples/lint-only/global.json" "$project/global.json"
# The samples' package sources (the freshly packed IacTest packages first), with paths from here.
sed "s|\.\./\.\./|$root/|g" "$root/samples/lint-only/nuget.config" >"$project/nuget.config"
# A user's repository: none of this repository's build settings or central package versions.
echo '<Project />' >"$project/Directory.Build.props"
echo '<Project />' >"$project/Directory.Build.targets"
echo '<Project />' >"$project/Directory.Packages.props"
echo '<Project Sdk="IacTest.Sdk" />' >"$project/Incremental.Tests.csproj"
cd "$project"
dotnet restore -nodeReuse:false -v:q >&2

# build LABEL NODE_REUSE [ARGS…] — one build; prints the lint task's times and where they went, and keeps the task time in
# $last_task.
last_task=0
build() {
  local log
  log="$(dotnet build --no-restore -nodeReuse:"$2" "${@:3}" -v:detailed -clp:PerformanceSummary 2>&1 || true)"
  local task message phases
  task="$(awk '/Task Performance Summary/ { on = 1 } on && /IacLintTask/ { print $1; exit }' <<<"$log")"
  message="$(grep -o 'linted [0-9]* of [0-9]* files ([0-9]* from cache) in [0-9]* ms' <<<"$log" | head -1)"
  phases="$(grep -o 'configuration [0-9]* ms[^,]*, .*' <<<"$log" | head -1)"
  printf '%-34s task %5s ms | %s\n%-34s   (%s)\n' "$1" "${task:-?}" "${message:-no lint message}" "" "$phases"
  last_task="${task:-0}"
}

touch_one() { echo "# touched $1" >>"$(find . -name '*.y*ml' -path "*project-00$1/*" | sort | head -1)"; }

# median VALUES… — the middle value (the lower middle of an even count).
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Every `dotnet build` of one project runs its tasks in the build's own process (node reuse keeps only worker nodes
# alive), so each build starts the task cold: this is what a developer's inner loop costs. The no-change and
# one-file builds are repeated (a different file each time) and summed up by their median.
runs="${RUNS:-5}"
build "from clean:" false
unchanged=()
changed=()
for ((i = 1; i <= runs; i++)); do
  build "nothing changed ($i of $runs):" false
  unchanged+=("$last_task")
  touch_one "$((i % 10))"
  build "one file changed ($i of $runs):" false
  changed+=("$last_task")
done
# The same one-file change linted in the build process (no native worker), for comparison. The cache is keyed by
# the engine build, so the first build there re-lints everything.
build "in the build process, first:" false -p:IacLintOutOfProcess=false
in_process=()
for ((i = 1; i <= runs; i++)); do
  touch_one "$((i % 10))"
  build "in the build process ($i of $runs):" false -p:IacLintOutOfProcess=false
  in_process+=("$last_task")
done
printf 'in the build process, one file changed: median %s ms\n' "$(median "${in_process[@]}")"
printf 'task time, median of %d (min-max): nothing changed %s ms (%s-%s), one file changed %s ms (%s-%s) | target < 50 ms, load %s\n' \
  "$runs" "$(median "${unchanged[@]}")" "$(printf '%s\n' "${unchanged[@]}" | sort -n | head -1)" "$(printf '%s\n' "${unchanged[@]}" | sort -n | tail -1)" \
  "$(median "${changed[@]}")" "$(printf '%s\n' "${changed[@]}" | sort -n | head -1)" "$(printf '%s\n' "${changed[@]}" | sort -n | tail -1)" \
  "$(cut -d' ' -f1 /proc/loadavg)"
