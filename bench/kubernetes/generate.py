#!/usr/bin/env python3
"""Writes a deterministic set of Kubernetes manifests for the benchmark: OBJECTS objects (default 10,000) in
files of 10 objects, 50 files per folder, under bench/out/kubernetes. The same seed gives the same bytes.
With --overlays each folder is a Kustomize base (a kustomization listing its files) with two overlays beside it,
as a GitOps repository lays out environments: staging (namespace, name prefix, image tag) and prod (namespace,
replicas, a strategic-merge patch and a JSON 6902 patch, a config map generator)."""
import os
import random
import shutil
import sys

ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
OVERLAYS = "--overlays" in sys.argv[1:]
OBJECTS = int(ARGS[0]) if ARGS else 10_000
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "out", "kubernetes")
rng = random.Random(20261128)


def deployment(i, kind="Deployment"):
    app = f"app-{i}"
    replicas = rng.choice([1, 2, 3])
    tag = rng.choice(["1.27.1", "2.4.0", "latest", "3.1"])
    secure = rng.random() < 0.6
    security = ("          securityContext:\n            runAsNonRoot: true\n            readOnlyRootFilesystem: true\n"
                "            allowPrivilegeEscalation: false\n            capabilities:\n              drop: [\"ALL\"]\n") if secure else ""
    extra = "  serviceName: " + app + "\n" if kind == "StatefulSet" else ""
    return f"""apiVersion: apps/v1
kind: {kind}
metadata:
  name: {app}
  namespace: team-{i % 7}
  labels:
    app.kubernetes.io/name: {app}
    app.kubernetes.io/part-of: shop
spec:
  replicas: {replicas}
{extra}  selector:
    matchLabels:
      app: {app}
  template:
    metadata:
      labels:
        app: {app}
    spec:
      serviceAccountName: {app}
      containers:
        - name: main
          image: registry.example.com/shop/{app}:{tag}
          args: ["--port=8080", "--log-level=info"]
          ports:
            - name: http
              containerPort: 8080
          env:
            - name: LOG_LEVEL
              value: info
            - name: DB_HOST
              value: db.team-{i % 7}.svc
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
{security}"""


def service(i):
    return f"""apiVersion: v1
kind: Service
metadata:
  name: app-{i}
  namespace: team-{i % 7}
spec:
  selector:
    app: app-{i}
  ports:
    - name: http
      port: 80
      targetPort: http
"""


def service_account(i):
    return f"apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app-{i}\n  namespace: team-{i % 7}\n"


def config_map(i):
    return f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: app-{i}
  namespace: team-{i % 7}
data:
  LOG_LEVEL: info
  FEATURE_FLAGS: "search,checkout"
  application.yaml: |
    server:
      port: 8080
"""


def cron_job(i):
    return f"""apiVersion: batch/v1
kind: CronJob
metadata:
  name: report-{i}
  namespace: team-{i % 7}
spec:
  schedule: "{i % 60} 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: registry.example.com/shop/report:1.{i % 9}
              command: ["/report", "--day=yesterday"]
"""


def ingress(i):
    return f"""apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: app-{i}
  namespace: team-{i % 7}
spec:
  rules:
    - host: app-{i}.shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: app-{i}
                port:
                  number: 80
"""


def hpa(i):
    return f"""apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: app-{i}
  namespace: team-{i % 7}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: app-{i}
  minReplicas: 2
  maxReplicas: 6
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70
"""


def pdb(i):
    return f"""apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: app-{i}
  namespace: team-{i % 7}
spec:
  minAvailable: 1
  selector:
    matchLabels:
      app: app-{i}
"""


MAKERS = [deployment, service, service_account, config_map, cron_job, ingress, hpa, pdb,
          lambda i: deployment(i, "StatefulSet"), service]

shutil.rmtree(ROOT, ignore_errors=True)
count = 0
file_index = 0
while count < OBJECTS:
    folder = os.path.join(ROOT, f"team-{file_index // 50:03d}")
    os.makedirs(folder, exist_ok=True)
    documents = []
    for maker in MAKERS:
        if count == OBJECTS:
            break
        documents.append(maker(count))
        count += 1
    with open(os.path.join(folder, f"manifests-{file_index:04d}.yaml"), "w") as handle:
        handle.write("---\n" + "---\n".join(documents))
    file_index += 1


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as handle:
        handle.write(text)


overlays = 0
if OVERLAYS:
    for team in sorted(os.listdir(ROOT)):
        base = os.path.join(ROOT, team)
        files = sorted(f for f in os.listdir(base) if f.endswith(".yaml"))
        # The first Deployment of the folder's first file is the one the prod patches name.
        first = int(files[0].split("-")[1].split(".")[0]) * len(MAKERS)
        write(os.path.join(base, "kustomization.yaml"), "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n"
              + "".join(f"  - {f}\n" for f in files))
        env = os.path.join(ROOT, "environments", team)
        write(os.path.join(env, "staging", "kustomization.yaml"), f"""apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namePrefix: staging-
resources:
  - ../../../{team}
images:
  - name: registry.example.com/team/app
    newTag: 2.0.0-rc.1
""")
        write(os.path.join(env, "prod", "kustomization.yaml"), f"""apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../../{team}
replicas:
  - name: app-{first}
    count: 3
patches:
  - path: resources.yaml
  - target:
      kind: Deployment
      name: app-{first}
    patch: |-
      - op: add
        path: /spec/template/metadata/annotations
        value:
          example.com/tier: gold
configMapGenerator:
  - name: release
    literals:
      - CHANNEL=stable
""")
        write(os.path.join(env, "prod", "resources.yaml"), f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-{first}
  namespace: team-{first % 7}
spec:
  template:
    spec:
      containers:
        - name: app
          resources:
            limits:
              memory: 1Gi
""")
        overlays += 2
print(f"{count} objects in {file_index} files under {os.path.normpath(ROOT)}"
      + (f", {overlays} overlays over {overlays // 2} bases" if OVERLAYS else ""))
