#!/usr/bin/env bash
# What each cache layer buys: every layer on and off, interleaved, on the real data set and on the
# generated N-profile one (docs/benchmarks.md, "Cache layers").
#
#   bash tests/load/layers.sh [--duration SECONDS] [--connections N] [--rounds R] [--profiles N] [--warmup SECONDS] [--servers 0,2]
#
# --servers picks servers of the list below by number (base, 0, is always run): a second look at one layer.
# Per data set, five servers run side by side, each as deployed (Release, rate limiter off, request
# log to a file): "base" has every layer below the response store on and the store off (so that
# each request reaches those layers); each of three more turns one layer off (Mgi:Cache:…); "store"
# is base with the response store on. Servers on core 0, wrk on core 1. Each round runs every
# scenario against every server in turn; the report is each server's requests/s over base's (over
# store-off base for the store), averaged over the rounds. A layer's gain is on/off − 1.
# Validators are not a layer that can go (SPEC §4: every GET has an ETag, If-None-Match gets 304);
# their row compares a 304 to the full answer on the store server.
# Loopback only; bounded by --duration; ends only the processes it started, by PID.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/tests/load"
DURATION=8 CONNECTIONS=64 ROUNDS=2 PROFILES=200 WARMUP=20 ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --profiles) PROFILES=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --servers) ONLY=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

. "$HERE/tools.sh"
need wrk; need taskset util-linux; need bc
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
WORK=$(mktemp -d /tmp/mgi-layers.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ "${MGI_LOAD_KEEP:-0}" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT

echo "building (Release) into $WORK"
dotnet publish "$ROOT/api" -c Release -o "$WORK/api" -v quiet -nologo >/dev/null
dotnet build "$HERE/Synthetic" -c Release -o "$WORK/synthetic" -v quiet -nologo >/dev/null
dotnet "$WORK/synthetic/Synthetic.dll" "$ROOT/data" "$WORK/data-$PROFILES" "$PROFILES" >/dev/null

# The servers: name | settings (environment, besides the common ones).
SERVERS=(
  "base|Mgi__Http__ResponseStoreMegabytes=0"
  "rendered responses off|Mgi__Http__ResponseStoreMegabytes=0 Mgi__Cache__RenderedResponses=false"
  "remembered counts off|Mgi__Http__ResponseStoreMegabytes=0 Mgi__Cache__CountEntries=0"
  "remembered matches off|Mgi__Http__ResponseStoreMegabytes=0 Mgi__Cache__MatchCharacters=0"
  "response store on|Mgi__Http__ResponseStoreMegabytes=128"
)
SETS=(real synth)
if [ -n "$ONLY" ]; then
  picked=("${SERVERS[0]}")
  for i in ${ONLY//,/ }; do [ "$i" != 0 ] && picked+=("${SERVERS[$i]}"); done
  SERVERS=("${picked[@]}")
fi

# start SET INDEX: one server, pinned to core 0, its request log appended to a file; waits for its first 200.
declare -A PORT
start() {
  local set=$1 i=$2 port=$(( 5400 + ${3} )) db data settings
  IFS='|' read -r _ settings <<<"${SERVERS[$i]}"
  if [ "$set" = real ]; then data="$WORK/api/data"; else data="$WORK/data-$PROFILES"; fi
  db="$WORK/$set-$i.sqlite"
  # The first server of a set builds the database; the others copy it (same bytes, no rebuild).
  [ "$i" -gt 0 ] && cp "$WORK/$set-0.sqlite" "$db"
  env $settings Mgi__DatabasePath="$db" Mgi__DataDirectory="$data" Mgi__Http__RateLimit__Enabled=false \
    Mgi__Http__QueryTimeLimitMilliseconds=10000 \
    taskset -c 0 dotnet "$WORK/api/Mgi.Api.dll" --urls "http://127.0.0.1:$port" >>"$WORK/$set-$i.requests" 2>"$WORK/$set-$i.log" &
  PIDS+=($!)
  PORT["$set,$i"]=$port
  for _ in $(seq 1 6000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/v1/meta" 2>/dev/null)" = 200 ] && return 0
    sleep 0.01
  done
  echo "server $set $i did not answer" >&2; cat "$WORK/$set-$i.log" >&2; return 1
}
n=0
for set in "${SETS[@]}"; do
  for i in "${!SERVERS[@]}"; do start "$set" "$i" "$n"; n=$(( n + 1 )); done
done
empty_logs() { for f in "$WORK"/*.requests; do : >"$f"; done; }

# Scenarios: name | path | wrk script (empty: the path, repeated) | header (optional).
SCENARIOS=(
  "item /v1/policies/{id}|/v1/policies/MEX-2022-1.2-01||"
  "filter, page 2 of 20|/v1/policies?assessment=well-developed&pageSize=20&page=2||"
  "q alone, page 2|/v1/policies?q=migration&pageSize=20&page=2||"
  "q with a filter|/v1/policies?q=migration&dimension=1&pageSize=20||"
  "varied queries (varied.lua)|/|varied.lua|"
  "search, random terms (search.lua)|/|search.lua|"
)

run() { # run URL SCRIPT [HEADER]: one wrk run on core 1; prints its RESULT line
  { [ -n "$2" ] && cat "$HERE/$2"; cat "$HERE/report.lua"; } >"$WORK/run.lua"
  if [ -n "${3:-}" ]; then
    taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s -H "$3" -s "$WORK/run.lua" "$1" | grep '^RESULT'
  else
    taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s -s "$WORK/run.lua" "$1" | grep '^RESULT'
  fi
}

# Warm-up, not measured: each server gets WARMUP seconds of the scenarios' mix (tiered compilation
# needs tens of seconds of load to reach optimized code).
share=$(( WARMUP / ${#SCENARIOS[@]} > 1 ? WARMUP / ${#SCENARIOS[@]} : 1 ))
for set in "${SETS[@]}"; do
  for i in "${!SERVERS[@]}"; do
    for entry in "${SCENARIOS[@]}"; do
      IFS='|' read -r _ path script _ <<<"$entry"
      { [ -n "$script" ] && cat "$HERE/$script"; } >"$WORK/warm.lua"
      taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${share}s" -s "$WORK/warm.lua" "http://127.0.0.1:${PORT["$set,$i"]}$path" >/dev/null
    done
  done
done
empty_logs

# The validators' row: the store server's item, unconditional and with its own ETag.
ITEM=/v1/policies/MEX-2022-1.2-01
STORE=none
for i in "${!SERVERS[@]}"; do [[ ${SERVERS[$i]} == "response store on|"* ]] && STORE=$i; done
declare -A ETAG
[ "$STORE" = none ] || for set in "${SETS[@]}"; do
  ETAG[$set]=$(curl -s -D - -o /dev/null "http://127.0.0.1:${PORT["$set,$STORE"]}$ITEM" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
done

declare -A SUM
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round of $ROUNDS"
  for s in "${!SCENARIOS[@]}"; do
    IFS='|' read -r _ path script _ <<<"${SCENARIOS[$s]}"
    for set in "${SETS[@]}"; do
      for i in "${!SERVERS[@]}"; do
        result=$(run "http://127.0.0.1:${PORT["$set,$i"]}$path" "$script")
        for key in rps p99_ms errors; do SUM["$s,$set,$i,$key"]=$(echo "${SUM["$s,$set,$i,$key"]:-0} + $(field "$result" $key)" | bc -l); done
      done
    done
  done
  [ "$STORE" = none ] || for set in "${SETS[@]}"; do
    for conditional in 0 1; do
      header=""; [ "$conditional" = 1 ] && header="If-None-Match: ${ETAG[$set]}"
      result=$(run "http://127.0.0.1:${PORT["$set,$STORE"]}$ITEM" "" "$header")
      for key in rps errors; do SUM["v,$set,$conditional,$key"]=$(echo "${SUM["v,$set,$conditional,$key"]:-0} + $(field "$result" $key)" | bc -l); done
    done
  done
  empty_logs
done

avg() { echo "scale=3; ${SUM[$1]} / $ROUNDS" | bc -l; }
errors=0
for key in "${!SUM[@]}"; do [[ $key == *,errors ]] && errors=$(echo "$errors + ${SUM[$key]}" | bc); done

echo
echo "MGI cache layers — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(git -C "$ROOT" rev-parse --short HEAD)"
echo "wrk -t1 -c$CONNECTIONS -d${DURATION}s on core 1, servers on core 0, $ROUNDS interleaved rounds (means), ${WARMUP} s warm-up per server; real data and $PROFILES profiles"
echo "load average before: $LOAD_BEFORE; at the end: $(cut -d' ' -f1-3 /proc/loadavg); errors in all runs: $errors"
echo
echo "requests/s of base (every layer on, response store off), per scenario and data set:"
for s in "${!SCENARIOS[@]}"; do
  IFS='|' read -r name _ <<<"${SCENARIOS[$s]}"
  printf '  %-36s real %8.0f   %s profiles %8.0f\n' "$name" "$(avg "$s,real,0,rps")" "$PROFILES" "$(avg "$s,synth,0,rps")"
done
echo
echo "each layer's gain: requests/s with it on over with it off, minus 1 (real / $PROFILES profiles)"
header="| layer |"; rule="|---|"
for s in "${!SCENARIOS[@]}"; do IFS='|' read -r name _ <<<"${SCENARIOS[$s]}"; header+=" $name |"; rule+="---|"; done
echo "$header"; echo "$rule"
gain() { echo "scale=4; $1 / $2 - 1" | bc -l | awk '{printf "%+.0f%%", $1 * 100}'; }
for i in $(seq 1 $(( ${#SERVERS[@]} - 1 ))); do
  IFS='|' read -r name _ <<<"${SERVERS[$i]}"
  row="| ${name% off} |"
  [ "$i" = "$STORE" ] && row="| response store |"
  for s in "${!SCENARIOS[@]}"; do
    cells=""
    for set in "${SETS[@]}"; do
      on=$(avg "$s,$set,0,rps"); off=$(avg "$s,$set,$i,rps")
      # The store row turns a layer on; the others turn one off.
      [ "$i" = "$STORE" ] && { on=$(avg "$s,$set,$i,rps"); off=$(avg "$s,$set,0,rps"); }
      cells+="$(gain "$on" "$off") / "
    done
    row+=" ${cells% / } |"
  done
  echo "$row"
done
[ "$STORE" = none ] || printf '| validators (304 over 200, item, store on) | %s / %s |\n' \
  "$(gain "$(avg "v,real,1,rps")" "$(avg "v,real,0,rps")")" "$(gain "$(avg "v,synth,1,rps")" "$(avg "v,synth,0,rps")")"
