#!/usr/bin/env bash
# Load test of product search against a running release server on this machine.
#
#   cargo build --release
#   DATA_DIR=/tmp/bench target/release/odop-bazaar seed --demo 100000
#   DATA_DIR=/tmp/bench target/release/odop-bazaar search reindex
#   DATA_DIR=/tmp/bench BIND=127.0.0.1:8080 RUST_LOG=warn target/release/odop-bazaar serve &
#   scripts/search-load.sh                       # 64 connections, 60 s
#   DURATION=30s CONNECTIONS=32 scripts/search-load.sh http://127.0.0.1:8080
#
# Cycles 50 realistic searches (scripts/search-load.lua) over the page and the
# JSON API. Needs wrk (Debian: apt-get install wrk). Only loopback targets.
set -euo pipefail

TARGET="${1:-http://127.0.0.1:8080}"
DURATION="${DURATION:-60s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

. "$(dirname "${BASH_SOURCE[0]}")/load-guard.sh" "$TARGET"
curl -fsS -o /dev/null "$TARGET/search?q=haldi" || { echo "no search page at $TARGET" >&2; exit 2; }

echo "Searching $TARGET with $CONNECTIONS connections on $THREADS threads for $DURATION"
exec wrk --threads "$THREADS" --connections "$CONNECTIONS" --duration "$DURATION" --timeout 10s \
  --latency --script "$HERE/search-load.lua" "$TARGET"
