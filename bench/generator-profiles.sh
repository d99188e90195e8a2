#!/usr/bin/env bash
# One generator run of profiles, for interleaved before/after comparisons on the same machine:
#   bench/generator-profiles.sh JAR LABEL
# 20,000 customers (and their households) and 1,000 events by `demo --seed 11` into a fresh embedded data directory;
# prints the wall time (the embedded PostgreSQL's first start included, the same for every jar).
set -uo pipefail
JAR=$1; LABEL=$2; DATA=/tmp/ledgerlens-bench-generator-$LABEL
rm -rf "$DATA"
start=$(date +%s.%N)
java -jar "$JAR" demo --org 910001 --orgs 1 --customers 20000 --events 1000 --seed 11 --data-dir "$DATA" \
    > "/tmp/ledgerlens-bench-generator-$LABEL.log" 2>&1
status=$?
end=$(date +%s.%N)
echo "$LABEL: exit $status, $(echo "$end - $start" | bc) s"
rm -rf "$DATA"
