#!/usr/bin/env bash
# Recipe iactest/debian: a Debian release (IACTEST_DEBIAN_SUITE, default bookworm) minbase from the host's Debian
# mirror (debootstrap), apt caches removed.
# Usage: debian.sh TAG [LABEL=VALUE ...]   with IACTEST_DEBIAN_MIRROR set (mirror and suite are part of the hash)
set -euo pipefail
tag="$1"; shift
mirror="${IACTEST_DEBIAN_MIRROR:?IACTEST_DEBIAN_MIRROR must name a Debian mirror}"
suite="${IACTEST_DEBIAN_SUITE:-bookworm}"
root="$(mktemp -d)"; trap 'rm -rf "$root"' EXIT
echo "debootstrap --variant=minbase ${suite} from ${mirror} (1-3 minutes)"
debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$root.log" 2>&1 || { tail -n 20 "$root.log" >&2; rm -f "$root.log"; exit 1; }
rm -f "$root.log"
printf 'deb %s %s main\n' "$mirror" "$suite" >"$root/etc/apt/sources.list"
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/var/log/*.log
# No lists, so no fresh cache: Ansible's apt module dates the cache by this folder (cache_valid_time).
touch -d @0 "$root"/var/lib/apt/lists
changes=(--change 'CMD ["/bin/bash"]' --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin')
for label in "$@"; do changes+=(--change "LABEL $label"); done
echo "importing the root file system"
tar -C "$root" --numeric-owner -c . | docker import "${changes[@]}" - "$tag" >/dev/null
