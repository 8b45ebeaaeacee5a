#!/usr/bin/env bash
# Topology test of the reference deployment (deploy/run-local.sh): nginx on loopback in front of two
# replicas, checked through the proxy. Bounded (about two minutes), loopback only; it ends what it
# started (run-local.sh stop, by PID). Prints one line per check and a summary; exits 1 on any failure.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/tests/deploy"
WORK=$(mktemp -d /tmp/mgi-topology.XXXXXX)
chmod 755 "$WORK" # nginx's workers (nobody, when started as root) write its cache below it
export MGI_DEPLOY_DIR="$WORK/run" MGI_PROXY_PORT=${MGI_PROXY_PORT:-8080} MGI_REPLICA_PORT=${MGI_REPLICA_PORT:-5411}
# The load generator's address is not rate limited (wrk runs from 127.0.0.1); the rate-limit check
# comes from other loopback addresses, as other clients would.
export MGI_UNLIMITED="127.0.0.1"
# A replica that does not answer within 2 s is skipped for the next (the default is 10 s).
export MGI_READ_TIMEOUT=2
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
PROXY="http://127.0.0.1:$MGI_PROXY_PORT"
RUN_LOCAL="$ROOT/deploy/run-local.sh"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }

passed=0; failed=0
check() { # NAME CONDITION-RESULT(0/1) DETAIL
  if [ "$2" = 0 ]; then passed=$((passed + 1)); echo "ok   $1${3:+ ($3)}"; else failed=$((failed + 1)); echo "FAIL $1${3:+ ($3)}"; fi
}
cleanup() { "$RUN_LOCAL" stop >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
header() { tr -d '\r' | awk -F': ' -v h="$1" 'tolower($1) == tolower(h) { print $2 }'; }
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

timeout 120 "$RUN_LOCAL" start >/dev/null || { echo "FAIL start"; echo "topology: 0 passed, 1 failed"; exit 1; }
replica_pids() { awk '{print $2}' "$MGI_DEPLOY_DIR/replicas"; }

# 1. A GET through the proxy answers and names its data-set version, the body's own.
meta_headers=$(curl -s -D - -o "$WORK/meta.json" "$PROXY/v1/meta")
version=$(echo "$meta_headers" | header X-Dataset-Version)
body_version=$(sed -n 's/.*"datasetVersion":"\([0-9a-f]*\)".*/\1/p' "$WORK/meta.json")
check "GET /v1/meta names its data-set version" "$([ -n "$version" ] && [ "$version" = "$body_version" ]; echo $?)" "$version"

# 2. Revalidation: If-None-Match with the ETag gets 304.
etag=$(curl -s -D - -o /dev/null "$PROXY/v1/jurisdictions/MEX" | header ETag)
status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$PROXY/v1/jurisdictions/MEX")
check "If-None-Match gets 304" "$([ "$status" = 304 ]; echo $?)" "$status"

# 3. The public host reaches the replicas: Link headers name it.
link=$(curl -s -D - -o /dev/null -H "Host: data.example.org" "$PROXY/v1/policies?pageSize=5" | header Link)
check "Host: data.example.org gives Link headers on that host" "$(echo "$link" | grep -q '<http://data.example.org/v1/policies?page=2&pageSize=5>; rel="next"'; echo $?)"

# 4. Rate limit per client: 400 requests from one client (127.0.0.2), each with another
# X-Forwarded-For, share one bucket; another client (127.0.0.3) has its own.
: > "$WORK/xff.cfg"
for i in $(seq 1 400); do
  [ "$i" -gt 1 ] && echo next >> "$WORK/xff.cfg"
  printf 'url = "%s/v1/dimensions"\nheader = "X-Forwarded-For: 10.9.%d.%d"\ninterface = "127.0.0.2"\noutput = "/dev/null"\ndump-header = "%s/xff-%d.headers"\nsilent\nwrite-out = "%%{http_code}\\n"\n' \
    "$PROXY" $((i / 250)) $((i % 250)) "$WORK" "$i" >> "$WORK/xff.cfg"
done
codes=$(curl -Z --parallel-max 16 -K "$WORK/xff.cfg" 2>/dev/null | sort | uniq -c | tr '\n' ' ')
limited=$(echo "$codes" | grep -o '[0-9]* 429' | awk '{print $1}')
check "a client's own X-Forwarded-For does not change its bucket" "$([ "${limited:-0}" -gt 0 ]; echo $?)" "$codes"
other=$(curl -s -o /dev/null -w '%{http_code}' --interface 127.0.0.3 "$PROXY/v1/dimensions")
check "another client has its own bucket" "$([ "$other" = 200 ]; echo $?)" "$other"
rejected=$(grep -l '^HTTP/1.1 429' "$WORK"/xff-*.headers 2>/dev/null | head -n 1 | xargs -r cat)
check "over the limit: 429 problem details with Retry-After" \
  "$(echo "$rejected" | grep -q '^HTTP/1.1 429' && [ "$(echo "$rejected" | header Content-Type)" = application/problem+json ] && [ -n "$(echo "$rejected" | header Retry-After)" ]; echo $?)"

# 5. The shared cache: a repeated request is answered by nginx, reaching a replica once.
for _ in 1 2 3 4 5; do cache_status=$(curl -s -D - -o /dev/null "$PROXY/v1/conventions?pageSize=2" | header X-Cache-Status); done
reached=$(cat "$MGI_DEPLOY_DIR"/replica-*/log | grep -c 'GET /v1/conventions?pageSize=2 -> ')
check "a repeated request reaches a replica once (the cache answers the rest)" "$([ "$reached" = 1 ] && [ "$cache_status" = HIT ]; echo $?)" "replica log lines: $reached, last: $cache_status"

# 6. Errors are never cached: a 404 asked twice reaches a replica twice.
for _ in 1 2; do missing=$(curl -s -D - -o /dev/null "$PROXY/v1/policies/MEX-2022-nope" | tr -d '\r'); done
reached=$(cat "$MGI_DEPLOY_DIR"/replica-*/log | grep -c 'GET /v1/policies/MEX-2022-nope -> 404')
check "errors are not cached" "$(echo "$missing" | grep -q '^HTTP/1.1 404' && [ "$reached" = 2 ]; echo $?)" "replica log lines: $reached"

# 6b. MCP through the proxy: a tool call (a JSON-RPC POST, the one request that has a body) reaches a
# replica and its answer streams back: the finding verbatim, with its citation; never cached.
mcp_call='{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_finding","arguments":{"id":"MEX-2022-4.2-04"}}}'
mcp=$(curl -s -D "$WORK/mcp.headers" -H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream' \
  -H 'MCP-Protocol-Version: 2025-11-25' --data "$mcp_call" "$PROXY/mcp")
check "an MCP tool call through the proxy answers the finding, cited" \
  "$(head -n 1 "$WORK/mcp.headers" | grep -q ' 200' && [ "$(header Content-Type < "$WORK/mcp.headers")" = text/event-stream ] \
     && echo "$mcp" | grep -q 'reducing commissions on remittances sent from the United States to Mexico' \
     && echo "$mcp" | grep -q 'Migration Governance Indicators Profile 2022' && [ -z "$(header X-Cache-Status < "$WORK/mcp.headers")" ]; echo $?)"
big=$(head -c 20000 /dev/zero | tr '\0' a)
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream' --data "$big" "$PROXY/mcp")
check "an MCP message over its bound is the service's 413" "$([ "$status" = 413 ]; echo $?)" "$status"

# 7. A replica that accepts connections but does not answer (SIGSTOP) is skipped after the read timeout.
frozen=$(replica_pids | tail -n 1)
kill -STOP "$frozen"
codes=""
for size in 1 2 3 4; do codes+="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$PROXY/v1/sources?profile=MEX-2022&pageSize=$size") "; done
kill -CONT "$frozen"
check "a replica that does not answer in time is skipped for the next" "$([ "$codes" = "200 200 200 200 " ]; echo $?)" "$codes"
sleep 6 # nginx keeps the skipped replica out for fail_timeout (5 s); both must be in rotation below

# 8. Failover: SIGKILL one replica under load (32 connections): no 5xx, no socket error.
# Varied queries, each reaching a replica (no cache answers them), so the kill meets requests in flight.
cat "$ROOT/tests/load/varied.lua" "$HERE/uncached.lua" "$HERE/count.lua" > "$WORK/failover.lua"
timeout 60 taskset -c 1 wrk -t1 -c32 -d12s --timeout 5s -s "$WORK/failover.lua" "$PROXY" > "$WORK/failover.txt" 2>&1 &
wrk_pid=$!
sleep 4
victim=$(replica_pids | head -n 1)
kill -KILL "$victim"
wait "$wrk_pid"
counts=$(grep '^COUNTS' "$WORK/failover.txt")
check "killing a replica under load: no 5xx, no socket error" \
  "$([ -n "$counts" ] && [ "$(field "$counts" server_errors)" = 0 ] && [ "$(field "$counts" socket_errors)" = 0 ] && [ "$(field "$counts" proxied)" -gt 1000 ]; echo $?)" "$counts"

# 9. Rolling update under load to a new data set: no request dropped, every response names the data
# set of its body, both versions seen, and afterwards every replica serves the new one.
cp -r "$ROOT/data" "$WORK/data-next"
echo >> "$WORK/data-next/catalogue/dimensions.json" # same content, new bytes: a new data-set version
timeout 90 taskset -c 1 wrk -t1 -c32 -d30s --timeout 5s -s "$HERE/versions.lua" "$PROXY" > "$WORK/roll.txt" 2>&1 &
wrk_pid=$!
sleep 2
roll_started=$(date +%s)
timeout 80 "$RUN_LOCAL" roll "$WORK/data-next" 2>"$WORK/roll.log"; roll_status=$?
roll_seconds=$(( $(date +%s) - roll_started ))
wait "$wrk_pid"
versions=$(grep '^VERSIONS' "$WORK/roll.txt")
new_version=$(curl -s -D - -o /dev/null "$PROXY/v1/meta" -H "Accept-Encoding: identity, x-after-roll" | header X-Dataset-Version)
check "rolling update under load: no request dropped, headers match bodies" \
  "$([ "$roll_status" = 0 ] && [ -n "$versions" ] && [ "$(field "$versions" mismatched)" = 0 ] && [ "$(field "$versions" other)" = 0 ] && [ "$(field "$versions" socket_errors)" = 0 ]; echo $?)" "$versions; roll took ${roll_seconds} s"
check "both versions answered during the roll, the new one after it" \
  "$([ "$(field "$versions" seen | tr ',' '\n' | sort -u | wc -l)" = 2 ] && [ -n "$new_version" ] && [ "$new_version" != "$version" ]; echo $?)" "$version -> $new_version"

# 10. Both replicas down: nginx answers 503 problem details itself, never its HTML page.
for pid in $(replica_pids); do kill -KILL "$pid" 2>/dev/null; done
sleep 0.5
down=$(curl -s -D - "$PROXY/v1/footnotes?pageSize=3&section=covid")
check "both replicas down: 503 problem details with Retry-After" \
  "$(echo "$down" | grep -q '^HTTP/1.1 503' && [ "$(echo "$down" | header Content-Type)" = application/problem+json ] && [ -n "$(echo "$down" | header Retry-After)" ]; echo $?)"

# 11. stop ends what start started: nothing left listening.
"$RUN_LOCAL" stop >/dev/null 2>&1
listening=$(ss -ltn | grep -cE ":($MGI_PROXY_PORT|54[1-3][0-9])\b" || true)
check "stop leaves nothing listening" "$([ "$listening" = 0 ]; echo $?)"

echo "topology: $passed passed, $failed failed"
[ "$failed" = 0 ]
