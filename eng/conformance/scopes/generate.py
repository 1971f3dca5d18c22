#!/usr/bin/python3
"""Regenerates what the real yamllint and ansible-lint report on the nested-configuration fixtures.

Every project under tests/IacTest.Lint.Tests/Fixtures/scopes is linted as its own CI would lint it, folder by folder:
each YAML file (found as the tools walk a tree: symbolic links to folders are not followed) is linted by
  - yamllint 1.29.0, run in the folder of the nearest yamllint file above it (the project's where none is nearer);
  - ansible-lint 6.13.1, run offline, one file per run, in the deeper of the folders of its nearest yamllint and
    ansible-lint files, with YAMLLINT_CONFIG_FILE naming the nearest yamllint file, so that its yaml rule reads the
    same yamllint settings yamllint does.
The findings are stored, sorted, beside the project: <project>.yamllint.tsv (path, line, column, rule, level) and
<project>.ansible-lint.tsv (path, line, rule[sub-id]), paths relative to the project.
"""
import concurrent.futures
import json
import os
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[3] / "tests" / "IacTest.Lint.Tests" / "Fixtures" / "scopes"
YAMLLINT_NAMES = (".yamllint", ".yamllint.yaml", ".yamllint.yml")
ANSIBLE_LINT_NAMES = (".ansible-lint", ".config/ansible-lint.yml")


def yaml_files(project):
    for folder, subfolders, files in os.walk(project):  # followlinks=False, as yamllint and ansible-lint walk
        subfolders[:] = sorted(d for d in subfolders if d not in (".git", ".cache"))
        for name in sorted(files):
            if name.endswith((".yml", ".yaml")):
                yield pathlib.Path(folder, name)


def nearest(path, project, names):
    folder = path.parent
    while True:
        for name in names:
            if (folder / name).is_file():
                return folder, folder / name
        if folder == project:
            return project, None
        folder = folder.parent


def run_yamllint(project, folder, files):
    command = ["yamllint", "-f", "parsable"] + [str(f.relative_to(folder)) for f in files]
    output = subprocess.run(command, cwd=folder, capture_output=True, text=True).stdout
    rows = set()
    for line in output.splitlines():
        match = re.match(r"^(.*?):(\d+):(\d+): \[(\w+)\] .*\(([\w-]+)\)$", line)
        if match:
            path = (folder / match.group(1)).relative_to(project).as_posix()
            rows.add((path, int(match.group(2)), int(match.group(3)), match.group(5), match.group(4)))
    return rows


def run_ansible_lint(project, file):
    yamllint_folder, yamllint_file = nearest(file, project, YAMLLINT_NAMES)
    ansible_folder, _ = nearest(file, project, ANSIBLE_LINT_NAMES)
    cwd = max(yamllint_folder, ansible_folder, key=lambda p: len(p.parts))
    env = dict(os.environ)
    env.pop("YAMLLINT_CONFIG_FILE", None)
    if yamllint_file is not None:
        env["YAMLLINT_CONFIG_FILE"] = str(yamllint_file)
    command = ["ansible-lint", "--offline", "--nocolor", "-f", "codeclimate", str(file.relative_to(cwd))]
    output = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env).stdout.strip()
    rows = set()
    for item in json.loads(output) if output else []:
        location = item["location"]
        line = location["lines"]["begin"] if "lines" in location else location["positions"]["begin"]["line"]
        path = (cwd / location["path"]).resolve().relative_to(project.resolve()).as_posix()
        # ansible-lint also lints what a playbook uses (its roles), under this folder's configuration: those files
        # are linted in their own folder's run.
        if path == file.relative_to(project).as_posix():
            rows.add((path, int(line), item["check_name"]))
    return rows


def main():
    for project in sorted(p for p in ROOT.iterdir() if p.is_dir()):
        files = list(yaml_files(project))
        by_folder = {}
        for file in files:
            by_folder.setdefault(nearest(file, project, YAMLLINT_NAMES)[0], []).append(file)
        yamllint_rows = set()
        for folder, group in sorted(by_folder.items()):
            yamllint_rows |= run_yamllint(project, folder, group)
        ansible_rows = set()
        with concurrent.futures.ThreadPoolExecutor(max_workers=int(os.environ.get("JOBS", "2"))) as pool:
            for rows in pool.map(lambda f: run_ansible_lint(project, f), files):
                ansible_rows |= rows
        (ROOT / f"{project.name}.yamllint.tsv").write_text(
            "".join("\t".join(map(str, row)) + "\n" for row in sorted(yamllint_rows)))
        (ROOT / f"{project.name}.ansible-lint.tsv").write_text(
            "".join("\t".join(map(str, row)) + "\n" for row in sorted(ansible_rows)))
        print(f"{project.name}: {len(files)} files, {len(yamllint_rows)} yamllint and {len(ansible_rows)} ansible-lint findings",
              file=sys.stderr)


if __name__ == "__main__":
    main()
