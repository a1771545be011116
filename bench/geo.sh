#!/usr/bin/env bash
# Prints the geography figures: WOF import time, spotter words/s, geocoding time per location.
# Needs the shared reference data (default ../shared, or give its path).
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:-}"
if [ -z "$shared" ]; then for d in ../shared ../../shared; do [ -d "$d" ] && shared="$d" && break; done; fi
[ -n "$shared" ] || { echo "bench/geo.sh: shared data not found; give its path" >&2; exit 2; }
mvn -B -q -o test-compile >&2
cp="$(mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
exec java -Xmx1g -cp "target/classes:target/test-classes:$cp" org.borderwatch.geo.GeoBench "$shared"
