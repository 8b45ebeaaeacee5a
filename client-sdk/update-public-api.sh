#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016: a member the contract or the
# hand-written code added) to PublicAPI.Unshipped.txt, so the build passes again. Review the diff:
# a line that appears is API users will get. It never removes lines: a symbol that disappeared
# (RS0017) is a breaking change, to be decided by a person (see README.md, "Maintaining the package").
set -euo pipefail
cd "$(dirname "$0")"
output=$(dotnet build Mgi.Client.csproj --no-incremental -p:WarningsNotAsErrors=RS0016 -p:TreatWarningsAsErrors=false 2>&1 || true)
missing=$(grep -o "RS0016: Symbol '[^']*'" <<<"$output" | sed "s/^RS0016: Symbol '//; s/'\$//" || true)
{
  echo "#nullable enable"
  { grep -v "^#nullable" PublicAPI.Unshipped.txt || true; if [ -n "$missing" ]; then echo "$missing"; fi; } | LC_ALL=C sort -u | sed '/^$/d'
} > PublicAPI.Unshipped.txt.new
mv PublicAPI.Unshipped.txt.new PublicAPI.Unshipped.txt
echo "PublicAPI.Unshipped.txt: $(($(wc -l < PublicAPI.Unshipped.txt) - 1)) symbols; now: dotnet build Mgi.Client.csproj"
