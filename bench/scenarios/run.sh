#!/usr/bin/env bash
# Scenario benchmark: the sample nginx role's full scenario (create, converge, idempotence, verify, destroy) run by
# IacTest against the same steps done the way Molecule's docker driver does them — its create and destroy playbooks
# (community.docker.docker_container), plain ansible-playbook with the docker connection and Molecule's ansible.cfg
# for converge, idempotence and the verify playbook — on the same systemd image. Molecule itself is not installed:
# these are the commands it runs. Then a second `dotnet test` with the role unchanged (the converged-state cache
# hits), and four platforms in parallel against one after another. Each IacTest figure is a whole `dotnet test`
# process, start-up included, as a user waits for it.
# Usage: bench/scenarios/run.sh   (RUNS=n alternates each side n times, medians compared; default 1)
# Last line: scenario-ratio=R rerun-ratio=R parallel-ratio=R (each IacTest ÷ its baseline).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=../lib.sh
source "$root/bench/lib.sh"
runs="${RUNS:-1}"
out="$bench_out/scenarios"
mkdir -p "$out"
"$root/eng/docker-up.sh" >/dev/null

echo "[bench] building the IacTest side"
dotnet build -c Release -v q -nologo "$here/ScenarioBench.csproj" >"$out/build.log" 2>&1 \
  || { echo "[bench] the build failed, see $out/build.log" >&2; tail -20 "$out/build.log" >&2; exit 1; }
dll="$here/bin/Release/net10.0/ScenarioBench.dll"

# dotnet_test NAME — one `dotnet test` process running the test NAME; fails the bench when the test fails.
dotnet_test() {
  dotnet test "$dll" --filter "FullyQualifiedName~ScenarioBench.ScenarioBench.$1" --logger "console;verbosity=normal" \
    >"$out/$1.log" 2>&1 || { echo "[bench] $1 failed, see $out/$1.log" >&2; tail -40 "$out/$1.log" >&2; exit 1; }
}

# seconds COMMAND... — the wall time of the command, in seconds.
seconds() {
  local start=$EPOCHREALTIME
  "$@"
  awk -v start="$start" -v end="$EPOCHREALTIME" 'BEGIN { printf "%.1f\n", end - start }'
}

echo "[bench] warm-up: the four platform images (built when missing), the JIT and the engine"
BENCH_IMAGES="$out/images.txt" dotnet_test Warm_up
systemd_image="$(awk -F= '$1 == "debian:bookworm:systemd" { print $2 }' "$out/images.txt")"
echo "[bench] systemd image: $systemd_image"

converged_before="$(docker images -q --no-trunc --filter label=iactest.converged | sort)"

# molecule_scenario NAME [ENV...] — Molecule's docker driver sequence on a fresh instance NAME.
molecule_scenario() {
  local name="$1"; shift
  local inventory="$out/$name.inventory.yml"
  printf 'all:\n  hosts:\n    instance:\n      ansible_connection: community.docker.docker\n      ansible_host: %s\n' "$name" >"$inventory"
  export ANSIBLE_CONFIG="$here/molecule/ansible.cfg" ANSIBLE_ROLES_PATH="$root/samples/ansible-nginx/roles"
  local vars=(-e "instance_name=$name" -e "instance_image=$systemd_image")
  {
    env "$@" ansible-playbook "${vars[@]}" "$here/molecule/create.yml"
    env "$@" ansible-playbook -i "$inventory" "$here/molecule/converge.yml"
    env "$@" ansible-playbook -i "$inventory" "$here/molecule/converge.yml" | tee "$out/$name.idempotence.out"
    grep -q 'changed=0.*failed=0' "$out/$name.idempotence.out"
    env "$@" ansible-playbook -i "$inventory" "$here/molecule/verify.yml"
    env "$@" ansible-playbook "${vars[@]}" "$here/molecule/destroy.yml"
  } >"$out/$name.log" 2>&1 || { echo "[bench] the Molecule-style scenario failed, see $out/$name.log" >&2; docker rm -f "$name" >/dev/null 2>&1; exit 1; }
}

# logged FILE COMMAND... — runs the command with its output appended to FILE.
logged() {
  local file="$1"; shift
  "$@" >>"$file" 2>&1
}

# molecule_converge NAME [ENV...] — create, then time one converge only, then destroy: for the settings' figures.
molecule_converge() {
  local name="$1"; shift
  local inventory="$out/$name.inventory.yml" took
  printf 'all:\n  hosts:\n    instance:\n      ansible_connection: community.docker.docker\n      ansible_host: %s\n' "$name" >"$inventory"
  export ANSIBLE_CONFIG="$here/molecule/ansible.cfg" ANSIBLE_ROLES_PATH="$root/samples/ansible-nginx/roles"
  ansible-playbook -e "instance_name=$name" -e "instance_image=$systemd_image" "$here/molecule/create.yml" >"$out/$name.log" 2>&1
  took="$(seconds logged "$out/$name.log" env "$@" ansible-playbook -i "$inventory" "$here/molecule/converge.yml")"
  ansible-playbook -e "instance_name=$name" "$here/molecule/destroy.yml" >>"$out/$name.log" 2>&1
  echo "$took"
}

echo "[bench] full scenario, $runs run(s) each side: Molecule-style, then IacTest (converge cache off)"
base=() iac=()
for ((i = 0; i < runs; i++)); do
  base+=("$(seconds molecule_scenario "iactest-bench-molecule-$$-$i")")
  iac+=("$(IACTEST_CONVERGE_CACHE=0 BENCH_RUN="scenario-$$" seconds dotnet_test Nginx_scenario)")
  echo "[bench]   run $((i + 1)): molecule-style ${base[-1]} s, iactest ${iac[-1]} s"
done
scenario_base="$(median "${base[@]}")"; scenario_iac="$(median "${iac[@]}")"

echo "[bench] rerun: a first dotnet test keeps the converged state, a second with the role unchanged starts from it"
first="$(IACTEST_CONVERGE_CACHE=1 BENCH_RUN="rerun-$$" seconds dotnet_test Nginx_scenario)"
second="$(IACTEST_CONVERGE_CACHE=1 BENCH_EXPECT_CACHE_HIT=1 BENCH_RUN="rerun-$$" seconds dotnet_test Nginx_scenario)"
echo "[bench]   first ${first} s, second ${second} s"

echo "[bench] four platforms (bookworm, trixie, bullseye with Python; bookworm with systemd): serial, then parallel"
serial="$(BENCH_PARALLEL=0 seconds dotnet_test Nginx_on_four_platforms)"
parallel="$(BENCH_PARALLEL=1 seconds dotnet_test Nginx_on_four_platforms)"
echo "[bench]   serial ${serial} s, parallel ${parallel} s"

echo "[bench] settings, one Molecule-style converge each on a fresh instance"
plain="$(molecule_converge "iactest-bench-plain-$$")"
piped="$(molecule_converge "iactest-bench-piped-$$" ANSIBLE_PIPELINING=True)"
echo "[bench]   pipelining: converge ${plain} s by default, ${piped} s with ANSIBLE_PIPELINING=True"

# The converged images this bench made, not anyone else's.
for image in $(comm -13 <(echo "$converged_before") <(docker images -q --no-trunc --filter label=iactest.converged | sort)); do
  docker rmi -f "$image" >/dev/null 2>&1 || true
done

echo "[bench] load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v sb="$scenario_base" -v si="$scenario_iac" -v f="$first" -v s="$second" -v se="$serial" -v pa="$parallel" \
  'BEGIN { printf "scenario-ratio=%.2f rerun-ratio=%.2f parallel-ratio=%.2f\n", si / sb, s / f, pa / se }'
