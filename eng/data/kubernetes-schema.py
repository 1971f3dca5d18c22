#!/usr/bin/env python3
"""Derives src/Lint/Families/Kubernetes/Data/schema.json from the Kubernetes API models.

Two generated views of the Kubernetes OpenAPI definitions are read:

- Debian's python3-kubernetes 22.6.0 (release-1.22): `openapi_types` gives every field's type, `attribute_map` its
  JSON name, and a setter that rejects None marks a required field. It is the base: the kinds IacTest validates and
  the types they reach.
- The npm package kubernetes-types 1.30.0 (TypeScript declarations generated from the release-1.30 OpenAPI
  definitions), which keeps what the Python models lose: a resource quantity is `Quantity` (Python: str) and an
  int-or-string is `number | string` (Python: object). Every field of every kept type takes its format from there, so
  no quantity or int-or-string field is missed. Fields and types added to the API since 1.22 (sidecar
  `restartPolicy`, `resizePolicy`, `schedulingGates`, gRPC probes, …) are taken from there too, as optional fields:
  a current manifest must not be told a real field is unknown.

    apt-get download python3-kubernetes && dpkg -x python3-kubernetes_*.deb /tmp/k8s
    (cd /tmp && npm pack kubernetes-types@1.30.0 && tar xzf kubernetes-types-1.30.0.tgz)
    python3 eng/data/kubernetes-schema.py /tmp/k8s/usr/lib/python3/dist-packages/kubernetes/client/models /tmp/package
"""
import ast
import json
import os
import re
import sys

MODELS = sys.argv[1] if len(sys.argv) > 1 else "/tmp/k8s/usr/lib/python3/dist-packages/kubernetes/client/models"
TS_TYPES = sys.argv[2] if len(sys.argv) > 2 else "/tmp/package"
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "Lint", "Families", "Kubernetes", "Data", "schema.json")

# apiVersion/kind -> model class. autoscaling/v2 has the schema of v2beta2 (promoted unchanged in 1.23).
KINDS = {
    "v1/Pod": "V1Pod", "v1/Service": "V1Service", "v1/ConfigMap": "V1ConfigMap", "v1/Secret": "V1Secret",
    "v1/ServiceAccount": "V1ServiceAccount", "v1/PersistentVolumeClaim": "V1PersistentVolumeClaim",
    "v1/Namespace": "V1Namespace",
    "apps/v1/Deployment": "V1Deployment", "apps/v1/StatefulSet": "V1StatefulSet", "apps/v1/DaemonSet": "V1DaemonSet",
    "apps/v1/ReplicaSet": "V1ReplicaSet",
    "batch/v1/Job": "V1Job", "batch/v1/CronJob": "V1CronJob",
    "networking.k8s.io/v1/Ingress": "V1Ingress", "networking.k8s.io/v1/NetworkPolicy": "V1NetworkPolicy",
    "rbac.authorization.k8s.io/v1/Role": "V1Role", "rbac.authorization.k8s.io/v1/ClusterRole": "V1ClusterRole",
    "rbac.authorization.k8s.io/v1/RoleBinding": "V1RoleBinding",
    "rbac.authorization.k8s.io/v1/ClusterRoleBinding": "V1ClusterRoleBinding",
    "autoscaling/v1/HorizontalPodAutoscaler": "V1HorizontalPodAutoscaler",
    "autoscaling/v2/HorizontalPodAutoscaler": "V2beta2HorizontalPodAutoscaler",
    "policy/v1/PodDisruptionBudget": "V1PodDisruptionBudget",
}

# Versions the API server no longer serves: apiVersion/kind -> (removed in, replacement).
REMOVED = {
    "extensions/v1beta1/Deployment": ("1.16", "apps/v1"), "extensions/v1beta1/DaemonSet": ("1.16", "apps/v1"),
    "extensions/v1beta1/ReplicaSet": ("1.16", "apps/v1"), "extensions/v1beta1/NetworkPolicy": ("1.16", "networking.k8s.io/v1"),
    "extensions/v1beta1/Ingress": ("1.22", "networking.k8s.io/v1"),
    "apps/v1beta1/Deployment": ("1.16", "apps/v1"), "apps/v1beta1/StatefulSet": ("1.16", "apps/v1"),
    "apps/v1beta2/Deployment": ("1.16", "apps/v1"), "apps/v1beta2/StatefulSet": ("1.16", "apps/v1"),
    "apps/v1beta2/DaemonSet": ("1.16", "apps/v1"), "apps/v1beta2/ReplicaSet": ("1.16", "apps/v1"),
    "networking.k8s.io/v1beta1/Ingress": ("1.22", "networking.k8s.io/v1"),
    "rbac.authorization.k8s.io/v1beta1/Role": ("1.22", "rbac.authorization.k8s.io/v1"),
    "rbac.authorization.k8s.io/v1beta1/ClusterRole": ("1.22", "rbac.authorization.k8s.io/v1"),
    "rbac.authorization.k8s.io/v1beta1/RoleBinding": ("1.22", "rbac.authorization.k8s.io/v1"),
    "rbac.authorization.k8s.io/v1beta1/ClusterRoleBinding": ("1.22", "rbac.authorization.k8s.io/v1"),
    "batch/v1beta1/CronJob": ("1.25", "batch/v1"),
    "policy/v1beta1/PodDisruptionBudget": ("1.25", "policy/v1"),
    "autoscaling/v2beta1/HorizontalPodAutoscaler": ("1.25", "autoscaling/v2"),
    "autoscaling/v2beta2/HorizontalPodAutoscaler": ("1.26", "autoscaling/v2"),
}

# Fields the Python models type as `object` that are free-form JSON, not int-or-string.
FREE_FORM = {("V1ManagedFieldsEntry", "fields_v1")}


def class_file(name):
    return os.path.join(MODELS, re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower() + ".py")


def read_model(name):
    path = class_file(name)
    if not os.path.exists(path):
        # File names split acronyms differently (V1HTTPGetAction -> v1_http_get_action): search by class.
        for f in os.listdir(MODELS):
            with open(os.path.join(MODELS, f)) as h:
                if f"class {name}(object)" in h.read():
                    path = os.path.join(MODELS, f)
                    break
    source = open(path).read()
    tree = ast.parse(source)
    types = maps = None
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id == "openapi_types":
                types = ast.literal_eval(node.value)
            elif node.targets[0].id == "attribute_map":
                maps = ast.literal_eval(node.value)
    required = set(re.findall(r"Invalid value for `(\w+)`, must not be `None`", source))
    return types, maps, required


def convert(t, refs):
    if t.startswith("list["):
        return "[" + convert(t[5:-1], refs) + "]"
    if t.startswith("dict("):
        return "{" + convert(t[len("dict(str, "):-1], refs) + "}"
    simple = {"str": "string", "int": "integer", "bool": "boolean", "float": "number", "object": "any",
              "datetime": "string", "date": "string"}
    if t in simple:
        return simple[t]
    refs.append(t)
    return t


class TypeScriptTypes:
    """The interfaces of kubernetes-types: (version, name) -> {json field: (TypeScript type, optional)}."""

    def __init__(self, root):
        self.root = root
        self.modules = {}  # "core/v1" -> {"interfaces": {...}, "imports": {name: module}}
        for group in sorted(os.listdir(root)):
            folder = os.path.join(root, group)
            if not os.path.isdir(folder):
                continue
            for f in sorted(os.listdir(folder)):
                if f.endswith(".d.ts"):
                    self.modules[f"{group}/{f[:-5]}"] = self.parse(os.path.join(folder, f), group)

    @staticmethod
    def parse(path, group):
        text = re.sub(r"/\*.*?\*/", "", open(path).read(), flags=re.S)
        imports = {}
        for names, module in re.findall(r'import \{([^}]*)\} from "([^"]+)"', text):
            target = os.path.normpath(os.path.join(group, module)).replace(os.sep, "/")
            for n in names.split(","):
                imports[n.strip()] = target
        interfaces = {}
        for name, body in re.findall(r"^export interface (\w+) \{\n(.*?)^\}", text, flags=re.S | re.M):
            fields, depth, current = {}, 0, ""
            for ch in body:
                current += ch
                depth += ch == "{"
                depth -= ch == "}"
                if ch == ";" and depth == 0:
                    m = re.match(r"\s*(\w+)(\??):\s*(.*);\s*$", current, flags=re.S)
                    if m:
                        fields[m.group(1)] = (re.sub(r"\s+", " ", m.group(3)).strip(), m.group(2) == "?")
                    current = ""
            interfaces[name] = fields
        return {"interfaces": interfaces, "imports": imports}

    def find(self, version, name, known_fields):
        """The module and fields of `name` in an API version (a beta promoted unchanged is found under its GA).
        Names repeat across groups (rbac and flowcontrol both have a v1 Subject): the interface sharing most fields
        with the Python model is the same type."""
        for v in dict.fromkeys([version, re.sub(r"(alpha|beta)\d+$", "", version)]):
            candidates = [(module, content["interfaces"][name]) for module, content in self.modules.items()
                          if module.endswith("/" + v) and name in content["interfaces"]]
            if candidates:
                return max(candidates, key=lambda c: len(known_fields & set(c[1])))
        return None, None

    def resolve(self, module, name):
        """Where a name used in a module is declared: the module itself or the one it imports it from."""
        content = self.modules[module]
        if name in content["interfaces"]:
            return module
        return content["imports"].get(name)


def ts_format(ts):
    """The schema type a TypeScript field type fixes regardless of the Python model, or None."""
    if ts == "Quantity":
        return "quantity"
    if ts in ("number | string", "string | number"):
        return "int-or-string"
    m = re.fullmatch(r"\{ \[name: string\]: (.*); \}", ts)
    if m and ts_format(m.group(1)):
        return "{" + ts_format(m.group(1)) + "}"
    m = re.fullmatch(r"Array<(.*)>", ts)
    if m and ts_format(m.group(1)):
        return "[" + ts_format(m.group(1)) + "]"
    return None


def model_name(module, name):
    """kubernetes-types `core/v1` `PodOS` -> the Python client's class name `V1PodOS`."""
    version = module.split("/")[1]
    return version[0].upper() + version[1:] + name


def from_typescript(ts, module, types, pending_ts):
    """Converts a TypeScript field type to the schema's notation; interfaces it names are queued."""
    fmt = ts_format(ts)
    if fmt:
        return fmt
    m = re.fullmatch(r"Array<(.*)>", ts)
    if m:
        return "[" + from_typescript(m.group(1), module, types, pending_ts) + "]"
    m = re.fullmatch(r"\{ \[name: string\]: (.*); \}", ts)
    if m:
        return "{" + from_typescript(m.group(1), module, types, pending_ts) + "}"
    simple = {"string": "string", "number": "number", "boolean": "boolean", "Time": "string", "MicroTime": "string"}
    if ts in simple:
        return simple[ts]
    if re.fullmatch(r"\w+", ts) and module:
        target = types.resolve(module, ts)
        if target:
            pending_ts.append((target, ts))
            return model_name(target, ts)
    return "any"


def main():
    ts_types = TypeScriptTypes(TS_TYPES)
    types = {}
    pending = list(dict.fromkeys(KINDS.values()))
    pending_ts = []
    formats = added = 0
    untyped_objects = []
    while pending or pending_ts:
        if pending:
            name = pending.pop()
            if name in types:
                continue
            openapi, attribute_map, required = read_model(name)
            version, short = re.match(r"V(\d+(?:(?:alpha|beta)\d+)?)(\w+)", name).groups()
            module, ts_fields = ts_types.find("v" + version, short, set(attribute_map.values()))
            ts_fields = ts_fields or {}
            fields = {}
            for attr, t in openapi.items():
                json_name = attribute_map[attr]
                fmt = ts_format(ts_fields.get(json_name, ("", True))[0])
                if fmt:
                    # kubernetes-types knows the format the Python model lost (str or object).
                    fields[json_name] = fmt
                    formats += 1
                    continue
                if t == "object" and (name, attr) not in FREE_FORM:
                    untyped_objects.append(f"{name}.{json_name}")
                refs = []
                fields[json_name] = convert(t, refs)
                pending.extend(refs)
            for json_name, (ts, _) in ts_fields.items():
                if json_name not in fields:
                    fields[json_name] = from_typescript(ts, module, ts_types, pending_ts)
                    added += 1
            entry = {"fields": fields}
            req = sorted(attribute_map[a] for a in required)
            if req:
                entry["required"] = req
            types[name] = entry
        else:
            module, short = pending_ts.pop()
            name = model_name(module, short)
            if name in types:
                continue
            if os.path.exists(class_file(name)):
                # The Python client has the type: read it as every other (it may gain fields above).
                pending.append(name)
                continue
            ts_fields = ts_types.modules[module]["interfaces"][short]
            fields = {k: from_typescript(ts, module, ts_types, pending_ts) for k, (ts, _) in ts_fields.items()}
            entry = {"fields": fields}
            req = sorted(k for k, (_, optional) in ts_fields.items() if not optional)
            if req:
                entry["required"] = req
            types[name] = entry
    if untyped_objects:
        sys.exit("object fields with no int-or-string in kubernetes-types and not known to be free-form: "
                 + ", ".join(untyped_objects))
    data = {
        "source": "python3-kubernetes 22.6.0 models (Kubernetes OpenAPI release-1.22); formats, and fields added "
                  "since, from kubernetes-types 1.30.0 (Kubernetes OpenAPI release-1.30)",
        "kinds": KINDS,
        "removed": {k: {"removedIn": v[0], "use": v[1]} for k, v in REMOVED.items()},
        "types": dict(sorted(types.items())),
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as h:
        json.dump(data, h, separators=(",", ":"), sort_keys=False)
        h.write("\n")
    print(f"{len(types)} types, {formats} formats from kubernetes-types, {added} fields added since 1.22, "
          f"{os.path.getsize(OUT)} bytes -> {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
