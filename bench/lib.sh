#!/usr/bin/env bash
# Shared by the corpus benchmarks (sourced): the Native AOT iactest binary, timed runs, medians and the result line.

bench_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_out="$bench_root/bench/out"
mkdir -p "$bench_out"

# Prints the path of the Native AOT binary, publishing it first when it is missing or older than the sources.
# IACTEST=/path/to/iactest uses that binary instead.
iactest_binary() {
  if [[ -n "${IACTEST:-}" ]]; then
    echo "$IACTEST"
    return
  fi
  local out="$bench_root/artifacts/iactest-aot"
  local bin="$out/iactest"
  if [[ ! -x "$bin" ]] || [[ -n "$(find "$bench_root/src/Cli" "$bench_root/src/Lint" \( -name '*.cs' -o -name '*.csproj' \) \
      -not -path '*/obj/*' -not -path '*/bin/*' -newer "$bin" -print -quit)" ]]; then
    echo "publishing the Native AOT binary to $out …" >&2
    # A failed publish must stop the bench: measuring the previous binary would report figures for old code. The
    # return status reaches the caller's `set -e` through the command substitution it is called from.
    if ! dotnet publish "$bench_root/src/Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$out" -nologo -v q >&2; then
      echo "the Native AOT publish failed: no figures measured" >&2
      return 1
    fi
  fi
  echo "$bin"
}

# time_once OUTPUT_FILE COMMAND... — runs the command (stdout to OUTPUT_FILE) and prints "wall_s max_rss_kb cpu_s".
# Wall time comes from the shell's microsecond clock: /usr/bin/time's %e has a resolution of 10 ms, too coarse for
# runs of well under a second.
time_once() {
  local output="$1"; shift
  local timing start end
  timing="$(mktemp)"
  start=$EPOCHREALTIME
  /usr/bin/time -f "%M %U %S" -o "$timing" "$@" >"$output" 2>/dev/null || true
  end=$EPOCHREALTIME
  awk -v start="$start" -v end="$end" 'END { printf "%.4f %s %.2f\n", end - start, $1, $2 + $3 }' "$timing"
  rm -f "$timing"
}

# median VALUES... — the median of the numbers given.
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# compare LABEL RUNS REFERENCE_NAME "REFERENCE COMMAND" "IACTEST COMMAND" — runs both RUNS times, alternating, from
# the current folder, and prints one line: the median wall time and max RSS of each and the wall-time ratio.
# The last outputs are kept in $bench_out/LABEL.{reference,iactest}.out.
compare() {
  local label="$1" runs="$2" reference_name="$3" reference="$4" iactest="$5"
  local ref_wall=() ref_rss=() ref_cpu=() iac_wall=() iac_rss=() iac_cpu=()
  local i wall rss cpu
  for ((i = 0; i < runs; i++)); do
    read -r wall rss cpu < <(time_once "$bench_out/$label.reference.out" bash -c "exec $reference")
    ref_wall+=("$wall"); ref_rss+=("$rss"); ref_cpu+=("$cpu")
    read -r wall rss cpu < <(time_once "$bench_out/$label.iactest.out" bash -c "exec $iactest")
    iac_wall+=("$wall"); iac_rss+=("$rss"); iac_cpu+=("$cpu")
  done
  local rw ri cw ci
  rw=$(median "${ref_wall[@]}"); ri=$(median "${iac_wall[@]}")
  cw=$(median "${ref_cpu[@]}"); ci=$(median "${iac_cpu[@]}")
  awk -v label="$label" -v name="$reference_name" -v runs="$runs" -v rw="$rw" -v ri="$ri" -v cw="$cw" -v ci="$ci" \
      -v rr="$(median "${ref_rss[@]}")" -v ir="$(median "${iac_rss[@]}")" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
    printf "%s: %s %.3f s %.0f MB | iactest %.3f s %.0f MB | %.1fx wall (cpu %.2f s vs %.2f s, %.1fx) | median of %d, load %s\n",
      label, name, rw, rr / 1024, ri, ir / 1024, rw / (ri > 0 ? ri : 0.001), cw, ci, cw / (ci > 0 ? ci : 0.001), runs, load
  }'
}
