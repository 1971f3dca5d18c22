#!/usr/bin/env python3
"""Writes what the Argo CD and Flux CRDs' own OpenAPI schemas say of a corpus of objects, as the expectations the
kubernetes-schema rule is held to (tests/IacTest.Lint.Tests/Fixtures/gitops/conformance/*.expected).

Each object of each YAML file is validated with python3-jsonschema against the `openAPIV3Schema` of its kind's CRD
(the files eng/data/gitops-schema.py derives the embedded schema from), read the way the API server reads it with
strict field validation (kubectl's default): an object that declares properties, without
`x-kubernetes-preserve-unknown-fields` or `additionalProperties`, admits no other field. `metadata` is left to the API
server's own rules, as the rule leaves it. One line per finding, sorted: `<document> <category> <field>`, where the
document counts from 0, the category is the rule's sub-id (unknown-field, type, required, enum, pattern) and the field is the
unknown, mistyped, missing or out-of-enumeration field's name (a list's items and a map's values are named by
their list or map). Findings of other kinds (formats, bounds, lengths)
are counted on standard output and not written: the rule does not check them.

    python3 eng/data/gitops-schema-conformance.py PATH/TO/gitops-crds FILE.yaml [FILE.yaml …]
"""
import copy
import glob
import os
import sys

import jsonschema
import yaml


def strict(schema):
    """The schema with unknown fields rejected where the API server prunes or rejects them."""
    schema = copy.deepcopy(schema)

    def walk(node):
        if not isinstance(node, dict):
            return
        props = node.get("properties")
        if props and not node.get("x-kubernetes-preserve-unknown-fields") and "additionalProperties" not in node:
            node["additionalProperties"] = False
        for value in (props or {}).values():
            walk(value)
        walk(node.get("items"))
        if isinstance(node.get("additionalProperties"), dict):
            walk(node["additionalProperties"])
        for key in ("anyOf", "oneOf", "allOf"):
            for value in node.get(key, []):
                walk(value)

    walk(schema)
    if "metadata" in schema.get("properties", {}):
        schema["properties"]["metadata"] = {"type": "object"}
    return schema


def load_schemas(folder):
    schemas = {}
    for path in sorted(glob.glob(os.path.join(folder, "*", "*.yaml"))):
        for crd in yaml.safe_load_all(open(path)):
            if not crd or crd.get("kind") != "CustomResourceDefinition":
                continue
            group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
            for version in crd["spec"]["versions"]:
                if version.get("served", True):
                    schemas[f"{group}/{version['name']}/{kind}"] = strict(version["schema"]["openAPIV3Schema"])
    return schemas


def declared_name(error):
    """The declared field the error is under: a list's items and a map's values are named by their list or map."""
    path, name = list(error.schema_path), ""
    for i, step in enumerate(path[:-1]):
        if step == "properties":
            name = path[i + 1]
    return name


def findings(error):
    """(category, field) pairs of one validation error; None for kinds the rule does not check."""
    if error.validator == "additionalProperties":
        instance = error.instance
        allowed = set(error.schema.get("properties", {}))
        return [("unknown-field", key) for key in instance if key not in allowed]
    if error.validator == "required":
        return [("required", error.message.split("'")[1])]
    if error.validator == "type":
        return [("type", declared_name(error))]
    if error.validator == "enum":
        return [("enum", declared_name(error))]
    if error.validator == "pattern":
        return [("pattern", declared_name(error))]
    return None


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    schemas = load_schemas(sys.argv[1])
    for path in sys.argv[2:]:
        lines, others = [], 0
        for index, document in enumerate(yaml.safe_load_all(open(path))):
            key = f"{document.get('apiVersion')}/{document.get('kind')}" if isinstance(document, dict) else None
            if key not in schemas:
                continue
            validator = jsonschema.Draft7Validator(schemas[key])
            for error in validator.iter_errors(document):
                found = findings(error)
                if found is None:
                    others += 1
                    continue
                lines.extend(f"{index} {category} {field}" for category, field in found)
        out = os.path.splitext(path)[0] + ".expected"
        with open(out, "w") as handle:
            handle.write("".join(line + "\n" for line in sorted(lines)))
        print(f"{path}: {len(lines)} findings written to {out}, {others} of kinds the rule does not check")


if __name__ == "__main__":
    main()
