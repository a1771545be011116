#!/usr/bin/env bash
# Measures ingestion: runs `borderwatch ingest` on a corpus folder (default: the shared development
# corpus) into a fresh embedded store, RUNS times, and prints each run's summary line and wall time.
# The summary's own time covers reading, cleaning and storing; the wall time adds JVM start-up and
# store creation. Usage: bench/ingest-corpus.sh [FOLDER] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$here/../shared/corpus}"
[ -d "$corpus" ] || corpus="$here/../../shared/corpus"
runs="${2:-3}"
[ -d "$corpus" ] || { echo "bench: corpus folder not found: $corpus" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/borderwatch" --version >/dev/null   # builds the jar first if needed, outside the timing
echo "corpus: $corpus ($(find "$corpus" -type f \( -name '*.txt' -o -name '*.htm*' -o -name '*.pdf' \) | wc -l) files, $(du -sh "$corpus" | cut -f1))"
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  summary=$("$here/borderwatch" --db "$work/run$i/bw" ingest --no-extract "$corpus" 2>/dev/null)
  end=$(date +%s.%N)
  printf 'run %d: %s | wall %.2f s\n' "$i" "$summary" "$(echo "$end - $start" | bc)"
done
