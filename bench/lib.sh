# Shared by the bench scripts (sourced, not run): the key-encryption key `serve` needs, and CPU accounting.

KEK=${LEDGERLENS_KEY_ENCRYPTION_KEY_FILE:-/tmp/ledgerlens-bench.kek}
[ -f "$KEK" ] || (umask 077 && head -c 32 /dev/urandom | base64 > "$KEK")
export LEDGERLENS_KEY_ENCRYPTION_KEY_FILE=$KEK
# psql's notices ("database ... does not exist, skipping") are not the scripts' output.
export PGOPTIONS=${PGOPTIONS:--c client_min_messages=warning}

ticks() { # CPU ticks (user + system) of the given pids, or of every postgres process when none are given
    if [ $# -eq 0 ]; then pg_ticks_but; return; fi
    cat $(printf "/proc/%s/stat " "$@") 2>/dev/null | awk '{ sub(/^.*\) /, ""); t += $12 + $13 } END { print t + 0 }'
}
HZ=$(getconf CLK_TCK)

# PostgreSQL's CPU ticks over every process of the server but the backends and autovacuum workers of the databases
# given (their command line names their database): in an interleaved run another jar's own work after its round (its
# statistics thread's ANALYZE of a ledger that grew, autovacuum of its tables) is not this jar's. Shared processes (the
# WAL writer, the checkpointer) stay counted: every jar's writes need them.
pg_ticks_but() { # DATABASE...
    local stat line command database
    for stat in /proc/[0-9]*/stat; do
        { read -r line < "$stat"; } 2>/dev/null || continue
        [[ "$line" == *" (postgres) "* ]] || continue
        command=" $(tr '\0' ' ' < "${stat%/stat}/cmdline" 2>/dev/null) "
        for database in "$@"; do [[ "$command" == *" $database "* ]] && continue 2; done
        echo "$line"
    done | awk '{ sub(/^.*\) /, ""); t += $12 + $13 } END { print t + 0 }'
}

# Waits until no backend or autovacuum worker of the databases given is at work, at most QUIET_SECONDS (60), so that a
# round does not share the machine with another jar's aftermath; prints what it waited for when it had to.
pg_quiet() { # DATABASE...
    local list waited=0 busy seen=
    list=$(IFS=,; echo "$*")
    while :; do
        busy=$(psql -h 127.0.0.1 -U postgres -d test -qAt -c "select string_agg(distinct datname || ' ' ||
                   coalesce(nullif(backend_type, 'client backend'), 'a statement'), ', ') from pg_stat_activity
               where datname = any(string_to_array('$list', ',')) and pid <> pg_backend_pid()
                 and (state = 'active' or backend_type = 'autovacuum worker')")
        [ -n "$busy" ] && [ "$waited" -lt "${QUIET_SECONDS:-60}" ] || break
        seen=$busy; sleep 1; waited=$((waited + 1))
    done
    [ "$waited" -eq 0 ] || echo "  (waited ${waited}s for PostgreSQL to finish the work of ${seen}${busy:+, still at it})"
}

median() { # of the numbers on standard input, one a line
    sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# Where a jar of a run keeps its database: the machine's PostgreSQL at 127.0.0.1:5432, or, for a spec that says citus,
# the local Citus cluster of bench/citus/up.sh (its coordinator at 127.0.0.1:$CITUS_PORT), the same database name on
# each of its three nodes with the extension and the workers added (up.sh makes them: it starts a stopped cluster, and
# builds Citus the first time). The jar then runs with --citus.
CITUS_PORT=${CITUS_PORT:-9700}
db_create() { # NAME TARGET(postgresql|citus): drops NAME if it is there, makes it empty
    db_drop "$1" "$2"
    if [ "$2" = citus ]; then
        CITUS_DB=$1 "$(dirname "${BASH_SOURCE[0]}")/citus/up.sh" > "/tmp/ledgerlens-bench-up-$1.log" 2>&1 \
            || { cat "/tmp/ledgerlens-bench-up-$1.log" >&2; return 1; }
    else
        psql -h 127.0.0.1 -U postgres -d test -qAt -c "create database $1" >/dev/null
    fi
}
db_drop() { # NAME TARGET: on every node it lives on
    local port
    if [ "$2" = citus ]; then
        for port in "$CITUS_PORT" $((CITUS_PORT + 1)) $((CITUS_PORT + 2)); do
            psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -qAt -c "drop database if exists $1 with (force)" >/dev/null
        done
    else
        psql -h 127.0.0.1 -U postgres -d test -qAt -c "drop database if exists $1 with (force)" >/dev/null
    fi
}
db_url() { # NAME TARGET: the JDBC URL the jar is given
    if [ "$2" = citus ]; then echo "jdbc:postgresql://127.0.0.1:$CITUS_PORT/$1"; else echo "jdbc:postgresql://127.0.0.1:5432/$1"; fi
}
db_psql() { # TARGET DATABASE [psql options...]: psql on the coordinator or on the machine's PostgreSQL
    local target=$1 database=$2; shift 2
    if [ "$target" = citus ]; then psql -h 127.0.0.1 -p "$CITUS_PORT" -U postgres -d "$database" -qAt "$@"
    else psql -h 127.0.0.1 -U postgres -d "$database" -qAt "$@"; fi
}
citus_flag() { [ "$1" = citus ] && echo --citus || true; } # TARGET: what the jar's commands are given
check_target() { # TARGET: postgresql or citus
    case "$1" in postgresql|citus) ;; *) echo "a spec's target is postgresql (the default) or citus, not '$1'" >&2; exit 2 ;; esac
}

# Reads the files of databases of the machine's PostgreSQL into the operating system's cache, so that a run does not
# measure its first rounds on cold pages: the floor's 2 GB dataset, read at random, took several rounds to come into
# the cache, and its rate climbed 2x through runs whose ratios then leaned on its slow first rounds. Needs read access
# to PostgreSQL's data directory (root, or the postgres user); without it, says so and leaves the pages as they are.
warm_pages() { # DATABASE...
    local datadir db oid
    datadir=$(db_psql postgresql test -c "show data_directory")
    for db in "$@"; do
        oid=$(db_psql postgresql test -c "select oid from pg_database where datname = '$db'")
        if [ -n "$oid" ] && [ -r "$datadir/base/$oid" ]; then
            cat "$datadir/base/$oid"/* > /dev/null 2>&1 || true
        else
            echo "cannot read $db's files under $datadir: its pages are not warmed" >&2
        fi
    done
}
