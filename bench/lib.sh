# Shared by the bench scripts (sourced, not run): the key-encryption key `serve` needs, and CPU accounting.

KEK=${LEDGERLENS_KEY_ENCRYPTION_KEY_FILE:-/tmp/ledgerlens-bench.kek}
[ -f "$KEK" ] || (umask 077 && head -c 32 /dev/urandom | base64 > "$KEK")
export LEDGERLENS_KEY_ENCRYPTION_KEY_FILE=$KEK

ticks() { # CPU ticks (user + system) of the given pids, or of every postgres process when none are given
    if [ $# -gt 0 ]; then cat $(printf "/proc/%s/stat " "$@") 2>/dev/null
    else for f in /proc/[0-9]*/stat; do grep -h ' (postgres) ' "$f" 2>/dev/null || true; done; fi \
        | awk '{ sub(/^.*\) /, ""); t += $12 + $13 } END { print t + 0 }'
}
HZ=$(getconf CLK_TCK)

median() { # of the numbers on standard input, one a line
    sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
