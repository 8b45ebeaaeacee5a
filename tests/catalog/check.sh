#!/usr/bin/env bash
# DCAT-AP conformance of the catalogue: starts the service, fetches /v1/catalog and validates it
# against SEMIC's DCAT-AP 3.0.1 SHACL shapes (shapes/, see README.md) with jsonld.js, N3.js and
# rdf-validate-shacl (npm, versions pinned by package-lock.json, installed once into a cache folder).
# Also checks the RDF holds the DCAT statements a harvester relies on (statements.mjs). Prints each
# shape file's results and ends with "N violations"; fails when N > 0 or a statement is missing.
#
#   bash tests/catalog/check.sh [--port N] [--configuration Release|Debug]
#
# Without --port, a free loopback port is chosen. The service runs on 127.0.0.1 with a database in
# a temporary folder; the script ends that process, by its PID, whatever happens.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/tests/catalog"
PORT="" CONFIGURATION=Release
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT=$2; shift 2 ;;
    --configuration) CONFIGURATION=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The validator's packages, exactly as the lock file pins them (a new lock file, a new folder).
command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq npm; }
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl; }
tools="${XDG_CACHE_HOME:-$HOME/.cache}/mgi-ci/catalog-check-$(sha256sum "$HERE/package-lock.json" | cut -c1-16)"
if [ ! -f "$tools/node_modules/rdf-validate-shacl/package.json" ]; then
  mkdir -p "$tools"
  cp "$HERE/package.json" "$HERE/package-lock.json" "$tools/"
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
cp "$HERE/validate.mjs" "$HERE/statements.mjs" "$tools/" # resolved against the folder's node_modules

WORK=$(mktemp -d /tmp/mgi-catalog.XXXXXX)
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; [ -n "$PID" ] && wait "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT

dotnet build "$ROOT/api" -c "$CONFIGURATION" -v quiet -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
[ -n "$PORT" ] || PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
Mgi__DatabasePath="$WORK/mgi.sqlite" Mgi__Http__RateLimit__Enabled=false \
  dotnet "$ROOT/api/bin/$CONFIGURATION/net10.0/Mgi.Api.dll" --urls "http://127.0.0.1:$PORT" >"$WORK/api.log" 2>&1 &
PID=$!
for _ in $(seq 1 300); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready" && break
  kill -0 "$PID" 2>/dev/null || { echo "the service did not start:" >&2; cat "$WORK/api.log" >&2; exit 1; }
  sleep 0.2
done
curl -sf -o "$WORK/catalog.jsonld" "http://127.0.0.1:$PORT/v1/catalog" || { echo "GET /v1/catalog failed" >&2; exit 1; }

# The DCAT statements a harvester relies on, as jsonld.js reads them.
statements=0
node "$tools/statements.mjs" "$WORK/catalog.jsonld" "http://127.0.0.1:$PORT" || statements=$?

# Every shape file SEMIC ships with 3.0.1 (README.md says which and why); imports.ttl and
# mdr_imports.ttl hold no shapes, only owl:imports of vocabularies from the network.
shapes=(dcat-ap-SHACL.ttl ranges.ttl shapes.ttl shapes_recommended.ttl range.ttl mdr-vocabularies.shape.ttl deprecateduris.ttl)
shacl=0
node "$tools/validate.mjs" "$WORK/catalog.jsonld" "${shapes[@]/#/$HERE/shapes/}" || shacl=$?
[ "$statements" -eq 0 ] && [ "$shacl" -eq 0 ]
