#!/usr/bin/env bash
# Builds the local base images of the harness when missing (no registry needed):
#   iactest/busybox:<hash>        static busybox (busybox-static), ~2 MB, seconds
#   iactest/debian:<hash>         Debian bookworm minbase via debootstrap, 1-3 minutes cold
#   iactest/debian-python:<hash>  the Debian image + python3 (Ansible target)
#   iactest/debian-sshd:<hash>    the Debian image + openssh-server and sudo (SSH targets for drift checks)
#   iactest/debian-systemd:<hash> the Debian image + systemd as PID 1 and python3 (platform debian:bookworm:systemd;
#                                 other releases and flavors are built by the harness when a test asks for them)
# <hash> is the content hash of the recipe (src/Harness/Images/Recipes) and its inputs, the same one the
# harness computes, so images built here are the ones tests use. Usage: eng/build-images.sh [busybox|debian|debian-python|debian-sshd|debian-systemd ...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
recipes="$here/../src/Harness/Images/Recipes"
say() { printf '[build-images] %s\n' "$*"; }

mirror="${IACTEST_DEBIAN_MIRROR:-}"
if [ -z "$mirror" ]; then
  mirror="$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)"
fi
if [ -z "$mirror" ]; then
  mirror="$(awk '$1=="deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)"
fi
mirror="${mirror:-http://deb.debian.org/debian}"
export IACTEST_DEBIAN_MIRROR="$mirror"

hash_of() { { cat "$1"; printf '\n%s' "$2"; } | sha256sum | cut -c1-12; }
present() { docker image inspect "$1" >/dev/null 2>&1; }

busybox_tag="iactest/busybox:$(hash_of "$recipes/busybox.sh" "$(sha256sum "${IACTEST_BUSYBOX:-/bin/busybox}" | cut -c1-64)")"
debian_tag="iactest/debian:$(hash_of "$recipes/debian.sh" "$mirror")"
python_tag="iactest/debian-python:$(hash_of "$recipes/debian-python.Dockerfile" "$debian_tag")"
sshd_tag="iactest/debian-sshd:$(hash_of "$recipes/debian-sshd.Dockerfile" "$debian_tag")"
systemd_tag="iactest/debian-systemd:$(hash_of "$recipes/debian-systemd.Dockerfile" "$debian_tag")"

labels() { printf 'iactest.image=%s\niactest.recipe-hash=%s\n' "$1" "${2##*:}"; }

build() {
  local name="$1" tag="$2" started
  if present "$tag"; then say "$name: $tag present"; return; fi
  started=$(date +%s)
  say "$name: building $tag"
  case "$name" in
    busybox) bash "$recipes/busybox.sh" "$tag" $(labels busybox "$tag") ;;
    debian)  bash "$recipes/debian.sh" "$tag" $(labels debian "$tag") | sed 's/^/[build-images]   /' ;;
    debian-python)
      build debian "$debian_tag"
      docker build -q -f "$recipes/debian-python.Dockerfile" --build-arg "BASE_IMAGE=$debian_tag" \
        --label iactest.image=debian-python --label "iactest.recipe-hash=${tag##*:}" -t "$tag" "$recipes" >/dev/null ;;
    debian-systemd)
      build debian "$debian_tag"
      docker build -q -f "$recipes/debian-systemd.Dockerfile" --build-arg "BASE_IMAGE=$debian_tag" \
        --label iactest.image=debian-systemd --label "iactest.recipe-hash=${tag##*:}" -t "$tag" "$recipes" >/dev/null ;;
    debian-sshd)
      build debian "$debian_tag"
      docker build -q -f "$recipes/debian-sshd.Dockerfile" --build-arg "BASE_IMAGE=$debian_tag" \
        --label iactest.image=debian-sshd --label "iactest.recipe-hash=${tag##*:}" -t "$tag" "$recipes" >/dev/null ;;
  esac
  say "$name: built $tag in $(( $(date +%s) - started ))s"
}

targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(busybox debian debian-python debian-sshd)
for t in "${targets[@]}"; do
  case "$t" in
    busybox) build busybox "$busybox_tag" ;;
    debian) build debian "$debian_tag" ;;
    debian-python) build debian-python "$python_tag" ;;
    debian-sshd) build debian-sshd "$sshd_tag" ;;
    debian-systemd) build debian-systemd "$systemd_tag" ;;
    *) say "error: unknown image '$t' (busybox, debian, debian-python, debian-sshd, debian-systemd)"; exit 2 ;;
  esac
done
