#!/usr/bin/env bash
# Peak memory and time of `iactest lint` (Native AOT) on one big or deep file per shape (make_shapes.py): a 50 MB
# flow sequence, 10 MB block mappings and sequences, long scalars, a finding on nearly every line, and nesting
# 100,000 deep in flow and block style. Each file is linted alone, under /usr/bin/time -v.
# Budget: peak RSS at most 20x the file size and 1 GB for any file under the size limit; time linear in size;
# 100k-deep nesting in seconds.
# Prints one line per shape, then a last line of key=value figures:
#   max_rss_ratio (highest RSS / file size over the big shapes) max_rss_mb deep_nesting_s (slowest deep shape) …
#   bench/memory/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib.sh"
shapes="$bench_out/memory-shapes"

python3 "$here/make_shapes.py" --out "$shapes" >&2
iactest="$(iactest_binary)"

printf '%-26s %9s %9s %8s %8s %9s\n' shape size_mb rss_mb rss/size seconds findings
max_ratio=0 max_rss=0 deep_s=0 big_s=0 big_mb=0
for file in "$shapes"/*.yaml; do
  name="$(basename "$file" .yaml)"
  size=$(stat -c %s "$file")
  report="$(mktemp)"
  /usr/bin/time -v -o "$report" "$iactest" lint --format parsable "$file" >"$bench_out/memory-$name.out" 2>&1 || true
  rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$report")
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$report")
  rm -f "$report"
  findings=$(wc -l <"$bench_out/memory-$name.out")
  read -r size_mb rss_mb ratio < <(awk -v s="$size" -v r="$rss_kb" 'BEGIN { printf "%.2f %.1f %.1f\n", s / 1048576, r / 1024, r * 1024 / s }')
  printf '%-26s %9s %9s %8s %8s %9s\n' "$name" "$size_mb" "$rss_mb" "$ratio" "$seconds" "$findings"
  if [[ "$name" == deep-* ]]; then
    deep_s=$(awk -v a="$deep_s" -v b="$seconds" 'BEGIN { print (b > a) ? b : a }')
  else
    # The ratio is judged on the big files: a small deep file's RSS is mostly the runtime's fixed cost.
    max_ratio=$(awk -v a="$max_ratio" -v b="$ratio" 'BEGIN { print (b > a) ? b : a }')
    # Seconds per MB of the slowest big shape: linear time keeps this flat as files grow.
    big_s=$(awk -v a="$big_s" -v b="$seconds" -v m="$size_mb" 'BEGIN { r = b / m; print (r > a) ? r : a }')
  fi
  max_rss=$(awk -v a="$max_rss" -v b="$rss_mb" 'BEGIN { print (b > a) ? b : a }')
done
echo "max_rss_ratio=$max_ratio max_rss_mb=$max_rss deep_nesting_s=$deep_s max_s_per_mb=$big_s"
