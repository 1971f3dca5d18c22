#!/usr/bin/env bash
# Records the public API of IacTest.Lint and IacTest.Harness in their PublicAPI.Unshipped.txt, with the analyzer's own
# code fix (offline): run it after a deliberate change of the surface (or a merge), review the diff of the .txt files,
# and commit them. On a release, move the Unshipped lines into PublicAPI.Shipped.txt.
#   eng/update-public-api.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/Lint/IacTest.Lint.csproj src/Harness/IacTest.Harness.csproj; do
  folder="$(dirname "$project")"
  for file in PublicAPI.Shipped.txt PublicAPI.Unshipped.txt; do
    [[ -f "$folder/$file" ]] || printf '#nullable enable\n' > "$folder/$file"
  done
  # RS0016: a public symbol missing from the files (added); RS0017: a recorded symbol that is gone (removed).
  dotnet format analyzers "$project" --diagnostics RS0016 RS0017 --severity warn --no-restore -v q || true
  # Sorted, so a re-run after a merge gives a readable diff.
  { head -1 "$folder/PublicAPI.Unshipped.txt"; tail -n +2 "$folder/PublicAPI.Unshipped.txt" | grep -v '^$' | LC_ALL=C sort -u; } > "$folder/PublicAPI.Unshipped.txt.sorted"
  mv "$folder/PublicAPI.Unshipped.txt.sorted" "$folder/PublicAPI.Unshipped.txt"
  echo "update-public-api: $folder: $(($(wc -l < "$folder/PublicAPI.Unshipped.txt") - 1)) unshipped, $(($(wc -l < "$folder/PublicAPI.Shipped.txt") - 1)) shipped symbols"
done
