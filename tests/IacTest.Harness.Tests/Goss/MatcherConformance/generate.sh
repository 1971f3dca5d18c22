#!/bin/sh
# Regenerates expected.jsonl: each case of cases.jsonl decided by the libraries goss's semver-constraint and gjson
# matchers use. Needs the Debian packages golang-go, golang-github-blang-semver-dev (4.0.0) and
# golang-github-tidwall-gjson-dev; the tests read only the committed expected.jsonl.
set -eu
cd "$(dirname "$0")"
GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE="${TMPDIR:-/tmp}/iactest-goss-gocache" go run main.go > expected.jsonl
