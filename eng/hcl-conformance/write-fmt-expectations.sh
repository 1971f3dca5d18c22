#!/usr/bin/env bash
# Records the SHA-256 of what `terraform fmt` makes of each .tf file of the corpus it accepts, so the formatter's
# tests can check their output without terraform. Files terraform refuses (syntax errors) are left out.
# Usage: write-fmt-expectations.sh <corpus folder> <expectations.json>
set -euo pipefail
corpus=$1
output=$2
terraform=${TERRAFORM:-$(command -v terraform || echo /usr/local/bin/terraform)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Each file is formatted in place, as `terraform fmt` and `terraform fmt -check` treat a module's files: reading from
# stdin (`terraform fmt -`) ends the output with a line break the file mode never adds.
(cd "$corpus" && find . -name '*.tf' | sort) | while read -r relative; do
  mkdir -p "$work/out/$(dirname "$relative")"
  cp "$corpus/$relative" "$work/out/$relative"
  if TF_CLI_CONFIG_FILE=/dev/null "$terraform" fmt -no-color "$work/out/$relative" >/dev/null 2>&1; then :; else rm -f "$work/out/$relative"; fi
done
node -e '
const fs = require("fs"); const path = require("path"); const crypto = require("crypto");
const [folder, output] = process.argv.slice(1);
const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);
const result = {};
for (const file of walk(folder).sort()) {
  result[path.relative(folder, file).split(path.sep).join("/")] = crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}
fs.writeFileSync(output, JSON.stringify(result, null, 1) + "\n");
console.log(`write-fmt-expectations: ${Object.keys(result).length} files formatted by terraform`);
' "$work/out" "$output"
