#!/usr/bin/env bash
# The site's search on Meilisearch against Meilisearch alone, asked the same
# searches with the same request bodies, in one run (issue #18, item 5).
#
#   cargo build --release
#   export MEILI_URL=http://127.0.0.1:7700 MEILI_API_KEY=…
#   DATA_DIR=/tmp/bench target/release/odop-bazaar seed --demo 100000
#   DATA_DIR=/tmp/bench target/release/odop-bazaar search reindex
#   DATA_DIR=/tmp/bench scripts/meili-compare.sh        # 64 connections, 30 s each
#
# 1. Starts the site with Meilisearch behind a recording proxy
#    (scripts/meili-record.py), asks the 50 searches of scripts/search-load.lua
#    once on the page and once on the API, and counts the engine calls made.
# 2. Loads the site (scripts/search-load.sh) with CONNECTIONS for DURATION.
# 3. Loads Meilisearch with the recorded searches and page multi-searches (scripts/meili-replay.lua),
#    same connections and duration, and prints the ratio of the p99s.
# Needs wrk and python3. Only loopback addresses.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BIN="${BIN:-$HERE/../target/release/odop-bazaar}"
DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
: "${DATA_DIR:?DATA_DIR must hold a seeded, indexed database}"
: "${MEILI_URL:?MEILI_URL must name the Meilisearch the listings are indexed in}"
case "$MEILI_URL" in
  http://127.*|http://localhost*) ;;
  *) echo "refusing to load $MEILI_URL: only servers on this machine" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
work="$(mktemp -d)"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

start_site() { # MEILI_URL for the site
  local port; port="$(free_port)"
  DATA_DIR="$DATA_DIR" MEILI_URL="$1" BIND="127.0.0.1:$port" RUST_LOG=warn "$BIN" serve >"$work/site.log" 2>&1 &
  pids+=($!)
  site="http://127.0.0.1:$port"
  for _ in $(seq 1 120); do curl -fs -o /dev/null "$site/readyz" && return; sleep 0.5; done
  echo "the site did not start:" >&2; cat "$work/site.log" >&2; exit 1
}
stop_site() { kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true; unset 'pids[-1]'; }

# 1. Record what the site asks Meilisearch.
proxy_port="$(free_port)"
python3 "$HERE/meili-record.py" "$proxy_port" "$MEILI_URL" "$work/recorded.jsonl" &
pids+=($!)
sleep 0.5
start_site "http://127.0.0.1:$proxy_port"
: >"$work/recorded.jsonl"
mapfile -t searches < <(sed -n 's/^  "\(.*\)",$/\1/p' "$HERE/search-load.lua")
for params in "${searches[@]}"; do
  curl -fs -o /dev/null "$site/search?$params"
  curl -fs -o /dev/null "$site/api/v1/products/search?$params"
done
stop_site
python3 - "$work/recorded.jsonl" "$work/bodies" "${#searches[@]}" <<'PY'
import json, sys
calls = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
engine = [c for c in calls if c["method"] == "POST" and c["path"].endswith(("/search", "/multi-search"))]
searches = [c for c in engine if c["path"].endswith("/indexes/products/search")]
# A multi-search of pages (every query asks for facets: an origin search's two
# parts) is replayed as it is; the others (counts of looser searches, probes of
# words) are asked once a minute at most, so a steady load does not repeat them.
pages = [c for c in engine if c["path"].endswith("/multi-search")
         and all("facets" in q for q in json.loads(c["body"])["queries"])]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for call in searches + pages:
        body = json.dumps(json.loads(call["body"]), ensure_ascii=False, separators=(",", ":"))
        out.write(call["path"] + "\t" + body + "\n")
requests = 2 * int(sys.argv[3])
print(f"{requests} site requests made {len(engine)} engine calls "
      f"({len(searches)} searches, {len(engine) - len(searches)} multi-searches, "
      f"{len(pages)} of them for pages of results); {len(searches) + len(pages)} are replayed")
PY

# 2. The site, straight to Meilisearch.
start_site "$MEILI_URL"
DURATION=5s CONNECTIONS=16 "$HERE/search-load.sh" "$site" >/dev/null # warm-up
echo "== the site's /search and API on Meilisearch, $CONNECTIONS connections, $DURATION"
DURATION="$DURATION" CONNECTIONS="$CONNECTIONS" THREADS="$THREADS" "$HERE/search-load.sh" "$site" | tee "$work/site.out"
stop_site

# 3. Meilisearch alone, the same search bodies.
echo "== Meilisearch alone, the recorded search bodies, $CONNECTIONS connections, $DURATION"
wrk --threads "$THREADS" --connections "$CONNECTIONS" --duration "$DURATION" --timeout 10s --latency \
  --script "$HERE/meili-replay.lua" "$MEILI_URL" -- "$work/bodies" "${MEILI_API_KEY:-}" | tee "$work/meili.out"

p99() { sed -n 's/^latency p99: \([0-9.]*\) ms$/\1/p' "$1"; }
python3 -c "import sys; s, m = map(float, sys.argv[1:]); print(f'p99: site {s:.1f} ms, Meilisearch alone {m:.1f} ms, ratio {s / m:.2f}')" \
  "$(p99 "$work/site.out")" "$(p99 "$work/meili.out")"
