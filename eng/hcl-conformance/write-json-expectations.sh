#!/usr/bin/env bash
# Records what `terraform validate` (HashiCorp's HCL JSON parser) reports for each .tf.json file of a folder: every
# diagnostic's summary and start position, or none. Each file is validated alone, as main.tf.json in an empty module.
# Usage: write-json-expectations.sh <corpus folder> <expectations.json>
set -euo pipefail
corpus=$1
output=$2
terraform=${TERRAFORM:-$(command -v terraform || echo /usr/local/bin/terraform)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results="$work/results"
mkdir -p "$results"
for file in "$corpus"/*.tf.json; do
  name=$(basename "$file")
  mkdir -p "$work/module"
  rm -f "$work/module"/*
  cp "$file" "$work/module/main.tf.json"
  (cd "$work/module" && TF_CLI_CONFIG_FILE=/dev/null "$terraform" validate -json -no-color >"$results/$name.out" 2>/dev/null || true)
done
node -e '
const fs = require("fs");
const [results, output] = process.argv.slice(1);
const expectations = {};
for (const name of fs.readdirSync(results).sort()) {
  const report = JSON.parse(fs.readFileSync(results + "/" + name, "utf8"));
  expectations[name.replace(/\.out$/, "")] = (report.diagnostics || []).filter((d) => d.severity === "error").map((d) => ({
    summary: d.summary, line: d.range ? d.range.start.line : 0, column: d.range ? d.range.start.column : 0 }));
}
fs.writeFileSync(output, JSON.stringify(expectations, null, 1) + "\n");
const files = Object.keys(expectations).length;
console.log(`write-json-expectations: ${files} files, ${Object.values(expectations).filter((d) => d.length === 0).length} valid`);
' "$results" "$output"
