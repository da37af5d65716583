#!/usr/bin/env bash
# Does a sign-up flood slow the site for everyone else? Measures the home page
# alone, then while POST /signup is flooded: from one address (the rate limit
# answers before any password work) and from many (SPREAD: every sign-up is
# judged and hashed, behind the hashing bound).
#
#   cargo build --release
#   DATA_DIR=/tmp/signup TRUSTED_PROXIES=127.0.0.1/32 BIND=127.0.0.1:8090 RUST_LOG=warn \
#     target/release/odop-bazaar serve &
#   scripts/signup-load.sh http://127.0.0.1:8090
#
# Needs wrk (Debian: apt-get install wrk). Only loopback targets.
set -euo pipefail

TARGET="${1:-http://127.0.0.1:8090}"
DURATION="${DURATION:-20s}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/load-guard.sh" "$TARGET"

page="$(curl -fsS -D - "$TARGET/signup")"
export COOKIE="$(printf '%s' "$page" | sed -n 's/^set-cookie: \([^;]*\).*/\1/Ip' | head -1)"
export TOKEN="$(printf '%s' "$page" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -1)"
export ORIGIN="$TARGET"
[ -n "$COOKIE" ] && [ -n "$TOKEN" ] || { echo "no session cookie or form token from $TARGET/signup" >&2; exit 2; }

home() { wrk --threads 1 --connections 16 --duration "$DURATION" --latency "$TARGET/" | sed -n '/Latency Distribution/,/Requests\/sec/p'; }

echo "== / alone (16 connections)"
home
for spread in 0 1; do
  echo "== / while POST /signup is flooded by 16 connections, SPREAD=$spread"
  SPREAD=$spread wrk --threads 1 --connections 16 --duration "$DURATION" --script "$HERE/signup-load.lua" "$TARGET" \
    > /tmp/signup-flood.txt &
  flood=$!
  sleep 1
  home
  wait "$flood"
  echo "-- the flood itself:"
  grep -E "Requests/sec|Non-2xx|requests in" /tmp/signup-flood.txt
done
