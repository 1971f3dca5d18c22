#!/usr/bin/env python3
"""Derives src/Lint/Data/Compose/compose-spec.json from the Compose specification's JSON schema.

Source: the compose-spec schema shipped by Debian's docker-compose package (compose/config/compose_spec.json).
Descriptions are dropped, the long port syntax gains the fields added to the specification since
(host_ip, name, app_protocol, a published range as a string); everything validation uses (types, properties, patterns, required, enums, references,
oneOf/anyOf) is kept as is.

    apt-get download docker-compose && dpkg -x docker-compose_*.deb /tmp/compose
    python3 eng/data/compose-schema.py /tmp/compose/usr/lib/python3/dist-packages/compose/config/compose_spec.json
"""
import json
import os
import sys

SOURCE = sys.argv[1] if len(sys.argv) > 1 else "/tmp/compose/usr/lib/python3/dist-packages/compose/config/compose_spec.json"
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "Lint", "Data", "Compose", "compose-spec.json")


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in ("description", "title", "$comment")}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


schema = strip(json.load(open(SOURCE)))

# Properties the specification gained after this schema was published, which current Compose accepts.
ports_long = schema["definitions"]["service"]["properties"]["ports"]["items"]["oneOf"][2]
ports_long["properties"].setdefault("host_ip", {"type": "string"})
ports_long["properties"].setdefault("name", {"type": "string"})
ports_long["properties"].setdefault("app_protocol", {"type": "string"})
ports_long["properties"]["published"] = {"type": ["string", "integer"]}
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as h:
    json.dump(schema, h, separators=(",", ":"))
    h.write("\n")
print(f"{os.path.getsize(OUT)} bytes -> {os.path.normpath(OUT)}")
