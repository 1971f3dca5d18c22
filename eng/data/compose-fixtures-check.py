#!/usr/bin/env python3
"""Cross-checks the Compose fixtures against the Compose Specification's own schema with an independent JSON Schema
validator (python3-jsonschema), so the fixtures' verdicts do not rest on IacTest's validator alone.

Each file is loaded as Compose loads it before validating: YAML 1.2 core types (only true/false are booleans),
merge keys, `!reset` values dropped, `!override` values kept, and variables interpolated (from VARIABLES below, else
their `:-`/`-` default; the result is typed again as YAML would type it, as Compose casts interpolated values).

- every file under tests/IacTest.Lint.Tests/Fixtures/compose/current, and every rule's pass fixture, must have no
  error;
- every tests/IacTest.Lint.Tests/Fixtures/compose/invalid/<case>/compose.yaml must have an error at each path its
  `expected` file names, and no error elsewhere.

    python3 eng/data/compose-fixtures-check.py PATH/TO/compose-spec/schema/compose-spec.json
"""
import glob
import json
import os
import re
import sys

import jsonschema
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.normpath(os.path.join(HERE, "..", "..", "tests", "IacTest.Lint.Tests", "Fixtures", "compose"))
VARIABLES = {"CONTEXT_SIZE": "4096", "BUILD_DATE": "2026-06-01", "ZONE": "eu-1", "REPLICAS": "2"}


class Compose12Loader(yaml.SafeLoader):
    """PyYAML reads YAML 1.1; Compose (go-yaml v3) reads the 1.2 core schema."""


Compose12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("tag:yaml.org,2002:float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", list("-+.0123456789")),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", ["<"]),
]:
    Compose12Loader.add_implicit_resolver(tag, re.compile(pattern), first)

RESET = object()


def construct_int(loader, node):
    text = loader.construct_scalar(node)
    return int(text[2:], 8) if text.startswith("0o") else int(text, 0) if text.startswith("0x") else int(text, 10)


Compose12Loader.add_constructor("tag:yaml.org,2002:int", construct_int)
Compose12Loader.add_constructor("!reset", lambda loader, node: RESET)
Compose12Loader.add_constructor("!override", lambda loader, node: (
    loader.construct_sequence(node, deep=True) if isinstance(node, yaml.SequenceNode)
    else loader.construct_mapping(node, deep=True) if isinstance(node, yaml.MappingNode)
    else yaml.load(loader.construct_scalar(node) or "null", Loader=Compose12Loader)))

SUBSTITUTION = re.compile(r"\$\$|\$\{(\w+)(?:(:?[-?+])([^}]*))?\}|\$(\w+)")


def interpolate(value):
    if isinstance(value, dict):
        return {k: interpolate(v) for k, v in value.items() if v is not RESET}
    if isinstance(value, list):
        return [interpolate(v) for v in value if v is not RESET]
    if not isinstance(value, str) or "$" not in value:
        return value

    def substitute(match):
        if match.group(0) == "$$":
            return "$"
        name = match.group(1) or match.group(4)
        if name in VARIABLES:
            return VARIABLES[name]
        return match.group(3) or "" if match.group(2) in ("-", ":-") else ""

    result = SUBSTITUTION.sub(substitute, value)
    if not SUBSTITUTION.search(value.replace("$$", "")):
        return result
    return yaml.load(result, Loader=Compose12Loader) if result and "\n" not in result else result


def errors(schema, path):
    document = interpolate(yaml.load(open(path), Loader=Compose12Loader))
    found = set()
    for error in jsonschema.Draft7Validator(schema).iter_errors(document):
        where = ".".join("[]" if isinstance(p, int) else str(p) for p in error.absolute_path).replace(".[]", "[]")
        found.add(where or "(root)")
    return found


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    schema = json.load(open(sys.argv[1]))
    failures = 0
    current = sorted(glob.glob(os.path.join(FIXTURES, "current", "**", "*.y*ml"), recursive=True)
                     + glob.glob(os.path.join(FIXTURES, "*", "pass", "compose.yaml")))
    for path in current:
        found = errors(schema, path)
        print(f"{'ok  ' if not found else 'FAIL'} {os.path.relpath(path, FIXTURES)}: {len(found)} errors {sorted(found)}")
        failures += bool(found)
    for case in sorted(glob.glob(os.path.join(FIXTURES, "invalid", "*"))):
        wanted = set()
        for line in open(os.path.join(case, "expected")):
            # 12:18 compose-schema[pattern]: services.web.pull_policy: ...
            wanted.add(line.split(": ", 2)[1])
        found = errors(schema, os.path.join(case, "compose.yaml"))
        # An error inside a oneOf is reported by jsonschema at the oneOf's node: accept a prefix there.
        missing = {w for w in wanted if not any(w == f or w.startswith(f + ".") or w.startswith(f + "[") for f in found)}
        extra = {f for f in found if not any(w == f or w.startswith(f + ".") or w.startswith(f + "[") for w in wanted)}
        ok = not missing and not extra
        print(f"{'ok  ' if ok else 'FAIL'} invalid/{os.path.basename(case)}: {len(found)} errors; missing {sorted(missing)} extra {sorted(extra)}")
        failures += not ok
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
