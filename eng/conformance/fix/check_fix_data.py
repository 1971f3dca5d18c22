#!/usr/bin/env python3
"""Checks with PyYAML (the loader yamllint and Ansible use) that `iactest lint --fix` keeps what each file loads to.

Copies the lint fixtures and the samples to a temporary folder (at the same paths, which decide each file's kind),
runs `iactest lint --fix --no-config-discovery` there, and compares yaml.safe_load_all of every changed file before and
after; a builtin module renamed to ansible.builtin.<name> by the FQCN fix counts as the same task. Writes one line per
changed file, `same PATH`, `differs PATH` or `unchecked PATH` (PyYAML refuses the original), to fix-data.txt beside the fix tests, which check that the fixer still
changes exactly these files, so a new change of the fixer is checked here again.

    python3 eng/conformance/fix/check_fix_data.py   (after `dotnet build src/Cli -c Release`)
"""
import os
import shutil
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
TREES = ["tests/IacTest.Lint.Tests/Fixtures", "samples"]
OUT = os.path.join(ROOT, "tests", "IacTest.Lint.Tests", "Fixes", "fix-data.txt")
TOOL = os.environ.get("IACTEST", "dotnet " + os.path.join(ROOT, "src", "Cli", "bin", "Release", "net10.0", "iactest.dll"))


def yaml_files(folder):
    for base, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in ("bin", "obj")]
        for name in files:
            if name.endswith((".yml", ".yaml")):
                yield os.path.join(base, name)


def without_builtin_prefix(data):
    if isinstance(data, dict):
        return {(k[len("ansible.builtin."):] if isinstance(k, str) and k.startswith("ansible.builtin.") else k): without_builtin_prefix(v)
                for k, v in data.items()}
    if isinstance(data, list):
        return [without_builtin_prefix(v) for v in data]
    return data


class TaggedLoader(yaml.SafeLoader):
    """The safe loader, with a local tag (Compose's !reset, Ansible's !vault) kept as (tag, value) instead of refused."""


def construct_tagged(loader, suffix, node):
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    return ("!" + suffix, repr(value))


TaggedLoader.add_multi_constructor("!", construct_tagged)


def load(path):
    """What the file loads to, as text: repr keeps a NaN equal to itself and tells 1 from True and "1"."""
    with open(path, "rb") as stream:
        return repr([without_builtin_prefix(d) for d in yaml.load_all(stream, Loader=TaggedLoader)])


def main():
    lines = []
    with tempfile.TemporaryDirectory() as work:
        for tree in TREES:
            shutil.copytree(os.path.join(ROOT, tree), os.path.join(work, tree), ignore=shutil.ignore_patterns("bin", "obj"))
            before = {}
            for path in yaml_files(os.path.join(work, tree)):
                with open(path, "rb") as stream:
                    before[path] = stream.read()
            subprocess.run(TOOL.split() + ["lint", "--fix", "--no-config-discovery", "--format", "parsable", tree],
                           cwd=work, stdout=subprocess.DEVNULL, check=False)
            for path in sorted(before):
                with open(path, "rb") as stream:
                    if stream.read() == before[path]:
                        continue
                original = path + ".original"
                with open(original, "wb") as stream:
                    stream.write(before[path])
                try:
                    loaded = load(original)
                except (yaml.YAMLError, ValueError, TypeError):
                    loaded = None  # PyYAML refuses the original too (a duplicate anchor, a key it cannot hash)
                try:
                    verdict = "unchecked" if loaded is None else "same" if load(path) == loaded else "differs"
                except (yaml.YAMLError, ValueError, TypeError):
                    verdict = "differs"  # a fixed file PyYAML cannot load, when it loaded the original, is a broken fix
                os.remove(original)
                lines.append(f"{verdict} {os.path.relpath(path, work)}")
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    differs = sum(1 for line in lines if line.startswith("differs"))
    print(f"fix-data: {len(lines)} files changed by --fix, {differs} load to different data with PyYAML")
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())
