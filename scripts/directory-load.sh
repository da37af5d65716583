#!/usr/bin/env bash
# The public directory pages against the static stylesheet, side by side on
# one running server, with each page's throughput as a ratio of the static
# file's (issue #19: the target is at least 0.5 at 100,000 listings).
#
#   cargo build --release
#   DATA_DIR=/tmp/dir100k target/release/odop-bazaar seed --demo 100000
#   DATA_DIR=/tmp/dir100k BIND=127.0.0.1:8080 RUST_LOG=warn target/release/odop-bazaar serve &
#   scripts/directory-load.sh                    # 64 connections, 15 s a URL
#   DURATION=8s scripts/directory-load.sh http://127.0.0.1:8080
#
# For PostgreSQL, set DATABASE_URL=postgres://postgres@127.0.0.1:5432/odop_perf
# for both commands. Needs wrk (Debian: apt-get install wrk). Only loopback targets.
set -euo pipefail

TARGET="${1:-http://127.0.0.1:8080}"
DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"

. "$(dirname "${BASH_SOURCE[0]}")/load-guard.sh" "$TARGET"

home="$(curl -fsS "$TARGET/")" || { echo "no site at $TARGET" >&2; exit 2; }
stylesheet="$(grep -o '/static/css/site\.css[^"]*' <<<"$home" | head -1)"
product="$(curl -fsS "$TARGET/districts/varanasi" | grep -o 'href="/products/[^"]*"' | head -1 | cut -d'"' -f2)"
[ -n "$product" ] || { echo "no listing on /districts/varanasi: seed with --demo first" >&2; exit 2; }

requests_per_second() {
  wrk --threads "$THREADS" --connections "$CONNECTIONS" --duration "$DURATION" --timeout 10s --latency "$TARGET$1" |
    tee /dev/stderr | awk '/Requests\/sec/ { print $2 }'
}

static="$(requests_per_second "$stylesheet")"
printf '%-48s %12s %8s\n' URL requests/s ratio
printf '%-48s %12.0f %8s\n' "$stylesheet" "$static" 1
for path in / /states/uttar-pradesh /districts/varanasi /sectors/handloom "$product"; do
  rate="$(requests_per_second "$path")"
  printf '%-48s %12.0f %8.2f\n' "$path" "$rate" "$(echo "$rate / $static" | bc -l)"
done
