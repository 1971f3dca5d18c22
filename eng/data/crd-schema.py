#!/usr/bin/env python3
"""Turns CustomResourceDefinitions into a schema file for the kubernetes-schema rule's `schemas` option (the format
of src/Lint/Families/Kubernetes/Data/schema.json), so custom resources are validated instead of skipped.

Every served version of every CRD given becomes a kind (`group/version/Kind`); each object of its OpenAPI v3 schema
becomes a type named after its path (`ApplicationSpecSourceKustomize`). What the API server accepts decides the
types: `x-kubernetes-int-or-string` (int-or-string fields, and quantities, which CRDs declare the same way) accepts an
integer or a string; `x-kubernetes-preserve-unknown-fields`, `anyOf`/`oneOf` without it, and objects that declare
no properties accept anything, and an object that keeps unknown fields is `open` (its declared fields are checked,
others are not unknown); a string field (or list of strings) with an `enum` keeps its allowed values in the type's
`enums`, a string field with a `pattern` its regular expression in `patterns`; `metadata` is not checked here.

    python3 eng/data/crd-schema.py OUT.json CRD.yaml [CRD.yaml …] [--source "where the CRDs come from"]
"""
import json
import re
import sys

import yaml


def camel(segment):
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", segment) if part)


def enum_of(node):
    """The allowed string values of a field (or of a list's items), None when it admits any."""
    if not isinstance(node, dict):
        return None
    if node.get("type") == "array":
        node = node.get("items") or {}
    values = node.get("enum")
    if values and all(isinstance(v, str) for v in values):
        return list(values)
    return None


class Converter:
    def __init__(self):
        self.types = {}
        self.keys = {}  # type name -> the field it is the value of: only types of the same field are merged

    def name_for(self, base):
        name, n = base, 2
        while name in self.types:
            name, n = f"{base}{n}", n + 1
        return name

    def convert(self, node, name, root=False, key=None):
        """The field type notation for one schema node; objects with properties become named types."""
        if not isinstance(node, dict):
            return "any"
        if node.get("x-kubernetes-int-or-string"):
            return "int-or-string"
        kind = node.get("type")
        if kind == "array":
            return "[" + self.convert(node.get("items", {}), name + "Item", key=key) + "]"
        if kind == "object" or "properties" in node:
            properties = node.get("properties")
            if properties:
                type_name = self.name_for(name)
                self.types[type_name] = None  # reserve the name before the fields claim theirs
                self.keys[type_name] = key or name
                fields = {field: "any" if root and field == "metadata" else self.convert(value, name + camel(field), key=field)
                          for field, value in properties.items()}
                entry = {"fields": fields}
                enums = {field: values for field, value in properties.items() if (values := enum_of(value))}
                if enums:
                    entry["enums"] = enums  # the values the API server admits, checked by the rule
                patterns = {field: value["pattern"] for field, value in properties.items()
                            if isinstance(value, dict) and value.get("type") == "string" and value.get("pattern")}
                if patterns:
                    entry["patterns"] = patterns  # regular expressions a string must match (Flux's interval, url)
                if node.get("required"):
                    entry["required"] = sorted(node["required"])
                if node.get("x-kubernetes-preserve-unknown-fields") or node.get("additionalProperties") not in (None, False):
                    entry["open"] = True  # fields beyond the declared ones are kept, not unknown
                self.types[type_name] = entry
                return type_name
            additional = node.get("additionalProperties")
            if isinstance(additional, dict):
                return "{" + self.convert(additional, name + "Value", key=key) + "}"
            return "any"
        if node.get("x-kubernetes-preserve-unknown-fields") or "anyOf" in node or "oneOf" in node:
            return "any"
        return {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}.get(kind, "any")


def deduplicate(types, kinds, keys):
    """Types with the same fields, values of the same field, are one type (ApplicationSet repeats the Application
    template per generator; an AppProject's whitelist and blacklist stay two, so a message names the one written):
    merged bottom-up until nothing changes, keeping the shortest name of the spec side (users write specs; status and
    operation are written by controllers, so a message naming `ApplicationOperationRetry` for `spec.syncPolicy.retry`
    would mislead)."""
    while True:
        by_content = {}
        for name in sorted(types, key=lambda n: (bool(re.search(r"(Status|Operation)(?=[A-Z]|$)", n)), len(n), n)):
            by_content.setdefault((keys.get(name), json.dumps(types[name], sort_keys=True)), name)
        rename = {name: by_content[(keys.get(name), json.dumps(entry, sort_keys=True))] for name, entry in types.items()}
        rename = {old: new for old, new in rename.items() if old != new}
        if not rename:
            return types, kinds

        def fix(t):
            inner = t.strip("[]{}")
            return t.replace(inner, rename.get(inner, inner)) if inner in rename else t

        types = {name: {**entry, "fields": {k: fix(v) for k, v in entry["fields"].items()}}
                 for name, entry in types.items() if name not in rename}
        kinds = {k: rename.get(v, v) for k, v in kinds.items()}


def main():
    args = sys.argv[1:]
    source = None
    if "--source" in args:
        i = args.index("--source")
        source = args[i + 1]
        del args[i:i + 2]
    if len(args) < 2:
        sys.exit(__doc__)
    out, files = args[0], args[1:]
    converter = Converter()
    kinds = {}
    for path in files:
        for crd in yaml.safe_load_all(open(path)):
            if not crd or crd.get("kind") != "CustomResourceDefinition":
                continue
            group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
            for version in crd["spec"]["versions"]:
                if not version.get("served", True):
                    continue
                schema = version.get("schema", {}).get("openAPIV3Schema", {})
                name = kind if len(crd["spec"]["versions"]) == 1 else kind + camel(version["name"])
                root = converter.convert(schema, name, root=True)
                kinds[f"{group}/{version['name']}/{kind}"] = root
    types, kinds = deduplicate({name: entry for name, entry in converter.types.items() if entry is not None}, kinds, converter.keys)
    data = {"source": source or "CustomResourceDefinitions: " + ", ".join(files), "kinds": kinds, "removed": {},
            "types": dict(sorted(types.items()))}
    with open(out, "w") as handle:
        json.dump(data, handle, separators=(",", ":"))
        handle.write("\n")
    count = sum(1 for t in types.values() for f in t["fields"].values() if "int-or-string" in f)
    print(f"{len(kinds)} kinds, {len(types)} types, {count} int-or-string fields -> {out}")


if __name__ == "__main__":
    main()
