# Shared by up.sh and down.sh (sourced, not run): where the rehearsal cluster lives and how to act as postgres.
CITUS_VERSION=13.2.2
CITUS_VENDOR=${CITUS_VENDOR:-/work/shared/vendor}
CITUS_CACHE=${CITUS_CACHE:-/var/tmp/ledgerlens-citus}
CITUS_DATA=${CITUS_DATA:-$CITUS_CACHE/clusters}
CITUS_PORT=${CITUS_PORT:-9700}
CITUS_DB=${CITUS_DB:-ledger}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
# What Citus's build needs on Debian 12 (../shared/vendor/README.md): up.sh installs the missing ones as root.
BUILD_PACKAGES="postgresql-server-dev-15 libcurl4-openssl-dev liblz4-dev libzstd-dev libkrb5-dev libssl-dev libicu-dev
    libselinux1-dev libxslt1-dev libpam0g-dev"
NODES=(coordinator worker1 worker2)
PORTS=("$CITUS_PORT" $((CITUS_PORT + 1)) $((CITUS_PORT + 2)))
OURS=.ledgerlens-citus # a file up.sh leaves in the directories it makes; down.sh removes no directory without it

as_postgres() { # runs a command as the postgres OS user (PostgreSQL refuses to run as root)
    if [ "$(id -un)" = postgres ]; then (cd / && "$@"); else (cd / && runuser -u postgres -- "$@"); fi
}
running() { # NODE: whether its server runs
    [ -f "$CITUS_DATA/$1/PG_VERSION" ] && as_postgres "$PG_BIN/pg_ctl" status -D "$CITUS_DATA/$1" >/dev/null 2>&1
}
