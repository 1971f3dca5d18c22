#!/usr/bin/env python3
"""Generates Compose files that differ from the current fixtures by one change each (a value of another type, a
misspelt key, a dropped key), and records where an independent JSON Schema validator (python3-jsonschema, Draft 7)
finds them invalid against the Compose Specification's schema. ComposeConformanceTests checks that IacTest's
compose-schema rule finds the same files valid and the others invalid at the same paths, without Python.

Each case is one service or one other top-level section of a fixture, with one change. Writes cases/compose.NNN.yaml and expected.txt (`compose.NNN.yaml<TAB>path|path|…`, empty when valid).

    python3 tests/IacTest.Lint.Tests/Fixtures/compose/conformance/generate.py PATH/TO/compose-spec/schema/compose-spec.json
"""
import copy
import importlib.util
import json
import os
import random
import sys

import jsonschema
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", ".."))
CHECK = os.path.join(ROOT, "eng", "data", "compose-fixtures-check.py")
SOURCES = ["current/shop/compose.yaml", "current/shop/infra/compose.yaml", "current/ai-assistant/compose.yaml",
           "current/legacy-swarm/docker-compose.yml", "compose-schema/pass/compose.yaml"]
COUNT = 300
REPLACEMENTS = [7, -3, 2.5, "text", True, None, ["item"], {"key": "value"}, []]


def load_checker():
    spec = importlib.util.spec_from_file_location("check", CHECK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def leaves(node, path=()):
    """Every (path, value) below the root, mappings and lists included."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, value in items:
        yield path + (key,), value
        yield from leaves(value, path + (key,))


def get(node, path):
    for p in path:
        node = node[p]
    return node


def dollar_free(node):
    """Interpolation is covered by the hand-written fixtures; here a `$` would make a value fit any type."""
    if isinstance(node, dict):
        return {k: dollar_free(v) for k, v in node.items()}
    if isinstance(node, list):
        return [dollar_free(v) for v in node]
    return node.replace("$", "S") if isinstance(node, str) else node


def where(path):
    return (".".join("[]" if isinstance(p, int) else str(p) for p in path).replace(".[]", "[]")) or "(root)"


def slice_of(document, rng):
    """One service, or one other top-level section, keeps each case small and to the point."""
    key = rng.choice(list(document))
    if key == "services":
        name = rng.choice(list(document["services"]))
        return {"services": {name: document["services"][name]}}
    return {key: document[key]}


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    schema = json.load(open(sys.argv[1]))
    check = load_checker()
    validator = jsonschema.Draft7Validator(schema)
    fixtures = os.path.join(HERE, "..")
    documents = [dollar_free(check.interpolate(yaml.load(open(os.path.join(fixtures, s)), Loader=check.Compose12Loader)))
                 for s in SOURCES]
    rng = random.Random(20260623)
    cases = os.path.join(HERE, "cases")
    os.makedirs(cases, exist_ok=True)
    for old in os.listdir(cases):
        os.remove(os.path.join(cases, old))
    lines = []
    valid = 0
    for n in range(COUNT):
        document = copy.deepcopy(slice_of(rng.choice(documents), rng))
        path, _ = rng.choice(list(leaves(document)))
        parent, key = get(document, path[:-1]), path[-1]
        change = rng.choice(["replace", "replace", "replace", "rename", "drop"])
        if change == "rename" and isinstance(key, str):
            parent[key + "x"] = parent.pop(key)
        elif change == "drop":
            del parent[key]
        else:
            parent[key] = copy.deepcopy(rng.choice(REPLACEMENTS))
        name = f"compose.{n:03d}.yaml"
        with open(os.path.join(cases, name), "w") as handle:
            handle.write(f"# {change} at {where(path)}\n")
            yaml.safe_dump(document, handle, sort_keys=False, default_flow_style=False, allow_unicode=True)
        # Read back as Compose reads the file, so the expectation is of the text, not of the Python value.
        reread = yaml.load(open(os.path.join(cases, name)), Loader=check.Compose12Loader)
        found = sorted({where(e.absolute_path) for e in validator.iter_errors(reread)})
        valid += not found
        lines.append(name + "\t" + "|".join(found))
    with open(os.path.join(HERE, "expected.txt"), "w", newline="\n") as handle:
        handle.write("".join(line + "\n" for line in lines))
    print(f"{COUNT} cases, {valid} valid, {COUNT - valid} invalid")


if __name__ == "__main__":
    main()
