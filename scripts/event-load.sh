#!/usr/bin/env bash
# The public page of the demo buyer-seller meet (/events/demo-buyer-seller-meet:
# five days, 300 producers, 500 buyers, 3,000 meetings) under load, as a
# visitor who is not signed in: requests per second and latency percentiles
# for the page and for a later page of its producers (issue #14).
#
#   cargo build --release
#   DATA_DIR=/tmp/meet target/release/odop-bazaar seed --demo-event
#   DATA_DIR=/tmp/meet BIND=127.0.0.1:8080 RUST_LOG=warn target/release/odop-bazaar serve &
#   scripts/event-load.sh                        # 64 connections, 15 s a URL
#   DURATION=8s scripts/event-load.sh http://127.0.0.1:8080
#
# For PostgreSQL, set DATABASE_URL=postgres://postgres@127.0.0.1:5432/odop_meet
# for both commands. Needs wrk (Debian: apt-get install wrk). Only loopback targets.
set -euo pipefail

TARGET="${1:-http://127.0.0.1:8080}"
DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
EVENT="${EVENT:-/events/demo-buyer-seller-meet}"

. "$(dirname "${BASH_SOURCE[0]}")/load-guard.sh" "$TARGET"

page="$(curl -fsS "$TARGET$EVENT")" || { echo "no event at $TARGET$EVENT: run seed --demo-event first" >&2; exit 2; }
grep -o '[0-9,]* producers\? and [0-9,]* buyers\?' <<<"$page" | head -1
printf '%-48s %10s %10s %10s %10s\n' URL requests/s p50 p99 bytes
for path in "$EVENT" "$EVENT?page=2"; do
  bytes="$(curl -fsS "$TARGET$path" | wc -c)"
  wrk --threads "$THREADS" --connections "$CONNECTIONS" --duration "$DURATION" --timeout 10s --latency "$TARGET$path" |
    tee /dev/stderr |
    awk -v url="$path" -v bytes="$bytes" '
      /Requests\/sec/ { rate = $2 }
      $1 == "50%" { p50 = $2 }
      $1 == "99%" { p99 = $2 }
      / Non-2xx or 3xx responses/ { bad = $NF }
      END {
        printf "%-48s %10.0f %10s %10s %10s\n", url, rate, p50, p99, bytes
        if (bad) printf "  %s answers were not 2xx/3xx\n", bad
      }'
done
