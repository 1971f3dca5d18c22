#!/usr/bin/env bash
# Regenerates the ansible-lint findings the conformance tests compare against.
# Runs the real ansible-lint (6.13.1, Debian package) offline on every fixture file, one file per run so that a
# syntax-check failure in one fixture does not hide the findings of the others, and stores the union of the
# findings as "path<TAB>line<TAB>rule[sub-id]" sorted, in Fixtures/ansible/ansible-lint.expected.tsv.
# With arguments (paths relative to the fixtures folder), only those files are re-linted and their rows replaced.
#
# Then each tree under Fixtures/ansible-trees/ (a role's or a playbook repository's checkout) is linted the way a user
# lints a checkout: ansible-lint with no file arguments, run in a copy of the tree outside any git repository, so it
# finds the files itself, guesses kinds as it does for a whole project and adds the role folders it finds. Those
# findings go to Fixtures/ansible-trees/ansible-lint.expected.tsv as "tree/path<TAB>line<TAB>rule[sub-id]" (a path
# may be a role folder: ansible-lint reports role-name on the folder). With --trees, only the trees are re-linted.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
fixtures="$root/tests/IacTest.Lint.Tests/Fixtures/ansible"
out="$fixtures/ansible-lint.expected.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

ansible-lint --version | head -1 | sed 's/\x1b\[[0-9;]*m//g' >&2
trees_only=false
if [[ "${1:-}" == "--trees" ]]; then
  trees_only=true
  shift
fi

if ! $trees_only; then
cd "$fixtures"
if [[ $# -gt 0 ]]; then
  printf '%s\n' "$@" | sort > "$work/files"
else
  find . -type f \( -name '*.yml' -o -name '*.yaml' \) -not -path './bench/*' | sed 's|^\./||' | sort > "$work/files"
fi
i=0
while read -r file; do
  i=$((i + 1))
  printf '%s\0%s\0' "$file" "$work/$i.json"
done < "$work/files" | xargs -0 -n2 -P "${JOBS:-2}" sh -c \
  'ansible-lint --offline --nocolor -c .ansible-lint -f codeclimate "$0" > "$1" 2>/dev/null || true'

/usr/bin/python3 - "$work" "$out" $# > "$out.new" <<'PY'
import json, pathlib, sys
rows = set()
refreshed = set(pathlib.Path(sys.argv[1], "files").read_text().split())
if sys.argv[3] != "0" and pathlib.Path(sys.argv[2]).exists():
    for line in pathlib.Path(sys.argv[2]).read_text().splitlines():
        path, number, rule = line.split("\t")
        if path not in refreshed:
            rows.add((path, int(number), rule))
for f in pathlib.Path(sys.argv[1]).glob("*.json"):
    text = f.read_text().strip()
    if not text:
        continue
    for item in json.loads(text):
        loc = item["location"]
        line = loc["lines"]["begin"] if "lines" in loc else loc["positions"]["begin"]["line"]
        rows.add((loc["path"], int(line), item["check_name"]))
for path, line, rule in sorted(rows):
    print(f"{path}\t{line}\t{rule}")
PY
mv "$out.new" "$out"
echo "wrote $(wc -l < "$out") findings to $out" >&2
fi

if [[ $# -gt 0 ]]; then
  exit 0
fi

trees="$root/tests/IacTest.Lint.Tests/Fixtures/ansible-trees"
tree_out="$trees/ansible-lint.expected.tsv"
: > "$work/trees.tsv"
for tree in "$trees"/*/; do
  name="$(basename "$tree")"
  copy="$work/trees/$name"
  mkdir -p "$copy"
  cp -a "$tree/." "$copy/"
  (cd "$copy" && ansible-lint --offline --nocolor -f codeclimate 2>/dev/null || true) > "$work/tree-$name.json"
  /usr/bin/python3 - "$work/tree-$name.json" "$name" >> "$work/trees.tsv" <<'PY'
import json, sys
text = open(sys.argv[1]).read().strip()
for item in json.loads(text) if text else []:
    loc = item["location"]
    line = loc["lines"]["begin"] if "lines" in loc else loc["positions"]["begin"]["line"]
    print(f"{sys.argv[2]}/{loc['path']}\t{line}\t{item['check_name']}")
PY
done
sort -u "$work/trees.tsv" > "$tree_out"
echo "wrote $(wc -l < "$tree_out") findings to $tree_out" >&2
