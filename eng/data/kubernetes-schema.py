#!/usr/bin/env python3
"""Derives src/Lint/Data/Kubernetes/schema.json from the Kubernetes API models.

Source: Debian's python3-kubernetes, whose models are generated from the Kubernetes OpenAPI definitions
(release-1.22): `openapi_types` gives every field's type, `attribute_map` its JSON name, and a setter that rejects
None marks a required field. Only the kinds IacTest validates (and the types they reach) are kept.

    apt-get download python3-kubernetes && dpkg -x python3-kubernetes_*.deb /tmp/k8s
    python3 eng/data/kubernetes-schema.py /tmp/k8s/usr/lib/python3/dist-packages/kubernetes/client/models
"""
import ast
import json
import os
import re
import sys

MODELS = sys.argv[1] if len(sys.argv) > 1 else "/tmp/k8s/usr/lib/python3/dist-packages/kubernetes/client/models"
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "Lint", "Data", "Kubernetes", "schema.json")

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

# The models type resource quantities as str and int-or-string fields as object; the API accepts both forms.
QUANTITY_MAPS = {("V1ResourceRequirements", "limits"), ("V1ResourceRequirements", "requests"),
                 ("V1ResourceQuotaSpec", "hard")}
QUANTITIES = {("V1EmptyDirVolumeSource", "size_limit")}
INT_OR_STRING = {("V1ContainerPort", "x"), ("V1ServicePort", "target_port"), ("V1HTTPGetAction", "port"),
                 ("V1TCPSocketAction", "port"), ("V1RollingUpdateDeployment", "max_surge"),
                 ("V1RollingUpdateDeployment", "max_unavailable"), ("V1RollingUpdateDaemonSet", "max_surge"),
                 ("V1RollingUpdateDaemonSet", "max_unavailable"), ("V1PodDisruptionBudgetSpec", "min_available"),
                 ("V1PodDisruptionBudgetSpec", "max_unavailable"), ("V1NetworkPolicyPort", "port"),
                 ("V1ServiceBackendPort", "number")}


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


def main():
    types = {}
    pending = list(dict.fromkeys(KINDS.values()))
    while pending:
        name = pending.pop()
        if name in types:
            continue
        openapi, attribute_map, required = read_model(name)
        fields = {}
        for attr, t in openapi.items():
            refs = []
            converted = convert(t, refs)
            if (name, attr) in QUANTITY_MAPS:
                converted = "{quantity}"
            elif (name, attr) in QUANTITIES:
                converted = "quantity"
            elif (name, attr) in INT_OR_STRING:
                converted = "int-or-string"
            else:
                pending.extend(refs)
            fields[attribute_map[attr]] = converted
        entry = {"fields": fields}
        req = sorted(attribute_map[a] for a in required)
        if req:
            entry["required"] = req
        types[name] = entry
    data = {
        "source": "python3-kubernetes 22.6.0 models (Kubernetes OpenAPI release-1.22)",
        "kinds": KINDS,
        "removed": {k: {"removedIn": v[0], "use": v[1]} for k, v in REMOVED.items()},
        "types": dict(sorted(types.items())),
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as h:
        json.dump(data, h, separators=(",", ":"), sort_keys=False)
        h.write("\n")
    print(f"{len(types)} types, {os.path.getsize(OUT)} bytes -> {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
