#!/usr/bin/env bash
# Recipe iactest/busybox: the host's static busybox (Debian busybox-static) as a 2 MB root file system.
# Usage: busybox.sh TAG [LABEL=VALUE ...]   (the content hash of this file is part of TAG)
set -euo pipefail
tag="$1"; shift
busybox_bin="${IACTEST_BUSYBOX:-/bin/busybox}"
if ! file -L "$busybox_bin" 2>/dev/null | grep -q 'statically linked'; then
  echo "error: $busybox_bin is not a static busybox; apt-get install busybox-static" >&2; exit 1
fi
root="$(mktemp -d)"; trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,etc,tmp,root,proc,sys,dev,run,var/log,var/run,home}
chmod 1777 "$root/tmp"
cp "$busybox_bin" "$root/bin/busybox"
for applet in $("$busybox_bin" --list); do
  [ "$applet" = busybox ] || ln -s busybox "$root/bin/$applet"
done
printf 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$root/etc/passwd"
printf 'root:x:0:\ndaemon:x:1:\nnogroup:x:65534:\n' >"$root/etc/group"
printf 'hosts: files dns\n' >"$root/etc/nsswitch.conf"
changes=(--change 'CMD ["/bin/sh"]' --change 'ENV PATH=/usr/sbin:/usr/bin:/sbin:/bin')
for label in "$@"; do changes+=(--change "LABEL $label"); done
tar -C "$root" --numeric-owner -c . | docker import "${changes[@]}" - "$tag" >/dev/null
