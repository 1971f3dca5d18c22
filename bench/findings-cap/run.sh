#!/usr/bin/env bash
# Memory of a file with millions of findings: one YAML file of LINES lines (default 2,000,000, about 14 MB), each a
# trailing-spaces error, linted with the per-file cap (1,000 findings, the default) and without it (--max-findings 0).
# Prints the median wall time and max RSS of each over RUNS runs (default 3).
#   bench/findings-cap/run.sh [lines]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib.sh"
lines="${1:-2000000}"

file="$bench_out/findings-cap/many-findings.yml"
mkdir -p "$(dirname "$file")"
python3 -c "
import sys
with open(sys.argv[1], 'w') as f:
    f.write('---\n')
    f.write('- a   \n' * int(sys.argv[2]))
" "$file" "$lines"
iactest="$(iactest_binary)"

for limit in 1000 0; do
  walls=() rsss=()
  for ((i = 0; i < ${RUNS:-3}; i++)); do
    read -r wall rss _ < <(time_once "$bench_out/findings-cap/limit-$limit.out" \
      "$iactest" lint --no-config-discovery --families yaml --max-findings "$limit" -f parsable "$file")
    walls+=("$wall"); rsss+=("$rss")
  done
  printf 'findings cap %s (%s lines): %s findings reported, wall %.2f s, max RSS %d MB\n' \
    "$([[ $limit == 0 ]] && echo off || echo "$limit")" "$lines" "$(wc -l < "$bench_out/findings-cap/limit-$limit.out")" \
    "$(median "${walls[@]}")" "$(( $(median "${rsss[@]}") / 1024 ))"
done
