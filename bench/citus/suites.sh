#!/usr/bin/env bash
# The test suites that must pass on Citus, against the local cluster of up.sh (issue 17, item 4):
#   bench/citus/suites.sh [extra Maven arguments]
# The persistence contract suites (every jOOQ adapter held to the in-memory ledger's contract), the row-level security
# and isolation suites (two tenant trees; random org graphs over HTTP), the append-only ledger refusing orphans and
# rewrites by the database itself, the events' documents (V24_1) read back as their rows and written at start for older
# events, the golden answers served from the database,
# and the cluster's own tests (the fence on the workers; one org's requests on one shard). Each test database is made
# on all three nodes from a template migrated with --citus's migrations (PostgresDatabase, CitusNodes) and dropped after
# its test. Environment: CITUS_PORT=9700, CITUS_DB=ledger (the coordinator's database the nodes are read from; up.sh
# makes it). Takes about five minutes on two cores. Not part of .ci/run, which has no cluster.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/common.sh"
URL=jdbc:postgresql://127.0.0.1:$CITUS_PORT/$CITUS_DB
"$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$CITUS_PORT" \
    || { echo "suites.sh: no coordinator at 127.0.0.1:$CITUS_PORT: run $HERE/up.sh first" >&2; exit 1; }
SUITES=(
    'Jooq*PortTest' JooqLedgerChainTest JooqLedgerExportTest RememberingLoadLedgerEventsPortTest
    RowLevelSecurityTest AppendOnlyLedgerTest EventPartiesTest LargeRegistrationBatchTest TenantIsolationTest
    RandomOrgGraphsIsolationTest
    EventDocumentsTest OlderEventsDocumentedAtStartTest RowBatchOnCitusTest
    GoldenAnswersFromTheDatabaseTest
    CitusFenceTest EmbeddedOnCitusTest
)
cd "$HERE/../.."
exec mvn -pl bootstrap -am test -Dtest="$(IFS=,; echo "${SUITES[*]}")" -Dsurefire.failIfNoSpecifiedTests=false \
    -Dledgerlens.test.db-url="$URL" -Dledgerlens.test.db-kind=citus -Dledgerlens.test.citus-url="$URL" "$@"
