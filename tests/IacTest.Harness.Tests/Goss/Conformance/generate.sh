#!/bin/sh
# Regenerates expected.jsonl and functions.txt (every function name goss templates know): each template of cases.jsonl rendered by Go's text/template with Sprig and goss's own
# functions, as goss renders a goss file. Needs the Debian packages golang-go and golang-github-masterminds-sprig-dev
# (Sprig 3.2.3, the version goss builds with); the tests read only the committed expected.jsonl.
set -eu
cd "$(dirname "$0")"
GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE="${TMPDIR:-/tmp}/iactest-goss-gocache" go run main.go > expected.jsonl
