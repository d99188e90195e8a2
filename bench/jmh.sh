#!/usr/bin/env bash
# JMH microbenchmarks of a module's test sources, for one build or several interleaved in one run:
#   bench/jmh.sh MODULE BENCHMARK_REGEX TREE:LABEL [TREE:LABEL ...]   (ROUNDS=3, JMH_ARGS="-f 1")
# e.g. bench/jmh.sh domain EventFingerprintBenchmark /tmp/before-wt:before .:after
# Each TREE is a checkout of this repository (`git worktree add /tmp/before-wt COMMIT` for an older commit; copy the
# benchmark into it when the commit is older than the benchmark, with the poms' JMH dependencies): its
# MODULE is compiled with its tests (mvn test-compile, offline after the first time) and its test classpath taken
# from Maven. Then ROUNDS rounds, each running JMH once for every tree, starting one tree later each round, and a
# table of each benchmark's score per tree: the median of the rounds and the per-round ratio to the first tree's
# score of the same round (these machines swing by 2x over a day: compare within one run only). Not a test.
set -euo pipefail
[ $# -ge 3 ] || { sed -n 2,9p "$0"; exit 2; }
MODULE=$1; PATTERN=$2; shift 2
ROUNDS=${ROUNDS:-3}; JMH_ARGS=${JMH_ARGS:--f 1}
WORK=$(mktemp -d /tmp/ledgerlens-jmh.XXXX); trap 'rm -rf "$WORK"' EXIT
TREES=(); LABELS=()
for spec in "$@"; do
    IFS=: read -r tree label <<< "$spec"; tree=$(cd "$tree" && pwd)
    echo "compiling $MODULE in $tree ($label) ..."
    # One reactor: the modules MODULE depends on are read from their target directories, not from a repository; each
    # module writes its classpath to the file in turn, MODULE last.
    # Offline when everything is at hand, else once online (on a new machine the dependency plugin is not).
    build() { (cd "$tree" && mvn -q -B -ntp "$@" -pl "$MODULE" -am test-compile dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/$label.cp") > "$WORK/$label-build.log" 2>&1; }
    build -o || build \
        || { echo "$label: the build failed, see its log:" >&2; tail -30 "$WORK/$label-build.log" >&2; exit 1; }
    echo "$tree/$MODULE/target/test-classes:$tree/$MODULE/target/classes:$(cat "$WORK/$label.cp")" > "$WORK/$label.cp"
    TREES+=("$tree"); LABELS+=("$label")
done
for round in $(seq 1 "$ROUNDS"); do
    for k in "${!LABELS[@]}"; do
        i=$(( (k + round - 1) % ${#LABELS[@]} )); label=${LABELS[$i]}
        # shellcheck disable=SC2086 # JMH_ARGS is a list of arguments
        java -cp "$(cat "$WORK/$label.cp")" org.openjdk.jmh.Main "$PATTERN" $JMH_ARGS -rf csv -rff "$WORK/r$round-$label.csv" \
            > "$WORK/r$round-$label.log" 2>&1 || { echo "$label: JMH failed:" >&2; tail -30 "$WORK/r$round-$label.log" >&2; exit 1; }
        awk -F, -v r="$round" -v l="$label" 'NR > 1 { gsub(/"/, ""); printf "round %d %-10s %-60s %10.3f %s\n", r, l, $1, $5, $7 }' \
            "$WORK/r$round-$label.csv" | tee -a "$WORK/results"
    done
done
echo
echo "| benchmark | $(printf '%s | ' "${LABELS[@]}")ratio to ${LABELS[0]} per round |"
echo "|---|$(printf -- '---|%.0s' "${LABELS[@]}")---|"
for bench in $(awk '{ print $4 }' "$WORK/results" | sort -u); do
    row="| ${bench##*.} |"
    for label in "${LABELS[@]}"; do
        row="$row $(awk -v b="$bench" -v l="$label" '$3 == l && $4 == b { print $5 }' "$WORK/results" | sort -g \
            | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }') $(awk -v b="$bench" '$4 == b { print $6; exit }' "$WORK/results") |"
    done
    ratios=""; [ "${#LABELS[@]}" -gt 1 ] && ratios=$(awk -v b="$bench" -v first="${LABELS[0]}" '$4 == b { s[$2, $3] = $5; r[$2] = 1; l[$3] = 1 }
        END { for (round in r) { line = ""; for (label in l) if (label != first) line = line sprintf("%s %.2f ", label, s[round, label] / s[round, first]); print round ": " line } }' \
        "$WORK/results" | sort -n | paste -sd';' -)
    echo "$row ${ratios:--} |"
done
