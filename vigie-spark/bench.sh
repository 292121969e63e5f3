#!/usr/bin/env bash
# Throughput of the Spark job in local mode (1 and 2 executor threads) against 'vigie ingest' (1 and 2 threads)
# on the same input (default: WiNER dev, 584 files). Each run is a fresh JVM: its time includes loading the
# models once (about 20 s), as a user would see it. Prints one line per run: articles, wall seconds, articles/s.
# Usage: vigie-spark/bench.sh [INPUT]   (build first: ./vigie --version; mvn -pl vigie-spark -am package)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
INPUT="${1:-$ROOT/data/winer-fr-dev}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"/store* "$TMP"/out*; echo "logs in $TMP"' EXIT
export VIGIE_NO_BUILD=1

run() {
  local name="$1"; shift
  uptime | sed "s/^/before $name: /"
  local start end
  start=$(date +%s.%N)
  "$@" >"$TMP/$name.out" 2>"$TMP/$name.err" || true
  end=$(date +%s.%N)
  local docs
  docs=$(grep -oE '[0-9,]+ articles (stored|analysed)' "$TMP/$name.err" | head -n 1 | grep -oE '^[0-9,]+' | tr -d , \
    || true)
  awk -v n="$name" -v d="${docs:-0}" -v s="$start" -v e="$end" \
    'BEGIN { printf "%-22s %5d articles %7.1f s %6.2f articles/s\n", n, d, e - s, d / (e - s) }'
}

run "ingest --threads 1" "$ROOT/vigie" ingest "$INPUT" --store "$TMP/store1" --threads 1
run "ingest --threads 2" "$ROOT/vigie" ingest "$INPUT" --store "$TMP/store2" --threads 2
run "spark-job local[1]" "$ROOT/vigie" spark-job --input "$INPUT" --out "$TMP/out1" --threads 1
run "spark-job local[2]" "$ROOT/vigie" spark-job --input "$INPUT" --out "$TMP/out2" --threads 2
grep -h "cross-document" "$TMP"/spark*.err || true
