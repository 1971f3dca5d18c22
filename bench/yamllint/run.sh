#!/usr/bin/env bash
# Lints the same generated corpus with yamllint and with `iactest lint` (yamllint's default configuration for both)
# and prints wall time, CPU time and max RSS of each, and the speed-up.
#   bench/yamllint/run.sh [file-count]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/bench/out"
count="${1:-1200}"
yamllint="${YAMLLINT:-/usr/bin/yamllint}"
mkdir -p "$out"

python3 "$here/make_corpus.py" --out "$out/yamllint-corpus" --count "$count"

publish="$out/iactest"
if [ ! -x "$publish/iactest" ]; then
  echo "publishing src/Cli (Native AOT, falling back to a ReadyToRun Release build)…"
  if ! dotnet publish "$root/src/Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$publish" >"$out/publish.log" 2>&1; then
    echo "  Native AOT publish failed (see $out/publish.log); using a ReadyToRun Release publish"
    dotnet publish "$root/src/Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
      -o "$publish" >>"$out/publish.log" 2>&1
  fi
fi
iactest="$publish/iactest"

measure() { # name, command...
  local name="$1"; shift
  local log="$out/$name.time"
  ( cd "$out/yamllint-corpus" && /usr/bin/time -v "$@" . >"$out/$name.findings" 2>"$log" ) || true
  local wall user sys rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  user=$(awk -F': ' '/User time/ {print $2}' "$log")
  sys=$(awk -F': ' '/System time/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  local seconds
  seconds=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  printf '%-10s wall %8.2f s   cpu %8.2f s   max RSS %7.1f MB   findings %6d\n' \
    "$name" "$seconds" "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc -l)" "$(wc -l <"$out/$name.findings")"
  echo "$seconds" >"$out/$name.seconds"
}

echo "corpus: $count files; yamllint $("$yamllint" --version | awk '{print $2}')"
measure yamllint "$yamllint" -f parsable
measure iactest "$iactest" lint --format parsable
echo "speed-up (yamllint wall / iactest wall): $(echo "scale=1; $(cat "$out/yamllint.seconds") / $(cat "$out/iactest.seconds")" | bc)x"
