#!/usr/bin/env bash
# Single writes at 16 connections, against `pgbench -N` in the same run, for one jar or several interleaved:
#   bench/single-writes.sh JAR:LABEL[:TARGET] [JAR:LABEL[:TARGET] ...]  (ROUNDS=3 ROUND_SECONDS=15 WARMUPS=10 EVENTS=400000
#   JVMS_PER_JAR=1)
# TARGET is postgresql (the default: the machine's PostgreSQL at 127.0.0.1:5432) or citus (the local Citus cluster of
# bench/citus/up.sh, the jar run with --citus): /tmp/l.jar:plain /tmp/l.jar:citus:citus puts them side by side.
# WRITES=events (the default) posts events; WRITES=profiles PUTs as many new customers instead, each with a mobile
# number of its own (PUT /v1/ledger/customers/{id}), to measure registering profiles one at a time.
# For every jar: a fresh database bench_w_LABEL on its target (trust auth, user postgres),
# 2,000 customers and a file of generated events of every kind by `demo --seed 11`, a till user with ledger.write, and
# `serve` from that jar (-Xmx512m, --rate-limit 1000000). Then ROUNDS rounds, each of `pgbench -N -c16 -j2` followed by
# every jar in turn, starting one jar later each round (after warm-up rounds until its JIT settles, at most WARMUPS): wrk -t2 -c16 POSTs the
# round's own slice of the file to /v1/ledger/events, every event once.
# Each jar's round first waits (at most QUIET_SECONDS, 60) until the other jars' databases have no statement at work.
# CPU per event is the JVM's and PostgreSQL's CPU time over the round (every postgres process but the other jars' and
# pgbench's backends), divided by the events answered. Prints one line per measurement, a table of medians, and each
# jar's rate per round as a ratio to the first jar's in the same round (what a comparison should rest on); with
# JVMS_PER_JAR above 1, each jar's JVMs pooled too. Not a test: run it on a quiet machine.
# SERVE_JAVA_OPTS is added to every serve's JVM options, e.g. to record a flight recording of the rounds.
set -euo pipefail
command -v wrk >/dev/null && command -v pgbench >/dev/null || { echo "wrk and pgbench are needed (apt-get install wrk postgresql-client)" >&2; exit 1; }
ROUNDS=${ROUNDS:-3}; ROUND_SECONDS=${ROUND_SECONDS:-15}; EVENTS=${EVENTS:-400000}; WRITES=${WRITES:-events}
# The most warm-up rounds a jar gets (below): one was not enough on a slow day, two not on any day.
WARMUPS=${WARMUPS:-10}
case "$WRITES" in events|profiles) ;; *) echo "WRITES is events or profiles, not $WRITES" >&2; exit 2 ;; esac
# Several JVMs a jar: two JVMs of one jar wrote 1.15x each other's events at the median of five rounds (an A/A run),
# each keeping the JIT decisions of its own warm-up, so one JVM a jar cannot tell apart differences smaller than that.
# JVMS_PER_JAR=N runs each jar as N JVMs (labels LABEL_1 .. LABEL_N, each with its database) and pools them below.
JVMS_PER_JAR=${JVMS_PER_JAR:-1}
[[ "$JVMS_PER_JAR" =~ ^[1-9][0-9]*$ ]] || { echo "JVMS_PER_JAR is a number of JVMs, at least 1, not $JVMS_PER_JAR" >&2; exit 2; }
SPECS=(); BASES=() # BASES[i] is the jar's own label of the JVM LABELS[i]
for spec in "$@"; do
    IFS=: read -r jar label target <<< "$spec"
    if [ "$JVMS_PER_JAR" -eq 1 ]; then SPECS+=("$spec"); BASES+=("$label"); continue; fi
    for n in $(seq 1 "$JVMS_PER_JAR"); do SPECS+=("$jar:${label}_$n${target:+:$target}"); BASES+=("$label"); done
done
set -- "${SPECS[@]}"
HERE=$(cd "$(dirname "$0")" && pwd)
PSQL="psql -h 127.0.0.1 -U postgres -d test -qAt"
. "$HERE/lib.sh"
WORK=$(mktemp -d /tmp/ledgerlens-bench-writes.XXXX)
PIDS=(); LABELS=(); PORTS=(); AUTHS=(); JVMS=(); TARGETS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true
    for i in "${!LABELS[@]}"; do db_drop "bench_w_${LABELS[$i]}" "${TARGETS[$i]}" 2>/dev/null || true; done
    $PSQL -c "drop database if exists bench_pgbench" >/dev/null 2>&1 || true; rm -rf "$WORK"
}
trap cleanup EXIT

port=7170
for spec in "$@"; do
    IFS=: read -r jar label target <<< "$spec"; target=${target:-postgresql}; check_target "$target"
    db=bench_w_$label; url=$(db_url "$db" "$target"); citus=$(citus_flag "$target")
    LABELS+=("$label"); TARGETS+=("$target") # dropped at the end from here on
    db_create "$db" "$target"
    java -jar "$jar" demo --org 910001 --orgs 1 --customers 2000 --events "$EVENTS" --seed 11 \
        --out "$WORK/$label.jsonl" --db-url "$url" $citus > "$WORK/$label-demo.log" 2>&1 \
        || { echo "$label: demo failed, see its log:" >&2; tail -20 "$WORK/$label-demo.log" >&2; exit 1; }
    if [ "$WRITES" = profiles ]; then # a path and a body a line: new customers, ids and mobiles apart from the demo's
        awk -v n="$EVENTS" 'BEGIN { for (i = 1; i <= n; i++) printf "/v1/ledger/customers/%d\t{\"firstName\": \"Bench\", \"lastName\": \"P%d\", \"identifiers\": [{\"name\": \"mobile\", \"value\": \"%d\", \"source\": \"INSTORE\"}]}\n", 70000000000 + i, i, 97000000000 + i }' \
            > "$WORK/$label.jsonl"
    fi
    md5=$(java -jar "$jar" credentials create --org 910001 --rights ledger.write --till-user bench.till --db-url "$url" \
        $citus 2>&1 | awk '/hex MD5:/ { print $4 }')
    [ -n "$md5" ] || { echo "$label: no till credential was created" >&2; exit 1; }
    java -Xmx512m ${SERVE_JAVA_OPTS:-} -jar "$jar" serve --db-url "$url" $citus --host 127.0.0.1 --port "$port" \
        --rate-limit 1000000 > "$WORK/$label-serve.log" 2>&1 &
    PIDS+=($!); JVMS+=($!)
    until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do
        kill -0 "${PIDS[-1]}" 2>/dev/null || { echo "$label: serve exited, see its log:" >&2; cat "$WORK/$label-serve.log" >&2; exit 1; }
        sleep 0.5
    done
    PORTS+=("$port"); AUTHS+=("Basic $(printf 'bench.till:%s' "$md5" | base64 -w0)")
    port=$((port + 1))
done

$PSQL -c "drop database if exists bench_pgbench" -c "create database bench_pgbench" >/dev/null 2>&1
pgbench -h 127.0.0.1 -U postgres -i -s 10 -q bench_pgbench > "$WORK/pgbench-init.log" 2>&1

# Slices 0 to WARMUPS-1 are for warming up (JIT, pool, caches), a round's length each; the next ROUNDS slices are the
# rounds'. Each jar warms up until its JIT compilers spend less than 3% of its CPU in a round (at least two rounds, at
# most WARMUPS): with two fixed rounds of 12 s, C2 still took 15% of the JVM's CPU in the counted rounds, and a jar's
# CPU per write fell by a fifth to a half between its first and last counted rounds. Under sixteen tills the JIT took
# half the JVM's CPU in the first 30 s, a fifth in the next, and settled below 4% after about two minutes.
SLICE=$((EVENTS / (ROUNDS + WARMUPS)))
RESULTS=$WORK/results
jit_ticks() { # CPU ticks of a JVM's JIT compiler threads
    for task in /proc/"$1"/task/*; do
        case "$(cat "$task/comm" 2>/dev/null)" in C1\ CompilerThre*|C2\ CompilerThre*) cat "$task/stat" ;; esac
    done | awk '{ sub(/^.*\) /, ""); t += $12 + $13 } END { print t + 0 }'
}
for i in "${!LABELS[@]}"; do
    for warmup in $(seq 0 $((WARMUPS - 1))); do
        sed -n "$(( warmup * SLICE + 1 )),$(( (warmup + 1) * SLICE ))p" "$WORK/${LABELS[$i]}.jsonl" > "$WORK/round.jsonl"
        jvm0=$(ticks "${JVMS[$i]}"); jit0=$(jit_ticks "${JVMS[$i]}")
        rate=$(WRK_THREADS=2 wrk -t2 -c16 -d"${ROUND_SECONDS}s" -s "$HERE/single-writes.lua" \
            "http://127.0.0.1:${PORTS[$i]}" -- "$WORK/round.jsonl" "${AUTHS[$i]}" \
            | awk '/^RESULT/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } printf "%.0f", v["created"] / v["seconds"] }')
        jvm=$(( $(ticks "${JVMS[$i]}") - jvm0 )); jit=$(( $(jit_ticks "${JVMS[$i]}") - jit0 ))
        share=$(awk -v jit="$jit" -v jvm="$jvm" 'BEGIN { printf "%.1f", (jvm > 0) ? 100 * jit / jvm : 100 }')
        echo "warm-up $((warmup + 1)) ${LABELS[$i]}: $rate $WRITES/s, the JIT ${share}% of the JVM's CPU"
        if [ "$warmup" -ge 1 ] && awk -v s="$share" 'BEGIN { exit !(s < 3) }'; then break; fi
    done
done
for round in $(seq 1 "$ROUNDS"); do
    tps=$(pgbench -h 127.0.0.1 -U postgres -N -c16 -j2 -T "$ROUND_SECONDS" bench_pgbench 2>/dev/null \
        | awk '/^tps/ { printf "%.0f", $3 }')
    echo "round $round pgbench -N: $tps tps"
    echo "pgbench $round $tps" >> "$RESULTS"
    for k in "${!LABELS[@]}"; do
        # Each round starts one jar later, so that no jar always runs right after pgbench -N, whose aftermath
        # (autovacuum, a checkpoint) lands in the next measurement and in its PostgreSQL CPU.
        i=$(( (k + round - 1) % ${#LABELS[@]} )); label=${LABELS[$i]}
        slice=$(( WARMUPS + round - 1 ))
        sed -n "$(( slice * SLICE + 1 )),$(( (slice + 1) * SLICE ))p" "$WORK/$label.jsonl" > "$WORK/round.jsonl"
        # The other jars' databases: their statistics threads' ANALYZE of a ledger that grew in their round could run
        # into this one's, on the same cores and in its PostgreSQL CPU. The round waits for it, and does not count it.
        others=(bench_pgbench); for o in "${!LABELS[@]}"; do [ "$o" = "$i" ] || others+=("bench_w_${LABELS[$o]}"); done
        pg_quiet "${others[@]}"
        jvm0=$(ticks "${JVMS[$i]}"); pg0=$(pg_ticks_but "${others[@]}")
        line=$(WRK_THREADS=2 wrk -t2 -c16 -d"${ROUND_SECONDS}s" -s "$HERE/single-writes.lua" \
            "http://127.0.0.1:${PORTS[$i]}" -- "$WORK/round.jsonl" "${AUTHS[$i]}" | grep '^RESULT')
        jvm1=$(ticks "${JVMS[$i]}"); pg1=$(pg_ticks_but "${others[@]}")
        echo "$line" | awk -v noun="$WRITES" -v label="$label" -v round="$round" -v rounds="$((ROUNDS + WARMUPS - 1))" -v tps="$tps" -v hz="$HZ" \
            -v jvm=$((jvm1 - jvm0)) -v pg=$((pg1 - pg0)) '{
                for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
                answered = v["created"] + v["replayed"] + v["refused"] + v["failed"]
                rate = v["created"] / v["seconds"]
                printf "round %d %s: %.0f " noun "/s (%.2fx pgbench), p50 %.1f ms, p99 %.1f ms, CPU per write JVM %.2f ms + PostgreSQL %.2f ms; created %d, refused %d, replayed %d, failed %d\n",
                    round, label, rate, rate / tps, v["p50_ms"], v["p99_ms"], jvm * 1000 / hz / answered, pg * 1000 / hz / answered,
                    v["created"], v["refused"], v["replayed"], v["failed"]
                if (v["replayed"] > 0)
                    printf "  (the round ran out of new writes and sent some again: raise EVENTS above %d for a fair rate)\n",
                        (v["created"] + v["replayed"]) * 1.5 * (rounds + 1)
                printf "%s %d %.1f %.3f %.1f %.1f %.2f %.2f\n", label, round, rate, rate / tps, v["p50_ms"], v["p99_ms"],
                    jvm * 1000 / hz / answered, pg * 1000 / hz / answered >> "'"$RESULTS"'"
            }'
    done
done

echo
echo "| | $WRITES/s | × pgbench -N | p50 ms | p99 ms | JVM CPU ms/write | PostgreSQL CPU ms/write |"
echo "|---|---|---|---|---|---|---|"
echo "| pgbench -N (tps) | $(awk '$1 == "pgbench" { print $3 }' "$RESULTS" | median) | 1.00 | | | | |"
for label in "${LABELS[@]}"; do
    row="| $label"
    for column in 3 4 5 6 7 8; do row="$row | $(awk -v l="$label" -v c="$column" '$1 == l { print $c }' "$RESULTS" | median)"; done
    echo "$row |"
done
if [ "${#LABELS[@]}" -gt 1 ]; then
    # This machine moves a jar's rate by ±15% from round to round; jars of one round share its weather, so compare them
    # there: each jar's rate over the first jar's in the same round.
    echo
    echo "Per round, as a ratio to ${LABELS[0]} in the same round (the first rounds may still be warming up):"
    for label in "${LABELS[@]:1}"; do
        ratios=$(awk -v l="$label" -v first="${LABELS[0]}" '$1 == first { base[$2] = $3 } $1 == l { mine[$2] = $3 }
            END { for (r in mine) if (r in base) printf "%d %.2f\n", r, mine[r] / base[r] }' "$RESULTS" | sort -n | cut -d' ' -f2)
        echo "  $label: $(echo $ratios) (median $(echo "$ratios" | median))"
    done
fi
if [ "$JVMS_PER_JAR" -gt 1 ]; then
    for i in "${!LABELS[@]}"; do echo "${LABELS[$i]} ${BASES[$i]}"; done > "$WORK/bases"
    pooled() { # JAR REFERENCE_JAR: per round, the mean rate of one jar's JVMs over the reference jar's
        awk -v jar="$1" -v ref="$2" 'NR == FNR { base[$1] = $2; next }
            ($1 in base) { k = base[$1]; sum[k, $2] += $3; n[k, $2]++; rounds[$2] = 1 }
            END { for (r in rounds) if (n[jar, r] && n[ref, r]) printf "%d %.2f\n", r, (sum[jar, r] / n[jar, r]) / (sum[ref, r] / n[ref, r]) }' \
            "$WORK/bases" "$RESULTS" | sort -n | cut -d' ' -f2
    }
    echo
    echo "Per round, each jar's $JVMS_PER_JAR JVMs pooled (the mean of their rates), as a ratio to ${BASES[0]}'s in the same round:"
    for base in $(awk '!seen[$2]++ { print $2 }' "$WORK/bases" | tail -n +2); do
        ratios=$(pooled "$base" "${BASES[0]}"); echo "  $base: $(echo $ratios) (median $(echo "$ratios" | median))"
    done
    echo "For scale, the JVMs of one jar against each other (what the same code differs by here):"
    for i in "${!LABELS[@]}"; do
        [[ "${LABELS[$i]}" == *_1 ]] && continue
        ratios=$(awk -v l="${LABELS[$i]}" -v first="${BASES[$i]}_1" '$1 == first { b[$2] = $3 } $1 == l { m[$2] = $3 }
            END { for (r in m) if (r in b) printf "%d %.2f\n", r, m[r] / b[r] }' "$RESULTS" | sort -n | cut -d' ' -f2)
        echo "  ${LABELS[$i]} / ${BASES[$i]}_1: $(echo $ratios) (median $(echo "$ratios" | median))"
    done
fi
