#!/bin/sh
# Writes one line per beat; systemd sends standard output to the journal.
while :; do
  echo "${HEARTBEAT_MESSAGE:-alive}"
  sleep "${HEARTBEAT_INTERVAL:-5}"
done
