#!/usr/bin/env bash
# Installs and starts what the tests need on a Debian machine: Ansible (converge and rendering), the reference
# linters (conformance data and benchmarks), debootstrap/busybox (local base images), zsh and fish (the completion
# scripts are tested in them) and the Docker engine.
# Idempotent and fast when everything is already there. Run as root (or with sudo available).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(docker.io ansible yamllint ansible-lint debootstrap busybox-static pre-commit zsh fish)
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)

missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "setup: packages ready ($(ansible --version | sed -n 1p | tr -d '[]'), yamllint $(yamllint --version | cut -d' ' -f2))"

# HashiCorp's HCL parser in WebAssembly: the reference the HCL parser's conformance tests compare against.
if command -v npm >/dev/null && [ ! -d artifacts/tools/hcl2json/node_modules/@cdktf/hcl2json ]; then
  npm install --prefix artifacts/tools/hcl2json --no-audit --no-fund @cdktf/hcl2json@0.21.0 >/dev/null
fi

bash eng/docker-up.sh
if [ -f eng/build-images.sh ]; then
  bash eng/build-images.sh
fi
echo "setup: done"
