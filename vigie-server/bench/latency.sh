#!/usr/bin/env bash
# Latency of the API and of an article page, against a running `vigie serve`: 5 warm-up requests, then 50 timed
# ones per call, one at a time, on this machine. Prints the median and 95th percentile of curl's total time.
#   vigie-server/bench/latency.sh [BASE_URL]   (default http://127.0.0.1:8080)
# DOC, ENTITY, SPEAKER and QUERY name what to ask for (defaults fit the seeds store).
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
DOC=${DOC:-000_d34ea18d0a192c3d}
ENTITY=${ENTITY:-Q57286}
SPEAKER=${SPEAKER:-Blinken}
QUERY=${QUERY:-Stoltenberg}
for path in "/api/stats" "/api/documents?limit=20" "/api/documents/$DOC" "/api/search?q=$QUERY" \
  "/api/entities?limit=20" "/api/entities/$ENTITY" "/api/quotes?speaker=$SPEAKER" "/api/events" \
  "/api/timeline?entity=$SPEAKER" "/api/graph" "/articles/$DOC"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
  [ "$code" = 200 ] || { echo "$path: HTTP $code" >&2; exit 1; }
  for _ in 1 2 3 4; do curl -s -o /dev/null "$BASE$path"; done
  for _ in $(seq 1 50); do curl -s -o /dev/null -w '%{time_total}\n' "$BASE$path"; done | sort -n \
    | awk -v p="$path" '{a[NR]=$1} END {printf "| `%s` | %.0f ms | %.0f ms |\n", p, a[int(NR/2)+1]*1000, a[int(NR*0.95)]*1000}'
done
