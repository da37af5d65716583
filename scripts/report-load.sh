#!/usr/bin/env bash
# The programme report of the finished demo meet (10,000 meetings held, their
# outcomes and follow-ups) under load, signed in as an admin: requests per
# second and latency percentiles for the event's report and for the admins'
# report across every event (issue #16: p99 under 200 ms).
#
#   cargo build --release
#   export DATA_DIR=/tmp/report
#   target/release/odop-bazaar seed --demo-history
#   echo 'a long load-test password' | target/release/odop-bazaar create-user --role admin --email load@example.org
#   BIND=127.0.0.1:8080 RUST_LOG=warn target/release/odop-bazaar serve &
#   PASSWORD='a long load-test password' EMAIL=load@example.org scripts/report-load.sh
#
# CONNECTIONS=1 gives one organiser's view; the default, 8, a busy morning of
# organisers. For PostgreSQL, set DATABASE_URL for the commands above. Needs
# wrk (Debian: apt-get install wrk). Only loopback targets.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET="${1:-http://127.0.0.1:8080}"
DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-8}"
THREADS="${THREADS:-2}"
: "${EMAIL:?set EMAIL to an admin made with create-user}" "${PASSWORD:?set PASSWORD to its password}"

. "$(dirname "${BASH_SOURCE[0]}")/load-guard.sh" "$TARGET"

# A cookie from an earlier run saves a sign-in (their codes are rate-limited per account).
cookie="${COOKIE:-$(scripts/signed-in-cookie.py "$TARGET" "$EMAIL" "$PASSWORD")}"
report=/dashboard/events/demo-meet-last-season/report
curl -fsS -H "Cookie: $cookie" "$TARGET$report" | grep -o 'Meetings held</dt><dd>[0-9,]*' | sed 's/.*<dd>\(.*\)/\1 meetings held/' | grep . ||
  { echo "no report at $TARGET$report: run seed --demo-history and sign in as an admin" >&2; exit 2; }
printf '%-52s %10s %10s %10s %10s\n' URL requests/s p50 p99 bytes
for path in "$report" /admin/reports; do
  bytes="$(curl -fsS -H "Cookie: $cookie" "$TARGET$path" | wc -c)"
  wrk --threads "$THREADS" --connections "$CONNECTIONS" --duration "$DURATION" --timeout 10s --latency \
    --header "Cookie: $cookie" "$TARGET$path" |
    tee /dev/stderr |
    awk -v url="$path" -v bytes="$bytes" '
      /Requests\/sec/ { rate = $2 }
      $1 == "50%" { p50 = $2 }
      $1 == "99%" { p99 = $2 }
      / Non-2xx or 3xx responses/ { bad = $NF }
      END {
        printf "%-52s %10.1f %10s %10s %10s\n", url, rate, p50, p99, bytes
        if (bad) printf "  %s answers were not 2xx/3xx\n", bad
      }'
done
