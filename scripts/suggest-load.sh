#!/usr/bin/env bash
# Load test of the search box's suggestions against a running release server
# on this machine.
#
#   cargo build --release
#   DATA_DIR=/tmp/bench target/release/odop-bazaar seed --demo 100000
#   DATA_DIR=/tmp/bench target/release/odop-bazaar search reindex
#   DATA_DIR=/tmp/bench BIND=127.0.0.1:8080 RUST_LOG=warn target/release/odop-bazaar serve &
#   scripts/suggest-load.sh                      # 64 connections, 30 s
#   DURATION=10s CONNECTIONS=16 scripts/suggest-load.sh http://127.0.0.1:8080
#   RANDOM_PREFIXES=1 scripts/suggest-load.sh    # random prefixes: few cache hits
#
# Cycles 2–4 letter prefixes (scripts/suggest-load.lua) through
# /api/v1/suggest. Needs wrk (Debian: apt-get install wrk). Only loopback targets.
set -euo pipefail

TARGET="${1:-http://127.0.0.1:8080}"
DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

. "$(dirname "${BASH_SOURCE[0]}")/load-guard.sh" "$TARGET"
curl -fsS -o /dev/null "$TARGET/api/v1/suggest?q=ha" || { echo "no suggestions at $TARGET" >&2; exit 2; }

echo "Asking $TARGET for suggestions with $CONNECTIONS connections on $THREADS threads for $DURATION"
exec wrk --threads "$THREADS" --connections "$CONNECTIONS" --duration "$DURATION" --timeout 10s \
  --latency --script "$HERE/suggest-load.lua" "$TARGET" \
  ${RANDOM_PREFIXES:+-- random}
