#!/usr/bin/env bash
# Records the public API of IacTest.Lint and IacTest.Harness in their PublicAPI.Unshipped.txt: run it after a
# deliberate change of the surface (or a merge), review the diff of the .txt files, and commit them. On a release,
# move the Unshipped lines into PublicAPI.Shipped.txt.
#   eng/update-public-api.sh
# The analyzer names each symbol in the files' own format in its messages (RS0016: public but not recorded; RS0017:
# recorded but gone), so a build with those two kept as warnings says exactly which lines to add and remove. (The
# analyzer's code fix through `dotnet format` finds nothing when the workspace loads the files twice.)
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/Lint/IacTest.Lint.csproj src/Harness/IacTest.Harness.csproj; do
  folder="$(dirname "$project")"
  for file in PublicAPI.Shipped.txt PublicAPI.Unshipped.txt; do
    [[ -f "$folder/$file" ]] || printf '#nullable enable\n' > "$folder/$file"
  done
  log="$(mktemp)"
  # --no-incremental: the analyzer reports only when the compiler runs.
  dotnet build "$project" -c Release --no-incremental -nologo -v q -p:WarningsNotAsErrors='RS0016%3BRS0017' \
    -p:TreatWarningsAsErrors=false > "$log" 2>&1 || true
  added="$(grep -o "warning RS0016: Symbol '.*' is not part of the declared public API" "$log" \
    | sed -E "s/^warning RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | LC_ALL=C sort -u || true)"
  removed="$(grep -o "warning RS0017: Symbol '.*' is part of the declared API" "$log" \
    | sed -E "s/^warning RS0017: Symbol '(.*)' is part of the declared API$/\1/" | LC_ALL=C sort -u || true)"
  if grep -q " error " "$log"; then
    grep " error " "$log" | sort -u >&2
    echo "update-public-api: $project does not build; nothing recorded" >&2
    exit 1
  fi
  rm -f "$log"
  unshipped="$folder/PublicAPI.Unshipped.txt"
  # Sorted, so a re-run after a merge gives a readable diff.
  {
    head -1 "$unshipped"
    { tail -n +2 "$unshipped" | grep -v '^$' | grep -vxF -f <(printf '%s\n' "$removed") || true; printf '%s\n' "$added"; } \
      | grep -v '^$' | LC_ALL=C sort -u
  } > "$unshipped.sorted"
  mv "$unshipped.sorted" "$unshipped"
  echo "update-public-api: $folder: $(grep -c . <<<"$added" || true) added, $(grep -c . <<<"$removed" || true) removed;" \
    "$(($(wc -l < "$unshipped") - 1)) unshipped, $(($(wc -l < "$folder/PublicAPI.Shipped.txt") - 1)) shipped symbols"
done
