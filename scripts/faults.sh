#!/usr/bin/env bash
# Fault harness (issue #19 item 5): runs the real binary through outages and crashes and
# prints one RESULT line per scenario. Results are recorded in docs/RELIABILITY.md.
#
#   scripts/faults.sh                 # every scenario
#   scripts/faults.sh smtp meili      # some: smtp, meili, postgres, kill9
#
# BIN (default $CARGO_TARGET_DIR/debug/odop-bazaar, else target/debug/odop-bazaar),
# MEILI_BIN (default ../shared/bin/meilisearch), PG_BIN (default /usr/lib/postgresql/15/bin),
# SMTP_OUTAGE_SECS (120), KEEP=1 keeps the scratch folder. Only 127.0.0.1 is used; never the
# PostgreSQL on port 5432: the postgres scenario makes its own throwaway cluster.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${BIN:-${CARGO_TARGET_DIR:-$ROOT/target}/debug/odop-bazaar}
MEILI_BIN=${MEILI_BIN:-$ROOT/../shared/bin/meilisearch}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
SMTP_OUTAGE_SECS=${SMTP_OUTAGE_SECS:-120}
PASSWORD="copper lantern river mango"
WORK=$(mktemp -d /tmp/faults.XXXXXX)
PIDS=()
PG_DIRS=()
RESULTS=()

cleanup() {
    local pid dir
    for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null; done
    for dir in "${PG_DIRS[@]}"; do su postgres -c "$PG_BIN/pg_ctl -D $dir -m immediate stop" >/dev/null 2>&1; done
    if [ "${KEEP:-0}" = 1 ]; then echo "scratch kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '%s  %s\n' "$(date +%T)" "$*" >&2; }
result() { RESULTS+=("RESULT $1 $2: $3"); printf 'RESULT %s %s: %s\n' "$1" "$2" "$3"; }
now_ms() { date +%s%3N; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# until SECS CMD...: run CMD every half second until it succeeds, at most SECS seconds.
until_ok() {
    local deadline=$((SECONDS + $1)); shift
    until "$@" >/dev/null 2>&1; do
        [ $SECONDS -ge $deadline ] && return 1
        sleep 0.5
    done
}

# A site's environment lives in $WORK/<name>/env; `site NAME CMD...` runs the binary with it.
new_site() {
    local name=$1; shift
    local dir=$WORK/$name port
    port=$(free_port)
    mkdir -p "$dir/data"
    {
        echo "BIND=127.0.0.1:$port"
        echo "DATA_DIR=$dir/data"
        echo "RUST_LOG=info"
        echo "LOG_FORMAT=pretty"
        for kv in "$@"; do echo "$kv"; done
    } >"$dir/env"
}
site() { local name=$1; shift; env $(cat "$WORK/$name/env") "$BIN" "$@"; }
# site_bg NAME LOG ARGS...: the same in the background; BG_PID is the binary's own pid (env execs
# it), so kill -9 reaches the process itself rather than a subshell.
site_bg() {
    local name=$1 out=$2; shift 2
    env $(cat "$WORK/$name/env") "$BIN" "$@" >>"$out" 2>&1 &
    BG_PID=$!
}
site_url() { echo "http://$(grep '^BIND=' "$WORK/$1/env" | cut -d= -f2)"; }
sql() { sqlite3 -cmd '.timeout 5000' "$WORK/$1/data/bazaar.db" "$2"; }

# start_site NAME: serve in the background (log in $WORK/NAME/server.log), wait for /readyz.
start_site() {
    local name=$1
    site_bg "$name" "$WORK/$name/server.log" serve
    SERVER_PID=$BG_PID
    PIDS+=("$SERVER_PID")
    until_ok 120 curl -sf "$(site_url "$name")/readyz" || { log "$name did not become ready"; return 1; }
}

# The session helpers keep one cookie jar per user in $WORK/NAME/jars.
csrf_of() { grep -o 'name="csrf_token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
# post NAME JAR FORM_PAGE ACTION FIELDS...: fetch FORM_PAGE for the token, then POST; prints the status.
post() {
    local name=$1 jar=$2 page=$3 action=$4; shift 4
    local url token args=()
    url=$(site_url "$name")
    token=$(curl -s -b "$jar" -c "$jar" "$url$page" | csrf_of)
    for field in "$@"; do args+=(--data-urlencode "$field"); done
    curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" -H "Origin: $url" \
        --data-urlencode "csrf_token=$token" "${args[@]}" "$url$action"
}
sign_in() { post "$1" "$2" /login /login "email=$3" "password=$PASSWORD"; }
create_user() { echo "$PASSWORD" | site "$1" create-user --role "$2" --email "$3" >/dev/null 2>&1; }
enquire() {
    post "$1" "$2" "/products/$3/enquire" "/products/$3/enquire" quantity=500 unit=pieces \
        incoterm=FOB destination_country=NL "message=Please quote for 500 pieces, delivery to Rotterdam."
}
published_slugs() { sql "$1" "SELECT slug FROM products WHERE status = 'published' ORDER BY slug LIMIT $2"; }
# Jobs running, or queued and due (the 48-hour enquiry reminders and the nightly purge are not).
open_jobs() {
    sql "$1" "SELECT count(*) FROM jobs WHERE status = 'running'
              OR (status = 'queued' AND run_at <= strftime('%Y-%m-%d %H:%M:%f', 'now'))"
}
# Makes the queued mail and index jobs due now (their backoff starts at 15 s and doubles).
jobs_due_now() {
    sql "$1" "UPDATE jobs SET run_at = '2000-01-01 00:00:00'
              WHERE status = 'queued' AND kind IN ('mail.send', 'search.index')"
}
no_open_jobs() { [ "$(open_jobs "$1")" = 0 ]; }

# --- 1. SMTP down for SMTP_OUTAGE_SECS during sign-ups and enquiries -------------------------
scenario_smtp() {
    local port mail=$WORK/smtp/received smtp_pid signups=6 enquiries=5 acked_signups=0 acked_enquiries=0
    port=$(free_port)
    new_site smtp "SMTP_URL=smtp://127.0.0.1:$port"
    site smtp seed --demo 20 >/dev/null 2>&1 || { result 1 smtp "FAIL seed"; return; }
    create_user smtp buyer "buyer@faults.test"
    start_site smtp || { result 1 smtp "FAIL start"; return; }
    local url; url=$(site_url smtp)
    log "smtp: SMTP receiver is down; $signups sign-ups and $enquiries enquiries"
    for i in $(seq 1 $signups); do
        [ "$(post smtp "$WORK/smtp/jar$i" /signup /signup role=producer "name=Weaver $i" \
            "email=weaver$i@faults.test" "password=$PASSWORD")" = 200 ] && acked_signups=$((acked_signups + 1))
    done
    local jar=$WORK/smtp/buyer
    sign_in smtp "$jar" buyer@faults.test >/dev/null
    for slug in $(published_slugs smtp $enquiries); do
        [ "$(enquire smtp "$jar" "$slug")" = 303 ] && acked_enquiries=$((acked_enquiries + 1))
    done
    local expected=$((acked_signups + 2 * acked_enquiries))
    log "smtp: acknowledged $acked_signups sign-ups and $acked_enquiries enquiries; outage for ${SMTP_OUTAGE_SECS}s"
    sleep "$SMTP_OUTAGE_SECS"
    local failed_attempts
    failed_attempts=$(sql smtp "SELECT coalesce(sum(attempts),0) FROM jobs WHERE kind LIKE 'mail%' OR kind LIKE '%email%'")
    python3 "$ROOT/scripts/faults-smtp.py" "$port" "$mail" >"$WORK/smtp/receiver.log" 2>&1 &
    smtp_pid=$!; PIDS+=("$smtp_pid")
    until_ok 20 python3 -c "import socket; socket.create_connection(('127.0.0.1', $port))"
    jobs_due_now smtp
    local t0=$SECONDS
    until_ok 120 no_open_jobs smtp
    local drained=$((SECONDS - t0)) total unique per_signup_ok=1
    total=$(wc -l <"$mail/ids.txt" 2>/dev/null || echo 0)
    unique=$(cut -d' ' -f1 "$mail/ids.txt" 2>/dev/null | sort -u | wc -l)
    for i in $(seq 1 $acked_signups); do
        [ "$(grep -c " weaver$i@faults.test$" "$mail/ids.txt" 2>/dev/null)" = 1 ] || per_signup_ok=0
    done
    local failed_jobs; failed_jobs=$(sql smtp "SELECT count(*) FROM jobs WHERE status = 'failed'")
    local verdict=FAIL
    [ "$total" = "$expected" ] && [ "$unique" = "$total" ] && [ $per_signup_ok = 1 ] && [ "$failed_jobs" = 0 ] && verdict=PASS
    result 1 smtp "$verdict outage=${SMTP_OUTAGE_SECS}s signups=$acked_signups enquiries=$acked_enquiries expected_mails=$expected received=$total distinct_message_ids=$unique each_signup_once=$per_signup_ok attempts_before_restore=$failed_attempts failed_jobs=$failed_jobs drained_in=${drained}s (queued jobs made due with SQL)"
    kill "$SERVER_PID" "$smtp_pid" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null
}

# --- 2. Meilisearch down while listings change ----------------------------------------------
scenario_meili() {
    local port key=faults-master-key-0123456789abcdef meili_pid
    port=$(free_port)
    new_site meili "MEILI_URL=http://127.0.0.1:$port" "MEILI_API_KEY=$key"
    start_meili() {
        "$MEILI_BIN" --http-addr "127.0.0.1:$port" --master-key "$key" --db-path "$WORK/meili/ms" \
            --no-analytics >>"$WORK/meili/meili.log" 2>&1 &
        meili_pid=$!; PIDS+=("$meili_pid")
        until_ok 60 curl -sf "http://127.0.0.1:$port/health"
    }
    start_meili || { result 2 meili "FAIL meilisearch did not start"; return; }
    site meili seed --demo 200 >/dev/null 2>&1 && site meili search sync-settings >/dev/null 2>&1
    site meili search reindex >/dev/null 2>&1 || { result 2 meili "FAIL reindex"; return; }
    start_site meili || { result 2 meili "FAIL start"; return; }
    kill -9 "$meili_pid"; wait "$meili_pid" 2>/dev/null
    log "meili: Meilisearch down; seed --demo 300 adds 100 published listings and queues search.index"
    site meili seed --demo 300 >"$WORK/meili/seed300.log" 2>&1
    sleep 20
    local attempts; attempts=$(sql meili "SELECT coalesce(max(attempts),0) FROM jobs WHERE kind = 'search.index'")
    local during; during=$(site meili search verify 2>&1 | tail -1)
    start_meili || { result 2 meili "FAIL meilisearch did not restart"; return; }
    jobs_due_now meili
    local t0=$SECONDS
    until_ok 120 no_open_jobs meili
    local drained=$((SECONDS - t0)) verify status published
    verify=$(site meili search verify 2>&1); status=$?
    published=$(sql meili "SELECT count(*) FROM products WHERE status = 'published'")
    local verdict=FAIL; [ $status = 0 ] && verdict=PASS
    result 2 meili "$verdict published=$published index_jobs_attempts_during_outage=$attempts drained_in=${drained}s (queued jobs made due with SQL) verify_during_outage=\"$(echo "$during" | cut -c1-60)…\" verify_after=\"$(echo "$verify" | tail -1)\""
    kill "$SERVER_PID" "$meili_pid" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null
}

# --- 3. PostgreSQL restarted under load -----------------------------------------------------
scenario_postgres() {
    local pgport pgdir=$WORK/pg
    pgport=$(free_port)
    [ "$pgport" = 5432 ] && pgport=$(free_port)
    chmod 755 "$WORK" && mkdir -p "$pgdir" && chown postgres "$pgdir" && chmod 700 "$pgdir"
    su postgres -c "$PG_BIN/initdb -D $pgdir/data -A trust" >"$WORK/pg-initdb.log" 2>&1 || { result 3 postgres "FAIL initdb"; return; }
    PG_DIRS+=("$pgdir/data")
    pg_ctl() { su postgres -c "$PG_BIN/pg_ctl -D $pgdir/data -o '-p $pgport -k /tmp -h 127.0.0.1' -l $pgdir/log -w $*" >/dev/null 2>&1; }
    pg_ctl start || { result 3 postgres "FAIL pg start"; return; }
    psql -h 127.0.0.1 -p "$pgport" -U postgres -qc 'CREATE DATABASE bazaar' >/dev/null
    new_site postgres "DATABASE_URL=postgres://postgres@127.0.0.1:$pgport/bazaar"
    start_site postgres || { result 3 postgres "FAIL start"; return; }
    local url server_pid=$SERVER_PID mode
    url=$(site_url postgres)
    for mode in fast immediate; do
        local probe=$WORK/pg-probe-$mode.txt wrk_out=$WORK/pg-wrk-$mode.txt
        wrk -t2 -c16 -d30s --timeout 10s -s "$ROOT/scripts/faults-paths.lua" "$url" >"$wrk_out" 2>&1 &
        local wrk_pid=$!; PIDS+=("$wrk_pid")
        # The probe: /readyz (which asks the database) every 0.1 s for 30 s, "time_ms status" per line.
        (for _ in $(seq 1 300); do
            echo "$(now_ms) $(curl -s -o /dev/null -m 5 -w '%{http_code}' "$url/readyz")"
            sleep 0.1
        done) >"$probe" &
        local probe_pid=$!; PIDS+=("$probe_pid")
        sleep 8
        local t_stop t_up
        t_stop=$(now_ms)
        pg_ctl restart -m "$mode"
        t_up=$(now_ms)
        wait "$wrk_pid"; wait "$probe_pid"
        local failed first_ok recovery non2xx sock total window stall
        failed=$(awk '$2 != 200' "$probe" | wc -l)
        first_ok=$(awk -v t="$t_up" '$1 >= t && $2 == 200 { print $1; exit }' "$probe")
        recovery=$([ -n "$first_ok" ] && echo "$((first_ok - t_up))ms" || echo never)
        window=$(awk '$2 != 200 { if (!first) first = $1; last = $1 } END { print (first ? last - first : 0) "ms" }' "$probe")
        # A request that waits for the pool is late rather than failed: the longest gap between
        # probe answers, less the 0.1 s pause, is the longest a request waited.
        stall=$(awk 'NR > 1 && $1 - prev > max { max = $1 - prev } { prev = $1 } END { print max - 100 "ms" }' "$probe")
        total=$(grep -o '[0-9]* requests in' "$wrk_out" | cut -d' ' -f1)
        non2xx=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$wrk_out" | grep -o '[0-9]*$' || true)
        sock=$(grep -o 'Socket errors:.*' "$wrk_out" || true)
        local verdict=FAIL
        kill -0 "$server_pid" 2>/dev/null && [ -n "$first_ok" ] && verdict=PASS
        result 3 "postgres-$mode" "$verdict pg_ctl restart -m $mode took $((t_up - t_stop))ms; wrk: ${total:-?} requests, non-2xx ${non2xx:-0}${sock:+, $sock}; /readyz probe: $failed of $(wc -l <"$probe") failed over ${window}, longest wait ${stall}, first 200 ${recovery} after pg_ctl returned; server process kept running: $(kill -0 "$server_pid" 2>/dev/null && echo yes || echo no)"
        sleep 2
    done
    local unreachable; unreachable=$(grep -c 'database is unreachable' "$WORK/postgres/server.log")
    result 3 postgres-log "$([ "$unreachable" -gt 0 ] && echo PASS || echo FAIL) 'database is unreachable; retrying' logged $unreachable times; last one: $(grep 'database is unreachable' "$WORK/postgres/server.log" | tail -1 | sed 's/\x1b\[[0-9;]*m//g' | cut -c1-200)"
    kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null
    pg_ctl stop -m fast
}

# --- 4. kill -9 during a CSV import and a burst of enquiries; orphaned media; jobs resume ------
csv_rows() {
    echo "title,description,sector,moq,moq_unit,price_min,currency,lead_time_days"
    for i in $(seq 1 "$1"); do
        echo "Fault test stole $2-$i,Handwoven wool stole number $i for the fault harness.,Handloom,10,pieces,900,INR,30"
    done
}
orphaned_media() {
    local media=$WORK/$1/data/media hashes=$WORK/$1/hashes.txt
    sql "$1" "SELECT hash FROM product_images UNION SELECT logo_hash FROM producers WHERE logo_hash IS NOT NULL" >"$hashes"
    [ -d "$media" ] || return 0
    find "$media" -type f | while read -r file; do
        local key=${file#"$media"/}
        grep -qF -f "$hashes" <<<"${key/\//}" || echo "$key"
    done
}
scenario_kill9() {
    new_site kill9
    site kill9 seed --demo 30 >/dev/null 2>&1 || { result 4 kill9 "FAIL seed"; return; }
    local producer producer_id
    producer_id=$(sql kill9 "SELECT producer_id FROM products WHERE status = 'published' ORDER BY slug LIMIT 1")
    producer=$(sql kill9 "SELECT slug FROM producers WHERE id = '$producer_id'")
    # a) the CLI import, killed at several moments. Rows are "Fault test stole RUN-I".
    local run delay added whole outcomes=() all_or_nothing=1 prefixes=1
    for run in 1 2 3 4; do
        delay=$(echo "0.1 0.2 0.3 0.4" | cut -d' ' -f$run)
        csv_rows 1000 "$run" >"$WORK/kill9/import$run.csv"
        site_bg kill9 "$WORK/kill9/import$run.log" import products "$WORK/kill9/import$run.csv" --producer "$producer"
        sleep "$delay"; kill -9 "$BG_PID" 2>/dev/null; wait "$BG_PID" 2>/dev/null
        added=$(sql kill9 "SELECT count(*) FROM products WHERE producer_id = '$producer_id' AND title LIKE 'Fault test stole $run-%'")
        # Whole rows from the start of the file: the highest row number equals the count.
        whole=$(sql kill9 "SELECT count(*) FROM products WHERE producer_id = '$producer_id' AND title = 'Fault test stole $run-$added'")
        outcomes+=("${delay}s:+$added")
        [ "$added" != 0 ] && [ "$added" != 1000 ] && all_or_nothing=0
        [ "$added" = 0 ] || [ "$whole" = 1 ] || prefixes=0
    done
    result 4 kill9-import "$([ $all_or_nothing = 1 ] && echo PASS || echo FAIL) 1000-row CLI import killed (kill -9) after ${outcomes[*]} rows; all-or-nothing per import: $([ $all_or_nothing = 1 ] && echo yes || echo no); the rows that went in are whole and the file's first ones: $([ $prefixes = 1 ] && echo yes || echo no)"

    # b) a burst of enquiries from three buyers at once, the server killed in the middle.
    local baseline_orphans; baseline_orphans=$(orphaned_media kill9 | wc -l)
    local buyer
    for buyer in 1 2 3; do create_user kill9 buyer "burst$buyer@faults.test"; done
    start_site kill9 || { result 4 kill9 "FAIL start"; return; }
    local acked=$WORK/kill9/acked.txt slugs burst_pids=()
    : >"$acked"
    slugs=$(published_slugs kill9 15)
    for buyer in 1 2 3; do
        sign_in kill9 "$WORK/kill9/buyer$buyer" "burst$buyer@faults.test" >/dev/null
        (for slug in $slugs; do
            [ "$(enquire kill9 "$WORK/kill9/buyer$buyer" "$slug")" = 303 ] && echo "$buyer $slug" >>"$acked"
        done) &
        burst_pids+=($!); PIDS+=($!)
    done
    acked_at_least() { [ "$(wc -l <"$acked")" -ge "$1" ]; }
    until_ok 60 acked_at_least 12
    kill -9 "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null
    wait "${burst_pids[@]}"
    local rows messages lonely running_at_kill open_at_kill n_acked
    local mine="SELECT id FROM users WHERE email LIKE 'burst%@faults.test'"
    rows=$(sql kill9 "SELECT count(*) FROM enquiries WHERE buyer_id IN ($mine)")
    lonely=$(sql kill9 "SELECT count(*) FROM enquiries e WHERE buyer_id IN ($mine) AND NOT EXISTS (SELECT 1 FROM enquiry_messages m WHERE m.enquiry_id = e.id)")
    messages=$(sql kill9 "SELECT count(*) FROM enquiry_messages m JOIN enquiries e ON e.id = m.enquiry_id WHERE e.buyer_id IN ($mine)")
    running_at_kill=$(sql kill9 "SELECT count(*) FROM jobs WHERE status = 'running'")
    open_at_kill=$(open_jobs kill9)
    n_acked=$(wc -l <"$acked")
    local verdict=FAIL
    [ "$rows" -ge "$n_acked" ] && [ "$rows" -le $((n_acked + 3)) ] && [ "$lonely" = 0 ] && [ "$messages" = "$rows" ] && verdict=PASS
    result 4 kill9-enquiries "$verdict killed after $n_acked acknowledged enquiries (3 buyers in parallel): $rows enquiry rows (acknowledged, or up to one more per buyer committed whose answer was lost), $messages first messages, $lonely without a message"

    # c) queued jobs resume when the site comes back (no SQL: the restarted site releases its
    # predecessor's claims).
    local t0=$SECONDS
    start_site kill9 || { result 4 kill9 "FAIL restart"; return; }
    until_ok 180 no_open_jobs kill9
    local left eml failed
    left=$(open_jobs kill9)
    eml=$(find "$WORK/kill9/data/mail" -name '*.eml' 2>/dev/null | grep -vc verify || true)
    failed=$(sql kill9 "SELECT count(*) FROM jobs WHERE status = 'failed'")
    verdict=FAIL; [ "$left" = 0 ] && [ "$failed" = 0 ] && [ "$eml" = $((2 * rows)) ] && verdict=PASS
    result 4 kill9-jobs "$verdict at the kill: $open_at_kill due or running jobs ($running_at_kill running); after restart: $left open, $failed failed, $((SECONDS - t0))s including start-up; .eml files: $eml for $rows enquiries (2 each expected)"

    # d) photo uploads killed part-way (a demo producer gets the buyer's password hash to sign in).
    local producer_user product jar=$WORK/kill9/producer png=$WORK/kill9/big.png url
    producer_user=$(sql kill9 "SELECT user_id FROM producers WHERE id = '$producer_id'")
    sql kill9 "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE email = 'burst1@faults.test') WHERE id = '$producer_user'"
    product=$(sql kill9 "SELECT id FROM products WHERE producer_id = '$producer_id' AND status = 'published' LIMIT 1")
    python3 "$ROOT/scripts/faults-png.py" "$png" 2400 1800
    url=$(site_url kill9)
    sign_in kill9 "$jar" "$(sql kill9 "SELECT email FROM users WHERE id = '$producer_user'")" >/dev/null
    local images_before uploads=() token
    images_before=$(sql kill9 "SELECT count(*) FROM product_images WHERE product_id = '$product'")
    for delay in 2 3 4 4.5 6; do
        token=$(curl -s -b "$jar" -c "$jar" "$url/dashboard/products/$product/edit" | csrf_of)
        curl -s -o /dev/null -w '%{http_code}' -m 60 -b "$jar" -H "Origin: $url" -H "Expect:" -F "photo=@$png;type=image/png" \
            -F "alt=Fault harness photo" "$url/dashboard/products/$product/photos?csrf_token=$token" >"$WORK/kill9/upload.status" 2>/dev/null &
        local curl_pid=$!
        sleep "$delay"; kill -9 "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null; wait "$curl_pid"
        uploads+=("${delay}s:$(cat "$WORK/kill9/upload.status")")
        start_site kill9 || { result 4 kill9 "FAIL restart"; return; }
    done
    local images_after; images_after=$(sql kill9 "SELECT count(*) FROM product_images WHERE product_id = '$product'")
    kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null

    # e) orphaned media files: those no product photo or logo refers to, beyond the seed's own.
    local orphans count temp
    orphans=$(orphaned_media kill9)
    count=$(echo -n "$orphans" | grep -c . || true)
    temp=$(find "$WORK/kill9/data/media" -name '.*.tmp' | wc -l)
    verdict=FAIL; [ "$count" = "$baseline_orphans" ] && [ "$temp" = 0 ] && verdict=PASS
    result 4 kill9-media "$verdict 5 uploads of a 2400x1800 PNG killed after ${uploads[*]} (000 = no answer); photos on the listing $images_before -> $images_after; media files no row refers to: $count ($baseline_orphans of them left by seed --demo before any kill), half-written .tmp files: $temp${orphans:+; e.g. $(echo "$orphans" | head -2 | tr '\n' ' ')}"
}

main() {
    [ -x "$BIN" ] || { echo "no binary at $BIN: run cargo build" >&2; exit 2; }
    local scenarios=("$@")
    [ ${#scenarios[@]} = 0 ] && scenarios=(smtp meili postgres kill9)
    log "binary $BIN, scratch $WORK"
    for s in "${scenarios[@]}"; do
        log "scenario $s"
        "scenario_$s"
    done
    echo
    printf '%s\n' "${RESULTS[@]}"
}

main "$@"
