#!/usr/bin/env bash
# Schemathesis against the JSON API: starts the site on a free loopback port
# with a fresh DATA_DIR (SQLite, embedded search, mail as files) and the demo
# data (directory, listings and the demo buyer-seller meet), makes API tokens
# for a demo producer, buyer and organiser, and runs `schemathesis run` from
# /api/v1/openapi.json once per token, with the checks below. Exits non-zero
# on any failure; .ci/run runs it after `cargo test`.
#
#   scripts/api-fuzz.sh                  # 25 examples an operation and role
#   EXAMPLES=100 scripts/api-fuzz.sh     # longer
#   BIN=target/release/odop-bazaar scripts/api-fuzz.sh
#
# Schemathesis (from PyPI, pinned below) goes into a venv under target/, made
# on the first run.
set -euo pipefail
cd "$(dirname "$0")/.."

EXAMPLES="${EXAMPLES:-25}"
SCHEMATHESIS_VERSION="4.32.5"
VENV="${VENV:-target/api-fuzz-venv}"
CHECKS="not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"

if [[ -z "${BIN:-}" ]]; then
  cargo build --quiet --bin odop-bazaar
  BIN="${CARGO_TARGET_DIR:-target}/debug/odop-bazaar"
fi
if [[ ! -x "$VENV/bin/schemathesis" ]] || ! "$VENV/bin/schemathesis" --version | grep -q "$SCHEMATHESIS_VERSION"; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

work="$(mktemp -d)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
# Only this script's own site: none of the caller's database, search or mail.
unset DATABASE_URL MEILI_URL MEILI_API_KEY SMTP_URL SESSION_KEY MEDIA_DIR METRICS_TOKEN TRUSTED_PROXIES
export DATA_DIR="$work/data" BIND="127.0.0.1:$port" BASE_URL="$base" RUST_LOG="${RUST_LOG:-warn}"
server_pid=""
# Stopped however the run ends, keeping the run's own exit status.
trap 'status=$?; [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null; rm -rf "$work"; exit "$status"' EXIT

echo "Seeding the directory and the demo meet into $DATA_DIR …"
"$BIN" seed --demo-event >"$work/seed.log" 2>&1 || { cat "$work/seed.log"; exit 1; }
token() {
  "$BIN" create-api-token --email "$1@demo.odop-bazaar.invalid" --name "api-fuzz $1"
}
producer_token="$(token demo-varanasi)"
buyer_token="$(token buyer-1)"
organiser_token="$(token organiser)"

"$BIN" serve >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -sf "$base/readyz" >/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.5
done
curl -sf "$base/readyz" >/dev/null || { echo "the server did not start"; cat "$work/server.log"; exit 1; }

failed=0
for role in producer buyer organiser; do
  var="${role}_token"
  echo
  echo "=== schemathesis as the demo $role: $EXAMPLES examples an operation ==="
  "$VENV/bin/schemathesis" run "$base/api/v1/openapi.json" \
    --checks "$CHECKS" \
    --max-examples "$EXAMPLES" \
    --seed 19 \
    --workers 2 \
    --header "Authorization: Bearer ${!var}" \
    --generation-database none \
    --no-color \
    --output-truncate true || failed=1
done
if [[ "$failed" != 0 ]]; then
  echo "schemathesis found failures; the server's log:"
  tail -n 50 "$work/server.log"
fi
exit "$failed"
