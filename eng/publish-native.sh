#!/usr/bin/env bash
# Publishes `iactest` as one self-contained native binary per platform (Native AOT: no .NET runtime needed on the
# machine that runs it) and archives each with its SHA-256, into artifacts/native:
#   iactest-<version>-<rid>.tar.gz (iactest-<version>-<rid>.zip for Windows) and SHA256SUMS.
#   eng/publish-native.sh                      the machine's own platform
#   eng/publish-native.sh linux-x64 linux-arm64
# Native AOT compiles on the platform it targets: linux-* on Linux (linux-arm64 from x64 needs clang, lld and an
# arm64 sysroot, or an arm64 runner), osx-* on macOS, win-* on Windows; CI publishes one platform per runner. A
# platform that cannot be built here is reported and the others go on; the exit code is 1 if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
version=${VERSION:-$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)}
host_rid() {
  local os arch
  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=osx ;; *) os=win ;; esac
  case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) arch="$(uname -m)" ;; esac
  echo "$os-$arch"
}
rids=("$@")
[[ ${#rids[@]} -eq 0 ]] && rids=("$(host_rid)")
out=artifacts/native
mkdir -p "$out"
failed=0
for rid in "${rids[@]}"; do
  staging="$out/$rid"
  rm -rf "$staging"
  echo "publish-native: $rid …"
  if ! dotnet publish src/Cli -c Release -r "$rid" -p:PublishAot=true -p:Version="$version" -o "$staging" -nologo -v q -clp:ErrorsOnly; then
    echo "publish-native: $rid could not be built on this machine (see above)"
    failed=1
    continue
  fi
  # Only the binary ships: the debug symbols stay beside it for crash reports.
  binary=iactest
  [[ $rid == win-* ]] && binary=iactest.exe
  archive="iactest-$version-$rid"
  if [[ $rid == win-* ]]; then
    (cd "$staging" && rm -f "../$archive.zip" && zip -q "../$archive.zip" "$binary")
    archive="$archive.zip"
  else
    tar -C "$staging" -czf "$out/$archive.tar.gz" "$binary"
    archive="$archive.tar.gz"
  fi
  size=$(du -k "$staging/$binary" | cut -f1)
  echo "publish-native: $out/$archive ($rid, binary $size KiB)"
done
(cd "$out" && sha256sum iactest-"$version"-*.tar.gz iactest-"$version"-*.zip 2>/dev/null > SHA256SUMS)
exit $failed
