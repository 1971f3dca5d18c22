#!/usr/bin/python3
"""Generates the Ansible reference data embedded in IacTest.Lint from the ansible-core installed here.

Writes src/Lint/Families/Ansible/Data/:
  builtin_modules.txt   one ansible.builtin module short name per line
  module_args.tsv       module<TAB>comma-separated argument names and aliases (from each module's DOCUMENTATION)
  routing.tsv           short-or-old name<TAB>redirect target<TAB>state (redirect|tombstone|deprecated), from
                        lib/ansible/config/ansible_builtin_runtime.yml (modules and action plugins)
  keywords.tsv          kind (play|block|task|handler|role)<TAB>keyword, from ansible.playbook's field attributes
  deprecated_modules.txt  the module names ansible-lint's deprecated-module rule reports
Run: /usr/bin/python3 eng/data/ansible/generate.py   (needs the Debian packages ansible-core and ansible-lint)
"""
import ast
import os
import pathlib
import sys

import yaml
import ansible
from ansible.playbook.block import Block
from ansible.playbook.handler import Handler
from ansible.playbook.play import Play
from ansible.playbook.role_include import IncludeRole
from ansible.playbook.task import Task

ROOT = pathlib.Path(__file__).resolve().parents[3]
OUT = ROOT / "src" / "Lint" / "Families" / "Ansible" / "Data"
ANSIBLE = pathlib.Path(ansible.__file__).parent


def write(name, lines):
    (OUT / name).write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def modules():
    names, args = [], []
    for path in sorted((ANSIBLE / "modules").glob("*.py")):
        # "_include.py" documents the deprecated "include" action.
        name = path.stem.lstrip("_")
        if path.name == "__init__.py":
            continue
        names.append(name)
        doc = None
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "DOCUMENTATION" for t in node.targets):
                doc = yaml.safe_load(node.value.value)
        options = (doc or {}).get("options") or {}
        keys = []
        for option, spec in options.items():
            keys.append(option)
            keys.extend((spec or {}).get("aliases") or [])
        args.append(f"{name}\t{','.join(sorted(set(keys)))}")
    write("builtin_modules.txt", names)
    write("module_args.tsv", args)


def routing():
    runtime = yaml.safe_load((ANSIBLE / "config" / "ansible_builtin_runtime.yml").read_text(encoding="utf-8"))
    rows = {}
    for section in ("modules", "action"):
        for name, entry in (runtime.get("plugin_routing", {}).get(section) or {}).items():
            entry = entry or {}
            if "tombstone" in entry:
                rows.setdefault(name, f"{name}\t{entry.get('redirect', '')}\ttombstone")
            elif "redirect" in entry:
                rows.setdefault(name, f"{name}\t{entry['redirect']}\tredirect")
            elif "deprecation" in entry:
                rows.setdefault(name, f"{name}\t\tdeprecated")
    write("routing.tsv", [rows[k] for k in sorted(rows)])


def keywords():
    rows = []
    for kind, cls in (("play", Play), ("block", Block), ("task", Task), ("handler", Handler), ("role", IncludeRole)):
        for name in sorted(getattr(cls, "fattributes", {})):
            rows.append(f"{kind}\t{name}")
    write("keywords.tsv", rows)


def deprecated():
    import ansiblelint.rules.deprecated_module as rule
    write("deprecated_modules.txt", sorted(rule.DeprecatedModuleRule._modules))


def schemas():
    import json
    import ansiblelint.schemas as schemas
    base = pathlib.Path(schemas.__file__).parent
    meta = json.loads((base / "meta.json").read_text(encoding="utf-8"))
    info = meta["$defs"]["GalaxyInfoModel"]["properties"]
    rows = [f"meta.galaxy_info\t{name}\t{spec.get('type', '')}" for name, spec in sorted(info.items())]
    galaxy = json.loads((base / "galaxy.json").read_text(encoding="utf-8"))
    rows += [f"galaxy.required\t{name}\t" for name in galaxy.get("required", [])]
    write("schema.tsv", rows)


def renamed_tags():
    # The old names a "# noqa" comment may still use (numeric ids, unnamed-task, ...), resolved as ansible-lint does.
    from ansiblelint.constants import RENAMED_TAGS
    write("renamed_tags.tsv", [f"{old}\t{new}" for old, new in sorted(RENAMED_TAGS.items())])


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    modules()
    routing()
    keywords()
    deprecated()
    schemas()
    renamed_tags()
    print(f"wrote {OUT}", file=sys.stderr)
