#!/usr/bin/env bash
# ansible-lint vs `iactest lint` (Native AOT) on the same generated Ansible corpus. Prints one line: median wall
# time and max RSS of each over RUNS runs (default 3), and the ratio.
#   bench/ansible/run.sh [role-count]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib.sh"
roles="${1:-70}"
corpus="$bench_out/ansible"

rm -rf "$corpus"
/usr/bin/python3 "$here/generate.py" "$corpus" "$roles" >&2
iactest="$(iactest_binary)"

cd "$corpus"
# bench/out is git-ignored and ansible-lint lists files with git: give the corpus its own repository.
git init -q . && git add -A
files=$(find . -name '*.yml' | wc -l)
# No path argument: ansible-lint then discovers every file itself (given ".", it treats the folder as one role).
compare "ansible ($files files)" "${RUNS:-3}" "ansible-lint" "ansible-lint --offline -q -f codeclimate" \
  "$iactest lint --format json $corpus"
