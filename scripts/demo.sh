#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, ingests the
# bundled samples into an SQLite file, and writes the graph as DOT and SVG.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
TARGETS=newsgraph scripts/build.sh
out=${OUT_DIR:-out}
mkdir -p "$out"
db="$out/newsgraph.db"
build/newsgraph ingest --db "$db" samples/
build/newsgraph stats --db "$db"
build/newsgraph export --db "$db" --format dot --output "$out/graph.dot"
build/newsgraph export --db "$db" --format json --output "$out/graph.json"
dot -Tsvg "$out/graph.dot" -o "$out/graph.svg"
echo
echo "database: $(realpath "$db")"
echo "graph:    $(realpath "$out/graph.dot"), $(realpath "$out/graph.svg"), $(realpath "$out/graph.json")"
echo "try:      build/newsgraph export --db $db --format json | head"
