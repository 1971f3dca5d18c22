#!/usr/bin/env bash
# Benchmark: ansible-lint vs `iactest lint` on the same generated Ansible corpus, in one run.
# Prints wall time, max RSS and the speed ratio. Needs ansible-lint (Debian package) and the iactest CLI built.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="$repo/bench/out/ansible"
rm -rf "$out"
/usr/bin/python3 "$repo/bench/ansible/generate.py" "$out" "${ROLES:-70}"
cli="${IACTEST:-}"
if [[ -z "$cli" ]]; then
  dotnet build -c Release "$repo/src/Cli" -nologo -v q >/dev/null
  cli="$(ls "$repo"/src/Cli/bin/Release/*/iactest | head -1)"
fi
measure() { # label, command...
  local label="$1"; shift
  /usr/bin/time -v "$@" > /dev/null 2> "$out.$label.time" || true
  local wall rss cpu
  wall=$(grep 'Elapsed (wall clock)' "$out.$label.time" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$out.$label.time" | awk '{print $NF}')
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$out.$label.time")
  echo "$label wall=$wall cpu_s=$cpu max_rss_kb=$rss" >&2
  echo "$wall $cpu"
}
to_seconds() { awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }' <<< "$1"; }
cd "$out"
# bench/out is git-ignored and ansible-lint lists files with git: give the corpus its own repository.
git init -q . && git add -A
echo "corpus: $(find . -name '*.yml' | wc -l) YAML files" >&2
# No path argument: ansible-lint then discovers every file itself (given ".", it treats the folder as one role).
a=$(measure ansible-lint ansible-lint --offline -q -f codeclimate)
i=$(measure iactest $cli lint "$out" --format json)
read -r a_wall a_cpu <<< "$a"
read -r i_wall i_cpu <<< "$i"
# Wall time is what users feel; CPU time (user+sys) is the fairer number on a shared, loaded machine.
echo "wall ratio ansible-lint/iactest: $(awk -v a="$(to_seconds "$a_wall")" -v i="$(to_seconds "$i_wall")" 'BEGIN { printf "%.1fx", a / (i > 0 ? i : 0.001) }')"
echo "cpu  ratio ansible-lint/iactest: $(awk -v a="$a_cpu" -v i="$i_cpu" 'BEGIN { printf "%.1fx", a / (i > 0 ? i : 0.001) }')"
