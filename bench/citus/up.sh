#!/usr/bin/env bash
# A local Citus cluster for rehearsals (issue 17): a coordinator and two workers, three PostgreSQL 15 clusters on
# loopback, the Citus extension in one database of each and the workers added to the coordinator.
#   bench/citus/up.sh           idempotent: builds only once, starts only what is stopped, adds only what is missing
#   bench/citus/down.sh [--all] stops and removes them (--all: the build cache too)
# Environment: CITUS_CACHE=/var/tmp/ledgerlens-citus (the build, outside the repository),
# CITUS_DATA=$CITUS_CACHE/clusters (the three data directories and their logs), CITUS_PORT=9700 (the coordinator;
# the workers on the next two ports), CITUS_DB=ledger, CITUS_VENDOR=/work/shared/vendor (citus-13.2.2.tar.gz and its
# patch), PG_BIN=/usr/lib/postgresql/15/bin.
#
# The first run builds Citus 13.2.2 (2 to 6 minutes on two cores, the more the busier) and installs it into the
# machine's PostgreSQL 15 (as root, which also installs the build's missing packages); later runs take seconds.
# Each cluster listens on 127.0.0.1 only, with trust auth for user postgres and no password: a rehearsal cluster,
# never for production. Modest memory: shared_buffers 128MB, max_connections 60 each. Built without libcurl, so Citus
# sends no usage statistics. Not part of .ci/run.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/common.sh"
[ $# -eq 0 ] || { sed -n 2,15p "$0"; exit 2; }
fail() { echo "up.sh: $*" >&2; exit 1; }
step() { echo "== $*"; }
sql() { # PORT DATABASE STATEMENT: its rows, unaligned
    "$PG_BIN/psql" -h 127.0.0.1 -p "$1" -U postgres -d "$2" -X -q -v ON_ERROR_STOP=1 -At -c "$3"
}
show() { "$PG_BIN/psql" -h 127.0.0.1 -p "$CITUS_PORT" -U postgres -d "$CITUS_DB" -X -q -c "$1"; } # a table of rows

[ -x "$PG_BIN/postgres" ] || fail "no PostgreSQL at $PG_BIN (apt-get install postgresql-15, or set PG_BIN)"
"$PG_BIN/postgres" --version | grep -q ' 15\.' || fail "$PG_BIN is not PostgreSQL 15: $("$PG_BIN/postgres" --version)"
id postgres >/dev/null 2>&1 || fail "there is no postgres OS user to run the clusters as"

# 1. Citus, built once into the cache.
SRC=$CITUS_CACHE/citus-$CITUS_VERSION
BUILT=$CITUS_CACHE/built-$CITUS_VERSION
if [ -f "$BUILT" ]; then
    step "Citus $CITUS_VERSION is built in $SRC (remove $BUILT to build again)"
else
    # The build's packages (the vendor README's list); postgresql-server-dev-15 brings the machine's PostgreSQL 15 to
    # its own minor version and restarts it. A fresh machine of this kind has none of them.
    missing=$(for pkg in $BUILD_PACKAGES; do dpkg -s "$pkg" >/dev/null 2>&1 || echo "$pkg"; done | xargs)
    if [ -n "$missing" ]; then
        [ "$(id -u)" = 0 ] || fail "Citus's build needs these packages: $missing (run up.sh as root once, or apt-get install them)"
        step "installing the build's packages: $missing (the machine's PostgreSQL 15 may restart)"
        mkdir -p "$CITUS_CACHE"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing > "$CITUS_CACHE/apt.log" 2>&1 \
            || { tail -20 "$CITUS_CACHE/apt.log" >&2; fail "apt-get install failed (above, the end of $CITUS_CACHE/apt.log)"; }
    fi
    tarball=$CITUS_VENDOR/citus-$CITUS_VERSION.tar.gz; patch=$CITUS_VENDOR/citus-$CITUS_VERSION-pg15.20.patch
    [ -f "$tarball" ] && [ -f "$patch" ] \
        || fail "no $tarball or $patch (see $CITUS_VENDOR/README.md, or set CITUS_VENDOR)"
    started=$SECONDS; log=$CITUS_CACHE/build.log
    mkdir -p "$CITUS_CACHE"; touch "$CITUS_CACHE/$OURS"; rm -rf "$SRC"
    step "building Citus $CITUS_VERSION in $SRC: extract, patch, configure, make -j2 (minutes; log in $log)"
    tar xzf "$tarball" -C "$CITUS_CACHE"
    (cd "$SRC" && patch -p1 < "$patch" && ./configure PG_CONFIG="$PG_BIN/pg_config" --without-libcurl && make -j2) \
        > "$log" 2>&1 || { tail -20 "$log" >&2
            fail "the build failed (above, the end of $log): are the packages of $CITUS_VENDOR/README.md installed?"; }
    touch "$BUILT"
    step "built in $((SECONDS - started)) s"
fi

# 2. Installed into the machine's PostgreSQL 15 (its lib and extension directories), where missing.
LIBDIR=$("$PG_BIN/pg_config" --pkglibdir); SHAREDIR=$("$PG_BIN/pg_config" --sharedir)
if [ -f "$LIBDIR/citus.so" ] && [ -f "$SHAREDIR/extension/citus.control" ]; then
    step "Citus is installed ($LIBDIR/citus.so)"
else
    [ "$(id -u)" = 0 ] || fail "Citus is not installed in $LIBDIR: run up.sh as root once (make install)"
    step "installing Citus into $LIBDIR and $SHAREDIR/extension (make install)"
    log=$CITUS_CACHE/install.log
    (cd "$SRC" && make install) > "$log" 2>&1 \
        || { tail -20 "$log" >&2; fail "make install failed (above, the end of $log)"; }
fi

# 3. The three clusters: made once, started when stopped.
if [ ! -d "$CITUS_DATA" ]; then
    mkdir -p "$CITUS_DATA"; touch "$CITUS_DATA/$OURS"; chown postgres:postgres "$CITUS_DATA"; chmod 700 "$CITUS_DATA"
fi
as_postgres test -w "$CITUS_DATA" \
    || fail "user postgres cannot write to $CITUS_DATA (and every directory above it must be searchable)"
for i in "${!NODES[@]}"; do # before anything is made: a port another server holds
    if ! running "${NODES[$i]}" && "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "${PORTS[$i]}"; then
        fail "port ${PORTS[$i]} is taken by another server: stop it, or set CITUS_PORT (it and the next two are used)"
    fi
done
for i in "${!NODES[@]}"; do
    node=${NODES[$i]}; port=${PORTS[$i]}; dir=$CITUS_DATA/$node; log=$CITUS_DATA/$node.log
    if [ ! -f "$dir/PG_VERSION" ]; then
        step "$node: initdb $dir (trust auth, UTF8, C locale)"
        as_postgres "$PG_BIN/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C \
            > "$CITUS_DATA/$node.initdb.log" 2>&1 \
            || { cat "$CITUS_DATA/$node.initdb.log" >&2; fail "initdb of $node failed (above)"; }
        cat >> "$dir/postgresql.conf" <<CONF

# bench/citus/up.sh: a Citus $node for local rehearsals (trust auth on loopback; never for production)
listen_addresses = '127.0.0.1'
port = $port
shared_preload_libraries = 'citus'
shared_buffers = 128MB
max_connections = 60
# citus_stat_counters: single- and multi-shard executions per database, to see where a request ran
citus.enable_stat_counters = on
CONF
    fi
    if running "$node"; then
        step "$node: running on 127.0.0.1:$port ($dir)"
    else
        step "$node: starting on 127.0.0.1:$port (log $log)"
        as_postgres "$PG_BIN/pg_ctl" start -w -t 60 -D "$dir" -l "$log" >/dev/null \
            || { tail -20 "$log" >&2; fail "$node did not start (above, the end of $log)"; }
    fi
done

# 4. The database and the extension in each, the coordinator's host and the workers in its metadata.
for i in "${!NODES[@]}"; do
    node=${NODES[$i]}; port=${PORTS[$i]}
    if [ -z "$(sql "$port" postgres "select 1 from pg_database where datname = '$CITUS_DB'")" ]; then
        step "$node: create database $CITUS_DB"
        sql "$port" postgres "create database \"$CITUS_DB\""
    fi
    if [ -z "$(sql "$port" "$CITUS_DB" "select 1 from pg_extension where extname = 'citus'")" ]; then
        step "$node: create extension citus in $CITUS_DB"
        sql "$port" "$CITUS_DB" "create extension citus"
    fi
done
if [ -z "$(sql "$CITUS_PORT" "$CITUS_DB" "select 1 from pg_dist_node where groupid = 0")" ]; then
    step "coordinator: citus_set_coordinator_host('127.0.0.1', $CITUS_PORT)"
    sql "$CITUS_PORT" "$CITUS_DB" "select citus_set_coordinator_host('127.0.0.1', $CITUS_PORT)" >/dev/null
fi
for port in "${PORTS[@]:1}"; do
    if [ -z "$(sql "$CITUS_PORT" "$CITUS_DB" "select 1 from pg_dist_node where nodeport = $port")" ]; then
        step "coordinator: citus_add_node('127.0.0.1', $port)"
        sql "$CITUS_PORT" "$CITUS_DB" "select citus_add_node('127.0.0.1', $port)" >/dev/null
    fi
done

step "$(sql "$CITUS_PORT" "$CITUS_DB" "select citus_version()" | cut -d' ' -f1-2) is up in $SECONDS s; the nodes:"
show "select nodeid, nodename, nodeport, groupid, noderole, isactive from pg_dist_node order by nodeid"
show "select * from citus_get_active_worker_nodes()"
echo "JDBC URL (user postgres, no password): jdbc:postgresql://127.0.0.1:$CITUS_PORT/$CITUS_DB"
echo "psql: $PG_BIN/psql -h 127.0.0.1 -p $CITUS_PORT -U postgres $CITUS_DB     stop and remove: $HERE/down.sh"
