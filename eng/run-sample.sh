#!/usr/bin/env bash
# The main job, end to end: set up the machine, pack IacTest, and run the ansible-nginx sample's tests (lint in the
# build, unit tests of the role, then converge + idempotence + smoke checks in a throw-away container).
set -euo pipefail
cd "$(dirname "$0")/.."
bash eng/setup.sh
sample=${1:-ansible-nginx}
[ -d "samples/$sample" ] || sample=lint-only
IACTEST_REQUIRE_ENGINE=1 bash eng/run-samples.sh "$sample"
