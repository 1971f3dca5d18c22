#!/usr/bin/env bash
# Writes what the real Ansible says about each inventory of Corpus/: `ansible-inventory --list` into
# expected/list.json and `ansible --list-hosts PATTERN` for every line of patterns.txt into expected/patterns.json
# (hosts in Ansible's order, or the error Ansible stopped with). The tests compare the harness with these files, so
# they need neither Python nor Ansible. Run again after changing a corpus inventory.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ansible-inventory --version | sed -n 1p || true
# Run from an empty folder so no ansible.cfg, group_vars or host_vars of the working folder interferes.
empty="$(mktemp -d)"
trap 'rm -rf "$empty"' EXIT
cd "$empty"
touch ansible.cfg
export ANSIBLE_CONFIG="$empty/ansible.cfg" ANSIBLE_NOCOLOR=1 ANSIBLE_INVENTORY_UNPARSED_FAILED=1
for case in "$here"/Corpus/*/; do
  case="${case%/}"
  source="$case/$(cat "$case/source")"
  mkdir -p "$case/expected"
  ansible-inventory -i "$source" --list 2>/dev/null > "$case/expected/list.json"
  python3 - "$source" "$case/patterns.txt" "$case/expected/patterns.json" <<'PY'
import json, subprocess, sys
source, patterns_file, out = sys.argv[1:]
results = {}
for pattern in [line.rstrip('\n') for line in open(patterns_file) if line.strip()]:
    run = subprocess.run(['ansible', '-i', source, '--list-hosts', pattern], capture_output=True, text=True)
    if run.returncode != 0:
        results[pattern] = {'error': True}
        continue
    lines = run.stdout.splitlines()
    # "  hosts (N):" then one host per line, indented.
    hosts = [line.strip() for line in lines[1:]] if lines else []
    results[pattern] = {'hosts': hosts}
with open(out, 'w') as handle:
    json.dump(results, handle, indent=2)
    handle.write('\n')
PY
  echo "$(basename "$case"): $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["_meta"]["hostvars"]), "hosts with vars,", len(d)-1, "groups")' "$case/expected/list.json")"
done

# Invalid/: inventories Ansible refuses. Records, for each, whether ansible-inventory failed and its first error line.
python3 - "$here/Invalid" <<'PY'
import json, os, subprocess, sys
folder = sys.argv[1]
results = {}
for name in sorted(os.listdir(folder)):
    path = os.path.join(folder, name)
    if name == 'expected.json':
        continue
    source = os.path.join(path, 'hosts.ini') if os.path.isdir(path) else path
    run = subprocess.run(['ansible-inventory', '-i', source, '--list'], capture_output=True, text=True)
    # Ansible wraps its warnings: join them, then keep the reason the plugin for this kind of file gave.
    text = ' '.join(' '.join((run.stderr + run.stdout).split()).replace(folder + '/', '').split())
    plugin = 'yaml' if source.endswith('.yml') else 'ini'
    marker = 'with %s plugin: ' % plugin
    reason = text.split(marker, 1)[1].split(' [WARNING]', 1)[0] if marker in text else text.split(' [WARNING]', 1)[0]
    results[name] = {'rejected': run.returncode != 0, 'reason': reason[:300]}
with open(os.path.join(folder, 'expected.json'), 'w') as handle:
    json.dump(results, handle, indent=2)
    handle.write('\n')
print('Invalid:', sum(r['rejected'] for r in results.values()), 'of', len(results), 'rejected by Ansible')
PY
