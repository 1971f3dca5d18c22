#!/usr/bin/env bash
# Peak memory of the build's two lint paths on one big file (bench/memory's 10 MB block sequence, or FILE): the native
# worker (`iactest build-lint`, Native AOT, what the SDK's task runs by default) under /usr/bin/time, and the same
# build lint in a .NET process (what the task runs inside MSBuild with IacLintOutOfProcess=false; MSBuild's own
# memory comes on top). Budget as bench/memory: at most 20x the file and 1 GB.
#   bench/memory/build-paths.sh [FILE]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib.sh"
file="${1:-$bench_out/memory-shapes/block-sequence-10mb.yaml}"
[[ -f "$file" ]] || python3 "$here/make_shapes.py" --out "$bench_out/memory-shapes" >&2
iactest="$(iactest_binary)"
size=$(stat -c %s "$file")

request="$bench_out/build-paths.request"
dotnet run "$here/build-paths.cs" -- request "$file" "$request" >&2
report="$(mktemp)"
/usr/bin/time -f "%M" -o "$report" "$iactest" build-lint "$request" --result "$bench_out/build-paths.result" >/dev/null 2>&1 || true
worker_kb=$(tail -1 "$report")
rm -f "$report" "$request"
in_process="$(dotnet run "$here/build-paths.cs" -- in-process "$file")"
in_process_kb=$(grep -o 'peak resident [0-9]*' <<<"$in_process" | grep -o '[0-9]*$')
awk -v s="$size" -v w="$worker_kb" -v p="$in_process_kb" 'BEGIN {
  printf "worker_rss_mb=%.1f worker_ratio=%.1f in_process_rss_mb=%.1f in_process_ratio=%.1f file_mb=%.2f\n", w / 1024, w * 1024 / s, p / 1024, p * 1024 / s, s / 1048576 }'
