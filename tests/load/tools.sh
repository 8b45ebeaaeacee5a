# Sourced by the load scripts: what each needs, installed from Debian when missing, and how to read
# the RESULT line report.lua prints at the end of a wrk run.

# need COMMAND [DEBIAN_PACKAGE]: installs the package (named as the command unless given) when the command is missing.
need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "${2:-$1}"; }; }

# field RESULT_LINE KEY: one value of a RESULT line (rps, p50_ms, p99_ms, errors, requests, bytes).
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
