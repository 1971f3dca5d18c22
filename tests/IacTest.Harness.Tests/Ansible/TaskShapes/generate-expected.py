#!/usr/bin/python3
"""Writes ansible-core.expected.json: how ansible-core 2.14 reads every task of the proxy role.

The module, its arguments (free form, action:/local_action:, args: and merge keys resolved) come from ansible-core's
own ModuleArgsParser; tags, when and notify are read as ansible-core's field loaders read them (a scalar of tags is
split on commas). Run it with the Debian ansible-core installed (eng/setup.sh) after changing the role:
    tests/IacTest.Harness.Tests/Ansible/TaskShapes/generate-expected.py
"""
import json
import os

from ansible.module_utils.parsing.convert_bool import boolean
from ansible.parsing.dataloader import DataLoader
from ansible.parsing.mod_args import ModuleArgsParser

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["tasks/main.yml", "tasks/hardening.yml", "tasks/logging.yml", "handlers/main.yml"]
BLOCK_SECTIONS = ("block", "rescue", "always")
LOOP_KEYS = ("loop",)


def text(value):
    """An argument's value as the YAML text a test sees: strings as they are, scalars as YAML writes them."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return None  # a list or mapping: only its presence is compared


def strings(value, split_commas):
    if value is None:
        return []
    if isinstance(value, list):
        return [str(item) for item in value]
    if split_commas:
        return [part.strip() for part in str(value).split(",") if part.strip()]
    return [str(value)]


def loop_keyword(task):
    return next((key for key in task if key == "loop" or key.startswith("with_")), None)


def become(value):
    if isinstance(value, bool):
        return value
    return None


def read(tasks, depth, out):
    for task in tasks:
        entry = {
            "line": task.ansible_pos[1],
            "depth": depth,
            "name": task.get("name"),
            "tags": strings(task.get("tags"), True),
            "when": strings(task.get("when"), False),
            "notify": strings(task.get("notify"), False),
            "loop": loop_keyword(task),
            "become": become(task.get("become")),
        }
        if any(section in task for section in BLOCK_SECTIONS):
            entry["action"] = "block"
            entry["arguments"] = {}
            out.append(entry)
            for section in BLOCK_SECTIONS:
                read(task.get(section) or [], depth + 1, out)
            continue
        action, arguments, _ = ModuleArgsParser(task).parse()
        entry["action"] = action
        entry["arguments"] = {key: text(value) for key, value in sorted(arguments.items())}
        out.append(entry)


def main():
    loader = DataLoader()
    result = {}
    for name in FILES:
        tasks = []
        read(loader.load_from_file(os.path.join(HERE, "proxy", name)), 0, tasks)
        result[name] = tasks
    with open(os.path.join(HERE, "ansible-core.expected.json"), "w", encoding="utf-8") as stream:
        json.dump(result, stream, indent=1, sort_keys=True)
        stream.write("\n")


if __name__ == "__main__":
    main()
