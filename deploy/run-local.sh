#!/usr/bin/env bash
# The reference deployment on loopback: nginx on 127.0.0.1:8080 in front of two replicas of the
# service built from this checkout, each with its own copy of the database.
#
#   deploy/run-local.sh start [DATA_DIR]   build, start the replicas and nginx, wait until it answers, print the URL
#   deploy/run-local.sh roll DATA_DIR      replace the replicas one at a time with the data set of DATA_DIR
#   deploy/run-local.sh status             the proxy and the replicas, with their PIDs and data-set versions
#   deploy/run-local.sh stop               end exactly what start and roll started (by PID)
#
# Settings (environment): MGI_DEPLOY_DIR (state, logs, cache; default /tmp/mgi-deploy), MGI_PROXY_PORT
# (8080), MGI_REPLICA_PORT (first replica port, 5401), MGI_REPLICAS (2), MGI_RATE / MGI_BURST (per-client
# limit, 100 r/s, burst 200), MGI_UNLIMITED (space-separated client addresses not limited; default
# none), MGI_READ_TIMEOUT (seconds before a slow replica is skipped, 10), MGI_PROXY_CACHE (on; off
# sends every GET to a replica, as tests/load/proxy-cache.sh measures). See docs/deployment.md.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUN=${MGI_DEPLOY_DIR:-/tmp/mgi-deploy}
PROXY_PORT=${MGI_PROXY_PORT:-8080}
FIRST_PORT=${MGI_REPLICA_PORT:-5401}
REPLICAS=${MGI_REPLICAS:-2}
RATE=${MGI_RATE:-100}
BURST=${MGI_BURST:-200}
UNLIMITED=${MGI_UNLIMITED:-}
READ_TIMEOUT=${MGI_READ_TIMEOUT:-10}
case "${MGI_PROXY_CACHE:-on}" in on) PROXY_CACHE=mgi_cache ;; off) PROXY_CACHE=off ;; *) echo "MGI_PROXY_CACHE is on or off" >&2; exit 2 ;; esac
# How long nginx keeps a replica out after a failed request (fail_timeout): a replacement is back in
# rotation only after it, so a roll waits that long before taking down the next replica.
FAIL_TIMEOUT=5
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { echo "run-local: $*" >&2; }

# The replicas in service, one line each: PORT PID DIR.
replicas() { [ -f "$RUN/replicas" ] && cat "$RUN/replicas" || true; }

wait_ready() { # URL SECONDS
  for _ in $(seq 1 $(( $2 * 10 ))); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" 2>/dev/null)" = 200 ] && return 0
    sleep 0.1
  done
  return 1
}

free_port() { # the first port from $1 up that nothing listens on and no replica uses
  local port=$1
  while ss -ltn "( sport = :$port )" | grep -q ":$port" || replicas | awk '{print $1}' | grep -qx "$port"; do port=$((port + 1)); done
  echo "$port"
}

# build_database DATA_DIR: the database of that data set, built once per version; prints its path.
build_database() {
  local data=$1 out="$RUN/databases/$(basename "$(mktemp -u)").sqlite"
  mkdir -p "$RUN/databases"
  dotnet "$RUN/build/Mgi.Api.dll" build --data "$data" --out "$out" >/dev/null
  echo "$out"
}

# start_replica DATABASE DATA_DIR [PORT]: a replica (on PORT, else a free port) with its own copy of
# the database; prints "PORT PID DIR".
start_replica() {
  local database=$1 data=$2 port=${3:-} dir pid
  [ -n "$port" ] || port=$(free_port "$FIRST_PORT")
  dir="$RUN/replica-$port-$(date +%s%N)"
  mkdir -p "$dir"
  cp "$database" "$dir/mgi.sqlite"
  # Behind exactly this proxy: trust its X-Forwarded-* and leave rate limiting to it (per client,
  # not per replica). The per-request log goes to the replica's own file.
  Mgi__DatabasePath="$dir/mgi.sqlite" Mgi__DataDirectory="$data" \
    Mgi__Http__TrustedProxies__0=127.0.0.1 Mgi__Http__RateLimit__Enabled=false \
    setsid dotnet "$RUN/build/Mgi.Api.dll" --urls "http://127.0.0.1:$port" >"$dir/log" 2>&1 </dev/null &
  pid=$!
  if ! wait_ready "http://127.0.0.1:$port/health/ready" 60; then
    kill "$pid" 2>/dev/null || true
    say "the replica on port $port did not become ready:"; tail -5 "$dir/log" >&2
    return 1
  fi
  echo "$port $pid $dir"
}

# stop_replica PID: SIGTERM (ASP.NET Core finishes the requests in flight), SIGKILL after 15 s.
stop_replica() {
  local pid=$1
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

render_nginx() {
  local upstreams="" unlimited="" user=""
  while read -r port _ _; do upstreams+="        server 127.0.0.1:$port max_fails=1 fail_timeout=${FAIL_TIMEOUT}s;"$'\n'; done < <(replicas)
  for address in $UNLIMITED; do unlimited+="        $address \"\";"$'\n'; done
  [ "$(id -u)" = 0 ] && user="user nobody nogroup;"
  sed -e "s|@RUN@|$RUN|g" -e "s|@LISTEN@|127.0.0.1:$PROXY_PORT|" -e "s|@RATE@|$RATE|" -e "s|@BURST@|$BURST|" \
      -e "s|@READ_TIMEOUT@|$READ_TIMEOUT|" -e "s|@PROXY_CACHE@|$PROXY_CACHE|" "$ROOT/deploy/nginx.conf.template" \
    | awk -v up="$upstreams" -v un="$unlimited" -v user="$user" \
        '/^@UPSTREAMS@$/ { printf "%s", up; next } /^@UNLIMITED@$/ { printf "%s", un; next } NR == 1 && user != "" { print user } { print }' \
    > "$RUN/nginx.conf"
  nginx -t -q -p "$RUN" -c "$RUN/nginx.conf"
}

nginx_pid() { [ -f "$RUN/nginx.pid" ] && cat "$RUN/nginx.pid" || true; }

start() {
  local data=${1:-$ROOT/data}
  data=$(cd "$data" && pwd)
  if [ -n "$(nginx_pid)" ] && kill -0 "$(nginx_pid)" 2>/dev/null; then say "already running (stop it first)"; exit 1; fi
  command -v nginx >/dev/null || { say "installing nginx"; apt-get update -qq && apt-get install -y -qq nginx >/dev/null; }
  rm -rf "$RUN"; mkdir -p "$RUN/logs" "$RUN/tmp" "$RUN/cache"
  # Started as root, nginx runs its workers as nobody: they write the cache and temporary files.
  [ "$(id -u)" = 0 ] && chown nobody:nogroup "$RUN/tmp" "$RUN/cache"
  say "building the service (Release) into $RUN/build"
  dotnet publish "$ROOT/api" -c Release -o "$RUN/build" -v quiet -nologo >/dev/null
  local database; database=$(build_database "$data")
  : > "$RUN/replicas"
  for _ in $(seq 1 "$REPLICAS"); do start_replica "$database" "$data" >> "$RUN/replicas"; done
  render_nginx
  nginx -p "$RUN" -c "$RUN/nginx.conf"
  wait_ready "http://127.0.0.1:$PROXY_PORT/health/ready" 30 || { say "nginx does not answer"; exit 1; }
  echo "http://127.0.0.1:$PROXY_PORT/"
}

# roll DATA_DIR: replace the replicas one at a time, each on its own port: stop it gracefully
# (SIGTERM: it finishes the requests in flight and refuses new connections, which nginx then sends
# to the other replica), start its successor on the new data set, wait until it is ready, go on to
# the next. nginx's configuration does not change, so it is not reloaded (a reload closes the
# clients' idle keep-alive connections). The two data-set versions answer side by side until the
# last replica is replaced, each response naming its own (X-Dataset-Version).
roll() {
  local data=${1:?usage: run-local.sh roll DATA_DIR}
  data=$(cd "$data" && pwd)
  [ -n "$(nginx_pid)" ] || { say "not running"; exit 1; }
  local database; database=$(build_database "$data")
  local port pid
  while read -r port pid; do
    stop_replica "$pid"
    local new; new=$(start_replica "$database" "$data" "$port")
    awk -v port="$port" -v new="$new" '$1 == port { print new; next } { print }' "$RUN/replicas" > "$RUN/replicas.new"
    mv "$RUN/replicas.new" "$RUN/replicas"
    say "replaced the replica on port $port (pid $pid) by pid $(echo "$new" | awk '{print $2}')"
    sleep $((FAIL_TIMEOUT + 1)) # until nginx takes the port back into rotation
  done < <(replicas | awk '{print $1, $2}')
}

status() {
  local pid; pid=$(nginx_pid)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then echo "nginx $pid on 127.0.0.1:$PROXY_PORT"; else echo "nginx not running"; fi
  while read -r port pid _; do
    local version; version=$(curl -s -D - -o /dev/null "http://127.0.0.1:$port/health/live" 2>/dev/null | tr -d '\r' | awk -F': ' 'tolower($1) == "x-dataset-version" {print $2}')
    echo "replica $pid on 127.0.0.1:$port: ${version:-not answering}"
  done < <(replicas)
}

stop() {
  local pid; pid=$(nginx_pid)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -QUIT "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  while read -r _ pid _; do stop_replica "$pid"; done < <(replicas)
  rm -f "$RUN/replicas" "$RUN/nginx.pid"
  if ss -ltn "( sport = :$PROXY_PORT )" | grep -q ":$PROXY_PORT"; then say "something still listens on $PROXY_PORT"; exit 1; fi
  say "stopped"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  roll) roll "${2:-}" ;;
  status) status ;;
  stop) stop ;;
  *) echo "usage: deploy/run-local.sh start [DATA_DIR] | roll DATA_DIR | status | stop" >&2; exit 2 ;;
esac
