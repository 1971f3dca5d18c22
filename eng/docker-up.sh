#!/usr/bin/env bash
# Makes sure a Docker engine answers: uses the one that runs, else starts Debian's dockerd in the background.
# Idempotent and fast when an engine already answers. Exit code 0 = an engine answers.
#   IACTEST_DOCKER_WAIT   seconds to wait for a started daemon (default 60)
#   IACTEST_DOCKER_LOG    daemon log file (default /var/log/dockerd.log)
set -euo pipefail

wait_seconds="${IACTEST_DOCKER_WAIT:-60}"
log_file="${IACTEST_DOCKER_LOG:-/var/log/dockerd.log}"

say() { printf '[docker-up] %s\n' "$*"; }

engine_answers() { timeout 10 docker info >/dev/null 2>&1; }

if ! command -v docker >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    say "installing docker.io (Debian package)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q docker.io >/dev/null
  else
    say "error: no docker CLI on PATH; install docker.io (Debian) or Docker Engine"
    exit 1
  fi
fi

if engine_answers; then
  say "engine answers: $(docker version --format '{{.Server.Version}} (API {{.Server.APIVersion}})' 2>/dev/null)"
  exit 0
fi

if [ -n "${DOCKER_HOST:-}" ] && [[ "${DOCKER_HOST}" != unix:///var/run/docker.sock ]]; then
  say "error: DOCKER_HOST=${DOCKER_HOST} does not answer; start that engine or unset DOCKER_HOST"
  exit 1
fi

if ! command -v dockerd >/dev/null 2>&1; then
  say "error: no engine answers and dockerd is not installed (apt-get install docker.io)"
  exit 1
fi
if [ "$(id -u)" != 0 ]; then
  say "error: no engine answers and starting dockerd needs root (sudo $0)"
  exit 1
fi

if pgrep -x dockerd >/dev/null 2>&1; then
  say "dockerd runs but does not answer yet; waiting"
else
  say "starting dockerd (log: ${log_file})"
  # Close every inherited descriptor above stderr so the daemon never holds a caller's lock or pipe open.
  (
    for fd in /proc/$BASHPID/fd/*; do
      n="${fd##*/}"
      if [ "$n" -gt 2 ] 2>/dev/null; then eval "exec ${n}>&-" 2>/dev/null || true; fi
    done
    exec setsid dockerd >"${log_file}" 2>&1 </dev/null
  ) &
  disown || true
fi

deadline=$(( $(date +%s) + wait_seconds ))
while ! engine_answers; do
  if [ "$(date +%s)" -ge "${deadline}" ]; then
    say "error: dockerd did not answer within ${wait_seconds}s; last log lines:"
    tail -n 20 "${log_file}" 2>/dev/null | sed 's/^/[docker-up]   /' || true
    exit 1
  fi
  sleep 0.5
done
say "engine answers: $(docker version --format '{{.Server.Version}} (API {{.Server.APIVersion}})' 2>/dev/null)"
