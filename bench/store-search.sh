#!/usr/bin/env bash
# Times event search and stats over synthetic events in an embedded store.
# usage: bench/store-search.sh [EVENTS [KEEP_DIR | JDBC_URL [FILTER]]]   (default 100000 events, temporary H2 store)
# A KEEP_DIR keeps the H2 store, and a later run on it times the events already there; FILTER times only
# the filters whose names contain it.
# A jdbc:postgresql: URL of an empty database runs the same timings on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.borderwatch.store.jdbc.StoreBench "${1:-100000}" "${@:2}"
