#!/usr/bin/env bash
# yamllint vs `iactest lint` (Native AOT), yamllint's default configuration for both, on two generated corpora:
#  - real-looking: the repository's infrastructure files (samples, Ansible/Kubernetes/Compose/secrets fixtures,
#    yamllint's real-world cases), 26 lines a file on average — the corpus the speed target is measured on;
#  - snippets: yamllint's conformance fixtures, mostly its 3-line documentation examples — a worst case where the
#    fixed cost of each file (open, scanner set-up) is nearly all the work.
# Prints one line per comparison: median wall time and max RSS of each over RUNS runs (default 3), and the ratio.
#   bench/yamllint/run.sh [file-count]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib.sh"
count="${1:-1200}"
yamllint="${YAMLLINT:-/usr/bin/yamllint}"
runs="${RUNS:-3}"

python3 "$here/make_real_corpus.py" --out "$bench_out/yamllint-real-corpus" --count "$count" >&2
python3 "$here/make_corpus.py" --out "$bench_out/yamllint-corpus" --count "$count" >&2
iactest="$(iactest_binary)"

cd "$bench_out/yamllint-real-corpus"
# The like-for-like line: only yamllint's rules, as a drop-in replacement for `yamllint` runs them.
compare "real-looking corpus, yaml family ($count files)" "$runs" "yamllint" "$yamllint -f parsable ." "$iactest lint --families yaml --format parsable ."
compare "real-looking corpus, all families ($count files)" "$runs" "yamllint" "$yamllint -f parsable ." "$iactest lint --format parsable ."

cd "$bench_out/yamllint-corpus"
compare "snippet corpus, yaml family ($count files)" "$runs" "yamllint" "$yamllint -f parsable ." "$iactest lint --families yaml --format parsable ."
compare "snippet corpus, all families ($count files)" "$runs" "yamllint" "$yamllint -f parsable ." "$iactest lint --format parsable ."
