#!/usr/bin/env bash
# Gathers the facts preset of a platform with the real `ansible -m setup` against a throw-away container of a
# local base image, and writes them, trimmed to what describes the platform, to src/Harness/Rendering/Facts.
# Values that describe the machine the container happens to run on (host name, addresses, kernel, CPUs, memory,
# mounts, dates, the container's PID 1 as service manager) are left out: a template that needs one fails with
# "undefined" instead of rendering this machine's values.
# Usage: eng/gather-facts.sh [debian-12]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
say() { printf '[gather-facts] %s\n' "$*"; }

platform="${1:-debian-12}"
case "$platform" in
  debian-12) image_kind=debian-python ;;
  *) say "error: unknown platform '$platform' (debian-12)"; exit 2 ;;
esac

# The image the harness uses (built when missing; the build script prints its content-hashed tag).
tag="$(bash "$here/build-images.sh" "$image_kind" | sed -n 's/.*\(iactest\/[a-z-]*:[0-9a-f]*\).*/\1/p' | tail -1)"
[ -n "$tag" ] || { say "error: no $image_kind image"; exit 1; }
say "image $tag"

name="iactest-facts-$$"
work="$(mktemp -d)"
cleanup() { docker rm -f "$name" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
docker run -d --init --name "$name" --label iactest.purpose=gather-facts "$tag" sleep 600 >/dev/null

ANSIBLE_CONFIG="$work/none.cfg" ANSIBLE_NOCOLOR=1 ANSIBLE_PYTHON_INTERPRETER=auto_silent \
  ansible all -i "$name," -c community.docker.docker -m ansible.builtin.setup --tree "$work/tree" >/dev/null

out="$here/../src/Harness/Rendering/Facts/$platform.json"
python3 - "$work/tree/$name" "$out" <<'PY'
import json, sys
facts = json.load(open(sys.argv[1]))["ansible_facts"]
# Facts that belong to the platform (distribution, package manager, Python, architecture, the connecting user);
# everything else describes the host or the container and is dropped.
keep = {
    "architecture", "distribution", "distribution_file_parsed", "distribution_file_path",
    "distribution_file_variety", "distribution_major_version", "distribution_release", "distribution_version",
    "os_family", "system", "machine", "userspace_architecture", "userspace_bits", "pkg_mgr", "python",
    "python_version", "lsb", "selinux", "selinux_python_present", "fips", "user_id", "user_uid", "user_gid",
    "user_dir", "user_shell", "user_gecos", "real_user_id", "effective_user_id", "real_group_id",
    "effective_group_id", "local",
}
trimmed = {key: value for key, value in sorted(facts.items()) if key.removeprefix("ansible_") in keep}
python = trimmed.get("ansible_python", {})
python.pop("executable", None)  # the interpreter path found on this container, not a platform fact
with open(sys.argv[2], "w", encoding="utf-8") as out:
    json.dump(trimmed, out, indent=2, sort_keys=True)
    out.write("\n")
print(f"{len(trimmed)} of {len(facts)} facts kept")
PY
say "wrote ${out#$here/../}"
