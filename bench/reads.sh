#!/usr/bin/env bash
# Explode against the reference floor (../shared/perf-floor) at 16 connections, in one interleaved run:
#   bench/reads.sh JAR:LABEL[:HEAP[:COPY[:TARGET]]] [...]   (HEAP is the service's -Xmx, default $XMX)
# TARGET is postgresql (the default) or citus: the dataset on the local Citus cluster of bench/citus/up.sh, the jar run
# with --citus (no COPY there). /tmp/l.jar:plain /tmp/l.jar:citus:::citus puts one jar on both side by side, each
# over its own copy of the same generated dataset and a sample of its own.
# COPY serves that jar over its own copy of the dataset, the database COPY (made from it after the till user, migrated
# by that jar when it starts, dropped at the end): to compare schemas, e.g. a jar whose migration changes keys. Give
# every jar of such a run a copy (/tmp/before.jar:before::bench_before /tmp/after.jar:after::bench_after): a fresh copy
# starts with colder caches than a dataset the last run read, and a run where only one side is a copy leans on that.
# Environment: CUSTOMERS=100000 EVENTS=1000000 (the dataset), ROUNDS=3, ROUND_SECONDS=15, XMX=512m (the service's heap),
# WARMUP_SECONDS=30 (the uncounted round, for every request of every jar and for the floor), FLOOR=../shared/perf-floor,
# WARMUP_ROUNDS=6 (the floor's and each jar's first request warm up in rounds of WARMUP_SECONDS until one answers within
# 5% of the round before, at most this many: the JIT of a jOOQ service takes minutes on two busy cores),
# KEEP=1 (keep the dataset for the next run; 0 drops it afterwards), SERVE_JAVA_OPTS (added to every serve's JVM
# options, e.g. -XX:StartFlightRecording=filename=/tmp/reads.jfr,settings=profile to profile the rounds).
#
# The dataset is `ledgerlens demo --orgs 1 --seed 7` in the database bench_reads_EVENTS of the PostgreSQL at
# 127.0.0.1:5432 (trust auth, user postgres), or of the Citus cluster, made by the first jar of that target and kept for
# later runs (1M events take about five minutes; on Citus about twenty); every jar of one target must share its schema. A till user with points.read reads it, and a sample of
# real pairs is taken from it: 20,000 (mobile, event) pairs and 2,000 customers with up to 10 TransactionAdd references.
#
# Each round runs the floor's /four (random customers of its own 1M) and then, for every jar (each round starting one jar
# later), four requests over random pairs: explode with every flag, explode with no flag, v2.1 with DATA-SCOPE ALL and
# every flag, and 10 events by reference. CPU per request is the JVM's (the service's or the floor's) and PostgreSQL's
# (every postgres process) CPU time over the round divided by the requests answered. Prints one line per measurement
# and a table of medians with each ratio to the floor of the same round. Not a test: run it on a quiet machine.
set -euo pipefail
CUSTOMERS=${CUSTOMERS:-100000}; EVENTS=${EVENTS:-1000000}; ROUNDS=${ROUNDS:-3}; ROUND_SECONDS=${ROUND_SECONDS:-15}
XMX=${XMX:-512m}; KEEP=${KEEP:-1}; WARMUP_SECONDS=${WARMUP_SECONDS:-30}; WARMUP_ROUNDS=${WARMUP_ROUNDS:-6}
HERE=$(cd "$(dirname "$0")" && pwd)
FLOOR=${FLOOR:-$HERE/../../shared/perf-floor}
PSQL="psql -h 127.0.0.1 -U postgres -qAt"
ORG=910001; DB=bench_reads_$EVENTS
. "$HERE/lib.sh"
[ $# -gt 0 ] || { awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 2; }
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
WORK=$(mktemp -d /tmp/ledgerlens-bench-reads.XXXX)
PIDS=(); LABELS=(); PORTS=(); COPIES=(); FLOOR_PID=; TARGETS=(); JAR_TARGETS=()
cleanup() {
    for pid in "${PIDS[@]}" $FLOOR_PID; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true
    for copy in "${COPIES[@]}"; do $PSQL -d test -c "drop database if exists $copy" >/dev/null 2>&1 || true; done
    if [ "$KEEP" != 1 ]; then for target in "${TARGETS[@]}"; do db_drop "$DB" "$target" 2>/dev/null || true; done; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

for spec in "$@"; do # the targets of the run, each with the first jar that names it
    IFS=: read -r jar label heap copy target <<< "$spec"; target=${target:-postgresql}; check_target "$target"
    [ "$target" = postgresql ] || [ -z "$copy" ] || { echo "$label: COPY is for one PostgreSQL, not $target" >&2; exit 2; }
    JAR_TARGETS+=("$target")
    [[ " ${TARGETS[*]} " == *" $target "* ]] || { TARGETS+=("$target"); eval "FIRST_JAR_$target=\$jar"; }
done
EVERY_FLAG="&getBillDetails=true&getPointsEarnedBreakup=true&getCustomFields=true&getExtendedFields=true&getPaymentModes=true&getMaxConversionDetails=true&includeAlternateCurrencies=true"
KINDS=(every-flag no-flags v2.1-ALL ten-by-reference)
marker="ledgerlens demo --seed 7 --customers $CUSTOMERS --events $EVENTS"
for target in "${TARGETS[@]}"; do
    eval "first_jar=\$FIRST_JAR_$target"; url=$(db_url "$DB" "$target"); citus=$(citus_flag "$target")
    if [ "$(db_psql "$target" postgres -c "select shobj_description(oid, 'pg_database') from pg_database where datname = '$DB'")" != "$marker" ]; then
        echo "making the dataset ($marker) in $DB on $target with $first_jar ..."
        db_create "$DB" "$target"
        java -jar "$first_jar" demo --org "$ORG" --orgs 1 --customers "$CUSTOMERS" --events "$EVENTS" --seed 7 \
            --db-url "$url" $citus > "$WORK/demo.log" 2>&1 || { cat "$WORK/demo.log" >&2; exit 1; }
        db_psql "$target" "$DB" -c "vacuum analyze" >/dev/null
        db_psql "$target" postgres -c "comment on database $DB is '$marker'" >/dev/null
    fi
    md5=$(java -jar "$first_jar" credentials create --org "$ORG" --rights points.read --till-user "bench.reader.$$" \
        --db-url "$url" $citus 2>&1 | awk '/hex MD5:/ { print $4 }')
    [ -n "$md5" ] || { echo "no till credential was created on $target" >&2; exit 1; }

    # Real pairs from the ledger: the customer's mobile and source, and an event of theirs (or ten of their bills).
    db_psql "$target" "$DB" -F $'\t' -c "
        select i.identifier_value, i.source, e.event_log_id
        from ledger_event e join customer_identifier i
          on i.org_id = e.org_id and i.customer_id = e.customer_id and i.identifier_name = 'MOBILE'
        where e.org_id = $ORG order by random() limit 20000" > "$WORK/pairs.tsv"
    db_psql "$target" "$DB" -F $'\t' -c "
        select i.identifier_value, i.source, string_agg(e.event_reference_id, ',')
        from (select customer_id, event_reference_id,
                     row_number() over (partition by customer_id order by event_log_id) as n
              from ledger_event where org_id = $ORG and event_name = 'TransactionAdd' and customer_id is not null) e
        join customer_identifier i on i.org_id = $ORG and i.customer_id = e.customer_id and i.identifier_name = 'MOBILE'
        where e.n <= 10 group by i.identifier_value, i.source order by count(*) desc, random() limit 2000" > "$WORK/refs.tsv"
    explode() { # VERSION FLAGS [SCOPE]
        awk -F '\t' -v v="$1" -v flags="$2" -v scope="${3:-}" '{
            printf "/%s/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue=%s&source=%s&eventIds=%s%s", v, $1, $2, $3, flags
            if (scope != "") printf "\t%s", scope
            printf "\n" }' "$WORK/pairs.tsv"
    }
    mkdir -p "$WORK/$target"; echo "Basic $(printf 'bench.reader.%s:%s' "$$" "$md5" | base64 -w0)" > "$WORK/$target/auth"
    explode v2 "$EVERY_FLAG" > "$WORK/$target/every-flag.txt"
    explode v2 "" > "$WORK/$target/no-flags.txt"
    explode v2.1 "$EVERY_FLAG" ALL > "$WORK/$target/v2.1-ALL.txt"
    awk -F '\t' '{ printf "/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue=%s&source=%s&eventName=TransactionAdd&eventReferenceIds=%s&limit=10\n", $1, $2, $3 }' \
        "$WORK/refs.tsv" > "$WORK/$target/ten-by-reference.txt"
    echo "sample on $target: $(wc -l < "$WORK/pairs.tsv") pairs, $(wc -l < "$WORK/refs.tsv") customers by reference (median $(awk -F '\t' '{ print split($3, r, ",") }' "$WORK/refs.tsv" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }') references)"
done

(cd "$FLOOR" && ./floor.sh setup > "$WORK/floor-setup.log" 2>&1) || { cat "$WORK/floor-setup.log" >&2; exit 1; }
FLOOR_PORT=7180
FLOOR_PID=$(cd "$FLOOR" && ./floor.sh start "$FLOOR_PORT")

for spec in "$@"; do # the copies first: a database is a template only while no service is connected to it
    IFS=: read -r jar label heap copy target <<< "$spec"
    if [ -n "$copy" ]; then
        echo "copying $DB to $copy for $label ..."
        $PSQL -d test -c "drop database if exists $copy" -c "create database $copy template $DB" >/dev/null
        COPIES+=("$copy")
    fi
done
port=7181
for spec in "$@"; do
    IFS=: read -r jar label heap copy target <<< "$spec"; heap=${heap:-$XMX}; target=${target:-postgresql}
    url=$(db_url "${copy:-$DB}" "$target"); AUTH=$(cat "$WORK/$target/auth")
    java -Xmx"$heap" ${SERVE_JAVA_OPTS:-} -jar "$jar" serve --db-url "$url" $(citus_flag "$target") --host 127.0.0.1 --port "$port" \
        --rate-limit 1000000 > "$WORK/$label-serve.log" 2>&1 &
    PIDS+=($!)
    until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do
        kill -0 "${PIDS[-1]}" 2>/dev/null || { echo "$label: serve exited, see its log:" >&2; cat "$WORK/$label-serve.log" >&2; exit 1; }
        sleep 0.5
    done
    for kind in "${KINDS[@]}"; do # every kind of request must be answered 200 before anything is measured
        path=$(head -1 "$WORK/$target/$kind.txt" | cut -f1); scope=$(head -1 "$WORK/$target/$kind.txt" | cut -sf2)
        status=$(curl -s -o "$WORK/check.json" -w '%{http_code}' -H "Authorization: $AUTH" ${scope:+-H "DATA-SCOPE: $scope"} \
            "http://127.0.0.1:$port$path")
        [ "$status" = 200 ] || { echo "$label: $kind answered $status: $(head -c 300 "$WORK/check.json")" >&2; exit 1; }
    done
    LABELS+=("$label"); PORTS+=("$port"); port=$((port + 1))
done

RESULTS=$WORK/results
measure() { # ROUND LABEL KIND JVM_PID URL LUA [ARGS...]
    local round=$1 label=$2 kind=$3 pid=$4 url=$5 lua=$6; shift 6
    local jvm0 pg0 jvm1 pg1 line
    jvm0=$(ticks "$pid"); pg0=$(ticks)
    line=$(wrk -t2 -c16 -d"${ROUND_SECONDS}s" --latency -s "$lua" "$url" -- "$@" 2>>"$WORK/wrk.err" \
        | awk '/^RESULT/ { print; result = 1; next } /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
               END { if (!result && rps != "") printf "FLOOR rps=%s p50=%s p99=%s\n", rps, p50, p99 }')
    jvm1=$(ticks "$pid"); pg1=$(ticks)
    [ -n "$line" ] || { echo "wrk measured nothing for $label $kind:" >&2; cat "$WORK/wrk.err" >&2; exit 1; }
    echo "$line" | awk -v label="$label" -v kind="$kind" -v round="$round" -v hz="$HZ" \
        -v jvm=$((jvm1 - jvm0)) -v pg=$((pg1 - pg0)) -v seconds="$ROUND_SECONDS" '
        function ms(t) { if (t ~ /us$/) return t / 1000; if (t ~ /ms$/) return t + 0; if (t ~ /s$/) return t * 1000; return t }
        /^RESULT/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
                    answered = v["ok"] + v["refused"] + v["failed"]; rate = v["ok"] / v["seconds"]; p50 = v["p50_ms"]; p99 = v["p99_ms"]
                    other = v["refused"] + v["failed"] }
        /^FLOOR/  { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
                    rate = v["rps"]; answered = rate * seconds; p50 = ms(v["p50"]); p99 = ms(v["p99"]); other = 0 }
        END { printf "round %d %-8s %-16s %7.0f req/s, p50 %6.1f ms, p99 %6.1f ms, CPU per request JVM %.2f ms + PostgreSQL %.2f ms%s\n",
                  round, label, kind, rate, p50, p99, jvm * 1000 / hz / answered, pg * 1000 / hz / answered,
                  other ? sprintf(" (%d answers other than 200)", other) : ""
              printf "%s %s %d %.1f %.1f %.1f %.3f %.3f\n", label, kind, round, rate, p50, p99,
                  jvm * 1000 / hz / answered, pg * 1000 / hz / answered >> "'"$RESULTS"'" }'
}

# Warm-up (JIT, pools, caches), not counted. Every database the run reads is first read into the operating system's
# cache. Then the floor and each jar's first request run rounds of WARMUP_SECONDS until a round answers within 5% of
# the one before (at most WARMUP_ROUNDS), and every other request one round: at 10 s a request every JVM (the floor's
# too) still spent twice the CPU per request in the first counted round that it did in the second, and with a single
# 30 s warm-up the floor still climbed from about 1,000 to 2,000 req/s through a run.
warm_pages perfanchors $([[ " ${TARGETS[*]} " == *" postgresql "* ]] && echo "$DB") "${COPIES[@]}"
warm_until_steady() { # LABEL KIND PID URL LUA [ARGS...]: the uncounted rounds of one request, until its rate holds
    local last=0 rate n
    for n in $(seq 1 "$WARMUP_ROUNDS"); do
        rate=$(measure 0 "$@" | awk '{ for (i = 1; i <= NF; i++) if ($i == "req/s,") print $(i - 1) }')
        if awk -v a="$last" -v b="$rate" 'BEGIN { exit !(a > 0 && b <= a * 1.05 && b >= a * 0.95) }'; then break; fi
        last=$rate
    done
    echo "warm-up $1 $2: $n rounds of ${WARMUP_SECONDS}s, the last at $rate req/s"
}
ROUND_SECONDS_MEASURED=$ROUND_SECONDS; ROUND_SECONDS=$WARMUP_SECONDS
warm_until_steady floor four "$FLOOR_PID" "http://127.0.0.1:$FLOOR_PORT" "$FLOOR/rand.lua" /four
for i in "${!LABELS[@]}"; do for kind in "${KINDS[@]}"; do
    args=("${LABELS[$i]}" "$kind" "${PIDS[$i]}" "http://127.0.0.1:${PORTS[$i]}" "$HERE/reads.lua" "$WORK/${JAR_TARGETS[$i]}/$kind.txt" "$(cat "$WORK/${JAR_TARGETS[$i]}/auth")")
    if [ "$kind" = "${KINDS[0]}" ]; then warm_until_steady "${args[@]}"; else measure 0 "${args[@]}" > /dev/null; fi
done; done
ROUND_SECONDS=$ROUND_SECONDS_MEASURED; : > "$RESULTS"
for round in $(seq 1 "$ROUNDS"); do
    measure "$round" floor four "$FLOOR_PID" "http://127.0.0.1:$FLOOR_PORT" "$FLOOR/rand.lua" /four
    # Each round starts one jar later, so that no jar always runs first (or last) after the floor.
    for k in "${!LABELS[@]}"; do i=$(( (k + round - 1) % ${#LABELS[@]} )); for kind in "${KINDS[@]}"; do
        measure "$round" "${LABELS[$i]}" "$kind" "${PIDS[$i]}" "http://127.0.0.1:${PORTS[$i]}" "$HERE/reads.lua" "$WORK/${JAR_TARGETS[$i]}/$kind.txt" "$(cat "$WORK/${JAR_TARGETS[$i]}/auth")"
    done; done
done

echo
echo "| | request | req/s | × floor | p50 ms | p99 ms | JVM CPU ms/req | PostgreSQL CPU ms/req | CPU × floor |"
echo "|---|---|---|---|---|---|---|---|---|"
# Ratios are taken per round against that round's floor, then their median.
awk '$1 == "floor" { rate[$3] = $4; cpu[$3] = $7 + $8 } $1 != "floor" { printf "%s %s %.3f %.3f\n", $1, $2, $4 / rate[$3], ($7 + $8) / cpu[$3] }' \
    "$RESULTS" > "$WORK/ratios"
for label in floor "${LABELS[@]}"; do
    for kind in $( [ "$label" = floor ] && echo four || echo "${KINDS[@]}"); do
        col() { awk -v l="$label" -v k="$kind" -v c="$1" '$1 == l && $2 == k { print $c }' "$RESULTS" | median; }
        ratio() { [ "$label" = floor ] && echo 1.00 || awk -v l="$label" -v k="$kind" -v c="$1" '$1 == l && $2 == k { print $c }' "$WORK/ratios" | median; }
        echo "| $label | $kind | $(col 4) | $(ratio 3) | $(col 5) | $(col 6) | $(col 7) | $(col 8) | $(ratio 4) |"
    done
done
