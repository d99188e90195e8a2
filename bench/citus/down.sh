#!/usr/bin/env bash
# Stops the local Citus cluster of bench/citus/up.sh (pg_ctl stop -m fast) and removes its data directories:
#   bench/citus/down.sh          keeps the build cache, so the next up.sh takes seconds
#   bench/citus/down.sh --all    removes the build cache too (the Citus installed into PostgreSQL 15 stays)
# Environment as up.sh's: CITUS_CACHE, CITUS_DATA, CITUS_PORT, PG_BIN. Safe to run twice; it removes no directory
# that up.sh did not make.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/common.sh"
ALL=0
case "${1:-}" in --all) ALL=1 ;; "") ;; *) sed -n 2,6p "$0"; exit 2 ;; esac
fail() { echo "down.sh: $*" >&2; exit 1; }
remove() { # DIR: removed when up.sh made it, refused otherwise
    if [ ! -e "$1" ]; then echo "== $1: nothing to remove"
    elif [ -f "$1/$OURS" ]; then echo "== removing $1"; rm -rf "$1"
    else fail "$1 was not made by up.sh (no $OURS in it): not removed"; fi
}

for node in "${NODES[@]}"; do
    if running "$node"; then
        echo "== $node: stopping (pg_ctl stop -m fast)"
        as_postgres "$PG_BIN/pg_ctl" stop -m fast -w -t 60 -D "$CITUS_DATA/$node" >/dev/null \
            || fail "$node did not stop: see $CITUS_DATA/$node.log"
    else
        echo "== $node: not running"
    fi
done
remove "$CITUS_DATA"
if [ "$ALL" = 1 ]; then remove "$CITUS_CACHE"
else echo "== the build cache stays in $CITUS_CACHE (down.sh --all removes it)"; fi
