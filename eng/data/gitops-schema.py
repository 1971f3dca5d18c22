#!/usr/bin/env python3
"""Derives src/Lint/Families/Kubernetes/Data/gitops/schema.json: the schemas of the Argo CD and Flux resources, which the
kubernetes-schema rule checks beside the built-in kinds.

Source: the CustomResourceDefinitions the projects publish (Apache License 2.0), at the commits below:
- argoproj/argo-cd `manifests/crds/` at 37ee0097cf851bc2dd7665fc081bbce61a7e836e: Application, ApplicationSet,
  AppProject;
- fluxcd/source-controller at 39b711b111fa906c3db0a424e252a5d12e48646d, fluxcd/kustomize-controller at
  186fb3b29138ce82ff61ba1a9370b96a3dd598fe and fluxcd/helm-controller at 0f61a8607a62be64638f2f912d9487e653960a6e,
  `config/crd/bases/`: GitRepository, OCIRepository, HelmRepository, HelmChart, Bucket, ExternalArtifact,
  Kustomization, HelmRelease, every served version.

Each file is checked against the SHA-256 it had at that commit, so the recorded commits cannot drift from the data;
to move to newer CRDs, update the commits and hashes here together. The conversion is crd-schema.py's (types,
required fields, enums, int-or-string, open objects); the licences are copied beside the output.

    python3 eng/data/gitops-schema.py PATH/TO/gitops-crds     # a folder with argo-cd/ and flux/ as above
"""
import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys

CRDS = {
    "argo-cd/application-crd.yaml": "9fd0da3e7097ad6d1af614fabd5c960bc7ddb00d768c3ef485a2fda6e9460df8",
    "argo-cd/applicationset-crd.yaml": "3dd600079b67cbb5d7b87750464914c1cc62a977cf364b8004c6875fa1fb3f0f",
    "argo-cd/appproject-crd.yaml": "ab225266944322750136f1198d93786e4a79a0e43c8d149abfba44da30a3eac8",
    "flux/helm.toolkit.fluxcd.io_helmreleases.yaml": "aa8638ac68465ceac1f93a617baf5be833c589c51fd78a7384a4a274c252becc",
    "flux/kustomize.toolkit.fluxcd.io_kustomizations.yaml": "da23ca0e6b4c80d3d26a91583137491e147ef4ef1e2208aece0d0af4ef851974",
    "flux/source.toolkit.fluxcd.io_buckets.yaml": "7be598fad94f7b81d99c196a649f55c70edf5b4ab9de32c13e8eda31c14f46ef",
    "flux/source.toolkit.fluxcd.io_externalartifacts.yaml": "f4939240c967e4da1208c7203cd8edd0cd1ff62cabc9a767e7293dedd2f50b91",
    "flux/source.toolkit.fluxcd.io_gitrepositories.yaml": "bd0c08183287b2eea0d885751fc686bc4b2b583e919de6bd57859170b8d1727f",
    "flux/source.toolkit.fluxcd.io_helmcharts.yaml": "3e319fc2b5c4aeaf8fa3ca161c253037e2f78177b986a0df3e85ba4853615b05",
    "flux/source.toolkit.fluxcd.io_helmrepositories.yaml": "0f3c34df4a25c88c7ad7825ada26d696aa53d92ec2c0ca540e1f9a05db247fa9",
    "flux/source.toolkit.fluxcd.io_ocirepositories.yaml": "80c7c6e5c8de0764cc83acd4de5c74bea8e51186085304d22cecc5f2eb35500e",
}

SOURCE = ("Argo CD CRDs (argoproj/argo-cd manifests/crds at 37ee0097cf851bc2dd7665fc081bbce61a7e836e); Flux CRDs "
          "(fluxcd/source-controller at 39b711b111fa906c3db0a424e252a5d12e48646d, fluxcd/kustomize-controller at "
          "186fb3b29138ce82ff61ba1a9370b96a3dd598fe, fluxcd/helm-controller at 0f61a8607a62be64638f2f912d9487e653960a6e); "
          "Apache License 2.0")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    out_dir = os.path.join(here, "..", "..", "src", "Lint", "Families", "Kubernetes", "Data", "gitops")
    files = []
    for name, expected in CRDS.items():
        path = os.path.join(folder, name)
        actual = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if actual != expected:
            sys.exit(f"{name}: SHA-256 {actual} is not the recorded {expected}: update the commits and hashes together")
        files.append(path)
    os.makedirs(out_dir, exist_ok=True)
    subprocess.run([sys.executable, os.path.join(here, "crd-schema.py"), os.path.join(out_dir, "schema.json"), *files,
                    "--source", SOURCE], check=True)
    shutil.copyfile(os.path.join(folder, "argo-cd", "LICENSE"), os.path.join(out_dir, "LICENSE.argo-cd"))
    shutil.copyfile(os.path.join(folder, "flux", "LICENSE"), os.path.join(out_dir, "LICENSE.flux"))


if __name__ == "__main__":
    main()
