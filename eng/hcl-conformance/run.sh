#!/usr/bin/env bash
# Regenerates the HCL conformance corpus and the expectations of HashiCorp's parser for it.
# Needs Node.js and @cdktf/hcl2json (eng/setup.sh installs it into artifacts/tools/hcl2json).
set -euo pipefail
cd "$(dirname "$0")/../.."
package=artifacts/tools/hcl2json/node_modules/@cdktf/hcl2json
corpus=tests/IacTest.Lint.Tests/Hcl/Corpus
[ -d "$package" ] || npm install --prefix artifacts/tools/hcl2json --no-audit --no-fund @cdktf/hcl2json@0.21.0 >/dev/null
rm -rf "$corpus/generated"
node eng/hcl-conformance/generate-corpus.js "$corpus/generated" "${1:-1000}"
node eng/hcl-conformance/write-expectations.js "$package" "$corpus" "$corpus/expectations.json"

# The JSON syntax has no hcl2json reference; `terraform validate` (in the machine image) is the reference for it.
rm -rf "$corpus/json"
node eng/hcl-conformance/generate-json-corpus.js "$corpus/json" 80
bash eng/hcl-conformance/write-json-expectations.sh "$corpus/json" "$corpus/json-expectations.json"

# `terraform fmt` is the reference for canonical formatting (about 4 minutes: one process per file).
bash eng/hcl-conformance/write-fmt-expectations.sh "$corpus" "$corpus/fmt-expectations.json"
