#!/usr/bin/env bash
# Soak: keeps N connections on a mix of every route for a bounded time and reports, per window,
# throughput, p99 latency, errors and the server's memory. Fails on any error, or when memory grows
# by more than the bound between the end of the first window and the end of the run.
#
#   bash tests/load/soak.sh [--duration SECONDS=600] [--window SECONDS=30] [--connections N=64] [--max-growth-mib MIB=64]
#
# Loopback only; the server is pinned to core 0 and wrk to core 1. Request logs go to /dev/null
# (10 minutes write gigabytes); the work folder is removed at the end (MGI_LOAD_KEEP=1 keeps it).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/tests/load"
DURATION=600 WINDOW=30 CONNECTIONS=64 MAX_GROWTH_MIB=64
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --window) WINDOW=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --max-growth-mib) MAX_GROWTH_MIB=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
. "$HERE/tools.sh"
need wrk; need taskset util-linux
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

WORK=$(mktemp -d /tmp/mgi-soak.XXXXXX)
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; [ "${MGI_LOAD_KEEP:-0}" = 1 ] || rm -rf "$WORK"' EXIT
dotnet publish "$ROOT/api" -c Release -o "$WORK/api" -v quiet -nologo >/dev/null
PORT=5311
Mgi__DatabasePath="$WORK/mgi.sqlite" Mgi__Http__RateLimit__Enabled=false \
  taskset -c 0 dotnet "$WORK/api/Mgi.Api.dll" --urls "http://127.0.0.1:$PORT" >/dev/null 2>"$WORK/api.log" &
PID=$!
for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready" && break; sleep 0.1; done
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$PID/status"; }
cat "$HERE/soak.lua" "$HERE/report.lua" >"$WORK/soak.lua"

echo "soak: $DURATION s, windows of $WINDOW s, $CONNECTIONS connections; memory at start $(rss) MiB"
printf '| %6s | %9s | %8s | %6s | %8s |\n' "t (s)" "req/s" "p99 ms" "errors" "RSS MiB"
printf '|%s|%s|%s|%s|%s|\n' "--------" "-----------" "----------" "--------" "----------"
elapsed=0 total_errors=0 total_requests=0 first_rss=""
while [ "$elapsed" -lt "$DURATION" ]; do
  window=$(( DURATION - elapsed < WINDOW ? DURATION - elapsed : WINDOW ))
  line=$(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${window}s" --timeout 5s -s "$WORK/soak.lua" "http://127.0.0.1:$PORT" | grep '^RESULT')
  field() { echo "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
  elapsed=$(( elapsed + window ))
  now_rss=$(rss); [ -z "$first_rss" ] && first_rss=$now_rss
  total_errors=$(( total_errors + $(field errors) )); total_requests=$(( total_requests + $(field requests) ))
  printf '| %6d | %9.0f | %8.2f | %6d | %8d |\n' "$elapsed" "$(field rps)" "$(field p99_ms)" "$(field errors)" "$now_rss"
done
growth=$(( now_rss - first_rss ))
echo "soak: $total_requests requests, $total_errors errors; memory after the first window $first_rss MiB, at the end $now_rss MiB (growth $growth MiB, bound $MAX_GROWTH_MIB MiB)"
[ "$total_errors" -eq 0 ] || { echo "soak failed: $total_errors errors" >&2; exit 1; }
[ "$growth" -le "$MAX_GROWTH_MIB" ] || { echo "soak failed: memory grew by $growth MiB" >&2; exit 1; }
echo "soak passed"
