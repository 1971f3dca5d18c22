#!/usr/bin/env bash
# yamllint vs `iactest lint` (Native AOT) on the same generated corpus, yamllint's default configuration for both.
# Prints one line: median wall time and max RSS of each over RUNS runs (default 3), and the ratio.
#   bench/yamllint/run.sh [file-count]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib.sh"
count="${1:-1200}"
yamllint="${YAMLLINT:-/usr/bin/yamllint}"

python3 "$here/make_corpus.py" --out "$bench_out/yamllint-corpus" --count "$count" >&2
iactest="$(iactest_binary)"

cd "$bench_out/yamllint-corpus"
compare "yamllint corpus ($count files)" "${RUNS:-3}" "yamllint" "$yamllint -f parsable ." "$iactest lint --format parsable ."
# The like-for-like line: only yamllint's rules, as a drop-in replacement for `yamllint` would run.
compare "yamllint corpus, yaml family only ($count files)" "${RUNS:-3}" "yamllint" "$yamllint -f parsable ." "$iactest lint --families yaml --format parsable ."
