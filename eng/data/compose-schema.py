#!/usr/bin/env python3
"""Derives src/Lint/Families/Compose/Data/compose-spec.json from the Compose Specification's JSON schema.

Source: `schema/compose-spec.json` of the compose-spec/compose-spec repository (Apache License 2.0), the schema
current `docker compose` validates against, at the commit recorded in SOURCE_COMMIT. The file is checked against
the SHA-256 it had at that commit, so the recorded commit cannot silently drift from the data: to move to a newer
schema, pass the new commit on the command line (its hash is then recorded instead).

Descriptions, titles and comments are dropped (they are not needed to validate and make up half of the file);
everything validation reads (types, properties, patternProperties, additionalProperties, required, items, enum,
oneOf/anyOf, $ref, pattern, minimum/maximum, uniqueItems) is kept as is. The source commit and licence are recorded
in the output's `$comment`, and the licence is copied beside it.

    python3 eng/data/compose-schema.py PATH/TO/compose-spec/schema/compose-spec.json [COMMIT]
"""
import hashlib
import json
import os
import shutil
import sys

SOURCE_COMMIT = "170098ba07d9f53c383a41bfd4c5166b0a4529a6"
SOURCE_SHA256 = "1f91e091f16b2dd50ab8860e02bb391d22df553d91c145eacedb1b6eff9c3f0e"
DROPPED = ("description", "title", "$comment", "deprecated", "default")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "src", "Lint", "Families", "Compose", "Data"))


def strip(node, in_properties=False):
    """Drops documentation keywords; names under properties/patternProperties/definitions are data, not keywords."""
    if isinstance(node, dict):
        return {k: strip(v, k in ("properties", "patternProperties", "definitions") and not in_properties)
                for k, v in node.items() if in_properties or k not in DROPPED}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    source = sys.argv[1]
    raw = open(source, "rb").read()
    digest = hashlib.sha256(raw).hexdigest()
    commit = sys.argv[2] if len(sys.argv) > 2 else SOURCE_COMMIT
    if len(sys.argv) <= 2 and digest != SOURCE_SHA256:
        sys.exit(f"{source} is not schema/compose-spec.json at {SOURCE_COMMIT} (sha256 {digest}); "
                 "pass the commit it comes from as the second argument")

    schema = strip(json.loads(raw))
    schema.pop("$id", None)
    schema = {"$comment": f"Derived from compose-spec/compose-spec schema/compose-spec.json at {commit} "
                          f"(sha256 {digest}), Apache License 2.0 (LICENSE beside this file), "
                          "by eng/data/compose-schema.py.", **schema}
    os.makedirs(OUT_DIR, exist_ok=True)
    out = os.path.join(OUT_DIR, "compose-spec.json")
    with open(out, "w") as handle:
        json.dump(schema, handle, separators=(",", ":"))
        handle.write("\n")
    licence = os.path.join(os.path.dirname(os.path.abspath(source)), "LICENSE")
    if not os.path.exists(licence):
        licence = os.path.join(os.path.dirname(os.path.abspath(source)), "..", "LICENSE")
    if os.path.exists(licence):
        shutil.copyfile(licence, os.path.join(OUT_DIR, "LICENSE"))
    print(f"{os.path.getsize(out)} bytes from {commit} -> {out}")


if __name__ == "__main__":
    main()
