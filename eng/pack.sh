#!/usr/bin/env bash
# Packs IacTest.Sdk, IacTest.Lint, IacTest.Harness, the iactest tool and the dotnet new templates (IacTest.Templates,
# whose SDK version defaults to this one) into artifacts/packages, the local feed the samples restore from. The
# version is the repository's (Directory.Build.props) unless VERSION is set.
set -euo pipefail
cd "$(dirname "$0")/.."
version=${VERSION:-$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)}
rm -f artifacts/packages/IacTest.*."$version".nupkg
for project in src/Lint src/Harness src/Sdk src/Cli src/Templates; do
  dotnet pack "$project" -c Release -o artifacts/packages -p:Version="$version" -nodeReuse:false -v:q -clp:ErrorsOnly
done
echo "pack: IacTest packages $version in artifacts/packages"
