#!/usr/bin/env bash
# What nginx's shared cache buys in the reference deployment (docs/benchmarks.md, "Cache layers"):
# two deployments side by side (deploy/run-local.sh, two replicas each, as deployed: response store
# on), one with MGI_PROXY_CACHE=on and one with it off; wrk through each proxy, interleaved.
#
#   bash tests/load/proxy-cache.sh [--duration SECONDS] [--connections N] [--rounds R] [--warmup SECONDS]
#
# Loopback only; the client address is exempt from nginx's rate limit (MGI_UNLIMITED) so that the
# limit is not what is measured; bounded by --duration; stops exactly the deployments it started.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/tests/load"
DURATION=8 CONNECTIONS=64 ROUNDS=3 WARMUP=20
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
. "$HERE/tools.sh"
need wrk; need bc

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
WORK=$(mktemp -d /tmp/mgi-proxy-cache.XXXXXX)
chmod 755 "$WORK" # nginx's workers run as nobody and write their cache below it
# name | proxy port | first replica port | MGI_PROXY_CACHE
DEPLOYMENTS=("on|8181|5481|on" "off|8182|5491|off")
deployment() { # deployment NAME COMMAND: run-local.sh for that deployment
  local entry; for entry in "${DEPLOYMENTS[@]}"; do
    IFS='|' read -r name proxy replica cache <<<"$entry"
    [ "$name" = "$1" ] || continue
    MGI_DEPLOY_DIR="$WORK/$name" MGI_PROXY_PORT=$proxy MGI_REPLICA_PORT=$replica MGI_PROXY_CACHE=$cache \
      MGI_UNLIMITED=127.0.0.1 bash "$ROOT/deploy/run-local.sh" "$2" "${@:3}"
  done
}
cleanup() {
  deployment on stop >/dev/null 2>&1 || true
  deployment off stop >/dev/null 2>&1 || true
  [ "${MGI_LOAD_KEEP:-0}" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT
deployment on start >/dev/null
deployment off start >/dev/null

SCENARIOS=(
  "item /v1/policies/{id}|/v1/policies/MEX-2022-1.2-01|"
  "varied queries (varied.lua)|/|varied.lua"
  "search, random terms (search.lua)|/|search.lua"
)
run() { # run URL SCRIPT SECONDS: prints wrk's RESULT line
  { [ -n "$2" ] && cat "$HERE/$2"; cat "$HERE/report.lua"; } >"$WORK/run.lua"
  wrk -t1 -c"$CONNECTIONS" -d"$3"s --timeout 5s -s "$WORK/run.lua" "$1" | grep '^RESULT'
}
port() { local entry; for entry in "${DEPLOYMENTS[@]}"; do IFS='|' read -r name proxy _ <<<"$entry"; [ "$name" = "$1" ] && echo "$proxy"; done; }

for d in on off; do
  for entry in "${SCENARIOS[@]}"; do
    IFS='|' read -r _ path script <<<"$entry"
    run "http://127.0.0.1:$(port $d)$path" "$script" $(( WARMUP / ${#SCENARIOS[@]} + 1 )) >/dev/null
  done
done

declare -A SUM
for round in $(seq 1 "$ROUNDS"); do
  for s in "${!SCENARIOS[@]}"; do
    IFS='|' read -r _ path script <<<"${SCENARIOS[$s]}"
    for d in on off; do
      result=$(run "http://127.0.0.1:$(port $d)$path" "$script" "$DURATION")
      for key in rps p99_ms errors; do SUM["$s,$d,$key"]=$(echo "${SUM["$s,$d,$key"]:-0} + $(field "$result" $key)" | bc -l); done
    done
  done
done
avg() { echo "scale=3; ${SUM[$1]} / $ROUNDS" | bc -l; }

echo "nginx shared cache — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(git -C "$ROOT" rev-parse --short HEAD)"
echo "two replicas per deployment (response store on); wrk -t1 -c$CONNECTIONS -d${DURATION}s through nginx, $ROUNDS interleaved rounds (means), ${WARMUP} s warm-up"
echo "load average before: $LOAD_BEFORE; at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| scenario | cache on r/s | p99 ms | cache off r/s | p99 ms | errors | gain |"
echo "|---|---|---|---|---|---|---|"
for s in "${!SCENARIOS[@]}"; do
  IFS='|' read -r name _ <<<"${SCENARIOS[$s]}"
  on=$(avg "$s,on,rps"); off=$(avg "$s,off,rps")
  printf '| %s | %.0f | %.2f | %.0f | %.2f | %.0f | %+.0f%% |\n' "$name" "$on" "$(avg "$s,on,p99_ms")" "$off" "$(avg "$s,off,p99_ms")" \
    "$(echo "${SUM["$s,on,errors"]} + ${SUM["$s,off,errors"]}" | bc)" "$(echo "($on / $off - 1) * 100" | bc -l)"
done
