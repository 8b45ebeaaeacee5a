#!/usr/bin/env bash
# Brings PublicAPI.Unshipped.txt in step with the code (review the diff: it is the API users get):
# - adds every public symbol the build reports as undeclared (RS0016: the contract or the code grew);
# - drops the Unshipped lines of symbols that are gone (RS0017 on PublicAPI.Unshipped.txt: never
#   released, so nobody depends on them).
# It never touches PublicAPI.Shipped.txt: a released symbol that disappeared is a breaking change,
# for a person to decide (docs/client-sdk.md, "The public-API baseline").
set -euo pipefail
cd "$(dirname "$0")"
output=$(dotnet build Mgi.Client.csproj --no-incremental -p:TreatWarningsAsErrors=false 2>&1 || true)
added=$(grep -o "RS0016: Symbol '[^']*'" <<<"$output" | sed "s/^RS0016: Symbol '//; s/'\$//" | LC_ALL=C sort -u || true)
gone=$(grep "PublicAPI.Unshipped.txt([0-9]*,[0-9]*): \(error\|warning\) RS0017" <<<"$output" | grep -o "Symbol '[^']*'" | sed "s/^Symbol '//; s/'\$//" | LC_ALL=C sort -u || true)
{
  echo "#nullable enable"
  { grep -v '^#nullable' PublicAPI.Unshipped.txt | grep -vxF -f <(printf '%s\n' "$gone") || true; if [ -n "$added" ]; then echo "$added"; fi; } | LC_ALL=C sort -u | sed '/^$/d'
} > PublicAPI.Unshipped.txt.new
mv PublicAPI.Unshipped.txt.new PublicAPI.Unshipped.txt
echo "PublicAPI.Unshipped.txt: $(printf '%s' "$added" | grep -c . || true) added, $(printf '%s' "$gone" | grep -c . || true) removed; now: dotnet build client-sdk/Mgi.Client.csproj"
