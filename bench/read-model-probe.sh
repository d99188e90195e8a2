#!/usr/bin/env bash
# What a per-event read model would save on reads and cost on writes, measured in PostgreSQL alone before it is built
# (issue 14): bench/read-model-probe.sh JAR
# Environment: CUSTOMERS=10000 EVENTS=100000 (the dataset), ROUNDS=3, ROUND_SECONDS=10, CLIENTS=4 (pgbench's),
# GROUP=12 (events a write group holds), KEEP=0 (1 keeps the database probe_read_model_EVENTS for another run),
# FLAGS (the explode's flags, as a query string: every flag by default; FLAGS= for none, whose documents then hold the
# sections that request reads).
#
# The read model is one row per event holding its sections (bill and lines, allocations, fields, payment modes, tiers,
# kind-specific detail) as the JSON the explode statement now builds from some fifteen tables for every request. The
# probe makes the dataset (`ledgerlens demo --orgs 1 --seed 7`) and captures the explode statement of FLAGS
# exactly as JAR's service sends it (from PostgreSQL's statement log, for one request). It then builds such a table,
# probe_event_doc, from that statement's own section subqueries, and runs pgbench as the service's role, fenced to the
# org, on the statement's generic plan, interleaved rounds of:
#   read now        the captured statement, for random (mobile, event) pairs of the ledger
#   read model      the same customer lookup and event row, the sections from probe_event_doc instead
#   write by SQL    storing the documents of GROUP events computed by PostgreSQL from their rows (as a write
#                   transaction could, after inserting them), rolled back
#   write as text   storing GROUP documents sent as text (as the service could, building them from what it appends)
# each against a baseline that does the same without the part measured (the pair's lookup; the same inserts of '[]').
# PostgreSQL's CPU (every postgres process, and the ended backends' through the postmaster) is divided by the requests
# or events; the pages each read touches (EXPLAIN (ANALYZE, BUFFERS), 500 pairs) are averaged. Prints one line per
# measurement and the medians. Not a test; needs python3, pgbench, and read access to
# PostgreSQL's log file (root on this machine kind). Touches only its own database.
set -euo pipefail
[ $# -eq 1 ] || { awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 2; }
JAR=$1
CUSTOMERS=${CUSTOMERS:-10000}; EVENTS=${EVENTS:-100000}; ROUNDS=${ROUNDS:-3}; ROUND_SECONDS=${ROUND_SECONDS:-10}
CLIENTS=${CLIENTS:-4}; GROUP=${GROUP:-12}; KEEP=${KEEP:-0}
FLAGS=${FLAGS-getBillDetails=true&getPointsEarnedBreakup=true&getCustomFields=true&getExtendedFields=true&getPaymentModes=true&getMaxConversionDetails=true&includeAlternateCurrencies=true}
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
command -v pgbench >/dev/null && command -v python3 >/dev/null || { echo "pgbench and python3 are needed" >&2; exit 1; }
ORG=910001; DB=probe_read_model_$EVENTS; PORT=7190
WORK=$(mktemp -d /tmp/ledgerlens-probe.XXXX); SERVE_PID=
cleanup() {
    [ -z "$SERVE_PID" ] || kill "$SERVE_PID" 2>/dev/null || true; wait 2>/dev/null || true
    db_psql postgresql test -c "alter database $DB reset log_min_duration_statement" >/dev/null 2>&1 || true
    [ "$KEEP" = 1 ] || db_drop "$DB" postgresql 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

marker="ledgerlens demo --seed 7 --customers $CUSTOMERS --events $EVENTS"
if [ "$(db_psql postgresql postgres -c "select shobj_description(oid, 'pg_database') from pg_database where datname = '$DB'")" != "$marker" ]; then
    echo "making the dataset ($marker) in $DB ..."
    db_create "$DB" postgresql
    java -jar "$JAR" demo --org "$ORG" --orgs 1 --customers "$CUSTOMERS" --events "$EVENTS" --seed 7 \
        --db-url "$(db_url "$DB" postgresql)" > "$WORK/demo.log" 2>&1 || { cat "$WORK/demo.log" >&2; exit 1; }
    db_psql postgresql "$DB" -c "vacuum analyze" >/dev/null
    db_psql postgresql postgres -c "comment on database $DB is '$marker'" >/dev/null
fi
md5=$(java -jar "$JAR" credentials create --org "$ORG" --rights points.read --till-user "probe.reader.$$" \
    --db-url "$(db_url "$DB" postgresql)" 2>&1 | awk '/hex MD5:/ { print $4 }')
[ -n "$md5" ] || { echo "no till credential was created" >&2; exit 1; }

# The pairs pgbench reads from: a customer's mobile and source, and one of their events.
db_psql postgresql "$DB" -c "
    drop table if exists probe_pairs;
    create table probe_pairs as
        select row_number() over () as n, sample.* from (
            select i.identifier_value as mobile, i.source, '{' || e.event_log_id || '}' as events
            from ledger_event e join customer_identifier i
              on i.org_id = e.org_id and i.customer_id = e.customer_id and i.identifier_name = 'MOBILE'
            where e.org_id = $ORG order by random() limit 20000) sample;
    alter table probe_pairs add primary key (n);
    grant select on probe_pairs to ledgerlens_app" >/dev/null
read -r mobile source events < <(db_psql postgresql "$DB" -F ' ' -c "select mobile, source, events from probe_pairs where n = 1")

# The statement as the service sends it: PostgreSQL logs every statement of this database while one request is made.
LOG=$(db_psql postgresql test -c "select coalesce(pg_current_logfile(), '')")
[ -n "$LOG" ] && [[ "$LOG" = /* ]] || LOG=$(ls -t /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1)
[ -r "$LOG" ] || { echo "cannot read PostgreSQL's log file ($LOG): run as root, or with logging_collector's file readable" >&2; exit 1; }
db_psql postgresql test -c "alter database $DB set log_min_duration_statement = 0" >/dev/null
offset=$(stat -c %s "$LOG")
java -jar "$JAR" serve --db-url "$(db_url "$DB" postgresql)" --host 127.0.0.1 --port "$PORT" > "$WORK/serve.log" 2>&1 &
SERVE_PID=$!
until curl -sf "http://127.0.0.1:$PORT/health" >/dev/null; do
    kill -0 "$SERVE_PID" 2>/dev/null || { echo "serve exited, see its log:" >&2; cat "$WORK/serve.log" >&2; exit 1; }
    sleep 0.5
done
status=$(curl -s -o "$WORK/answer.json" -w '%{http_code}' -H "Authorization: Basic $(printf 'probe.reader.%s:%s' "$$" "$md5" | base64 -w0)" \
    "http://127.0.0.1:$PORT/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue=$mobile&source=$source&eventIds=${events//[\{\}]/}${FLAGS:+&$FLAGS}")
[ "$status" = 200 ] || { echo "the explode request answered $status: $(head -c 300 "$WORK/answer.json")" >&2; exit 1; }
kill "$SERVE_PID"; wait "$SERVE_PID" 2>/dev/null || true; SERVE_PID=
db_psql postgresql test -c "alter database $DB reset log_min_duration_statement" >/dev/null
tail -c +"$((offset + 1))" "$LOG" > "$WORK/statements.log"

# The pgbench scripts, from the captured statement.
python3 - "$WORK" "$mobile" "$source" "$events" "$ORG" "$GROUP" "$EVENTS" <<'PY'
import re, sys
work, mobile, source, events, org, group, total = sys.argv[1:8]
log = open(f"{work}/statements.log").read()
# The explode statement is logged with its text on the lines after "execute ...:", its binds on a DETAIL line.
found = re.search(r"execute [^:]*:\s*\n?\s*(select customers\.org_id.*?)\n.*?DETAIL:\s+parameters: (.*?)\n", log, re.S)
if not found:
    sys.exit("the explode statement was not found in PostgreSQL's log: has its text changed?")
statement, parameters = found.group(1).strip(), found.group(2)
binds = dict(re.findall(r"\$(\d+) = '((?:[^']|'')*)'", parameters))
by_value = {mobile: ":mobile", source: ":source", events: ":events"}
def bound(text):
    return re.sub(r"\$(\d+)", lambda m: by_value.get(binds[m.group(1)], "'" + binds[m.group(1)] + "'"), text)
head, tail = statement.split(" from (select distinct customer_identifier", 1)
event_columns, sections = head.split("ledger_event.till_id, ", 1)
if "select" not in sections:
    sys.exit("the statement's section columns were not found: has its text changed?")
lookup = "\\set n random(1, 20000)\nselect mobile, source, events from probe_pairs where n = :n \\gset\n"
now = bound(statement)
model = bound(event_columns + "ledger_event.till_id, probe_event_doc.sections from (select distinct customer_identifier"
              + tail.replace(" order by ledger_event.event_time",
                             " left outer join probe_event_doc on probe_event_doc.org_id = ledger_event.org_id"
                             " and probe_event_doc.event_log_id = ledger_event.event_log_id order by ledger_event.event_time"))
documents = "json_build_array(" + bound(sections) + ")::text"
first = "(select min(event_log_id) from ledger_event)"
ids = "array[" + ", ".join(f":first + {i}" for i in range(int(group))) + "]::bigint[]"
write = f"\\set first random(0, {int(total) - int(group) - 1})\nselect min(event_log_id) + :first as first from ledger_event \\gset\nbegin;\n"
scripts = {
    "read-now": lookup + now + ";\n",
    "read-model": lookup + model + ";\n",
    "read-baseline": lookup,
    "write-by-sql": write + f"insert into probe_event_doc_written select ledger_event.org_id, ledger_event.event_log_id, {documents} "
        f"from ledger_event where ledger_event.org_id = {org} and ledger_event.event_log_id = any({ids});\nrollback;\n",
    "write-by-sql-baseline": write + "insert into probe_event_doc_written select ledger_event.org_id, ledger_event.event_log_id, '[]' "
        f"from ledger_event where ledger_event.org_id = {org} and ledger_event.event_log_id = any({ids});\nrollback;\n",
    "write-as-text": write + "insert into probe_event_doc_written select d.org_id, d.event_log_id, d.sections "
        f"from probe_event_doc d where d.org_id = {org} and d.event_log_id = any({ids});\nrollback;\n",
    "write-as-text-baseline": write + "insert into probe_event_doc_written select d.org_id, d.event_log_id, '[]' "
        f"from probe_event_doc d where d.org_id = {org} and d.event_log_id = any({ids});\nrollback;\n",
}
for name, script in scripts.items():
    open(f"{work}/{name}.sql", "w").write(script)
# The same two reads as format() templates, for EXPLAIN: the pages each touches.
template = lambda text: text.replace(":mobile", "%1$L").replace(":source", "%2$L").replace(":events", "%3$L").replace("'", "''")
open(f"{work}/pages.sql", "w").write("".join(f"""
select '{name}', round(avg(pages), 1) from (
    select (j -> 0 -> 'Plan' ->> 'Shared Hit Blocks')::int + (j -> 0 -> 'Plan' ->> 'Shared Read Blocks')::int as pages
    from probe_pairs, probe_explain(format('{template(text)}', mobile, source, events)) as j
    where n <= 500) explained;
""" for name, text in (("read-now", now), ("read-model", model))))
open(f"{work}/documents.sql", "w").write(f"""
drop table if exists probe_event_doc, probe_event_doc_written;
create table probe_event_doc (org_id bigint not null, event_log_id bigint not null, sections text not null,
    primary key (org_id, event_log_id));
insert into probe_event_doc select ledger_event.org_id, ledger_event.event_log_id, {documents} from ledger_event;
create table probe_event_doc_written (like probe_event_doc including all);
""" + "".join(f"""
alter table {t} enable row level security;
create policy {t}_fenced on {t} using (org_id = any ((select ledger_visible_orgs())::bigint[]));
grant select, insert on {t} to ledgerlens_app;
""" for t in ("probe_event_doc", "probe_event_doc_written")) + """vacuum analyze probe_event_doc;
create or replace function probe_explain(statement text) returns json language plpgsql as $f$
declare plan json;
begin
    execute 'explain (analyze, buffers, format json) ' || statement into plan;
    return plan;
end $f$;
""")
PY
echo "building probe_event_doc from the statement's section subqueries ..."
db_psql postgresql "$DB" -f "$WORK/documents.sql" >/dev/null
db_psql postgresql "$DB" -c "select 'probe_event_doc: ' || count(*) || ' documents, ' || round(avg(length(sections))) || ' bytes on average, '
    || pg_size_pretty(pg_total_relation_size('probe_event_doc')) || ' with its index' from probe_event_doc"
missing=$(db_psql postgresql "$DB" -c "select count(*) from ledger_event e where not exists
    (select from probe_event_doc d where d.org_id = e.org_id and d.event_log_id = e.event_log_id)")
[ "$missing" = 0 ] || { echo "$missing events have no document: the read model's figures would flatter it" >&2; exit 1; }

POSTMASTER=$(head -1 "$(db_psql postgresql test -c "show data_directory")/postmaster.pid" 2>/dev/null || true)
[ -n "$POSTMASTER" ] || { echo "cannot read postmaster.pid (run as root): the ended backends' CPU would be lost" >&2; exit 1; }
pg_ticks() { echo $(( $(ticks) + $(awk '{ sub(/^.*\) /, ""); print $14 + $15 }' "/proc/$POSTMASTER/stat") )); }
RESULTS=$WORK/results; : > "$RESULTS"
measure() { # ROUND SCRIPT PER (how many requests or events one pgbench transaction is)
    local before after out transactions
    before=$(pg_ticks)
    out=$(PGOPTIONS="-c role=ledgerlens_app -c ledgerlens.orgs={$ORG} -c plan_cache_mode=force_generic_plan -c client_min_messages=warning" \
        pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$CLIENTS" -j 2 -T "$ROUND_SECONDS" -f "$WORK/$2.sql" "$DB" 2>&1)
    sleep 0.5 # the backends' exit, so that their CPU is the postmaster's
    after=$(pg_ticks)
    # The writes are rolled back, but their rows stay until a vacuum: a gigabyte a round. Not counted.
    db_psql postgresql "$DB" -c "truncate probe_event_doc_written" >/dev/null
    transactions=$(echo "$out" | awk '/number of transactions actually processed/ { split($NF, n, "/"); print n[1] }')
    [ -n "$transactions" ] && [ "$transactions" -gt 0 ] && ! echo "$out" | grep -qi "error" || { echo "pgbench failed for $2:" >&2; echo "$out" >&2; exit 1; }
    awk -v r="$1" -v s="$2" -v per="$3" -v n="$transactions" -v t=$((after - before)) -v hz="$HZ" -v sec="$ROUND_SECONDS" 'BEGIN {
        printf "round %d %-24s %8.0f transactions/s, PostgreSQL %.4f ms of CPU per transaction\n", r, s, n / sec, t * 1000 / hz / n
        printf "%s %d %.5f\n", s, r, t * 1000 / hz / n / per >> "'"$RESULTS"'" }'
}
SCRIPTS=(read-now read-model read-baseline write-by-sql write-by-sql-baseline write-as-text write-as-text-baseline)
for script in "${SCRIPTS[@]}"; do measure 0 "$script" 1 > /dev/null; done # warm-up: plans, caches, pages
: > "$RESULTS"
for round in $(seq 1 "$ROUNDS"); do for script in "${SCRIPTS[@]}"; do
    case "$script" in write*) per=$GROUP ;; *) per=1 ;; esac
    measure "$round" "$script" "$per"
done; done

# Pages: what each read touches in shared buffers (hit or read), for 500 pairs, as the service's role, fenced.
PAGES=$(PGOPTIONS="-c role=ledgerlens_app -c ledgerlens.orgs={$ORG}" db_psql postgresql "$DB" -F ' ' -f "$WORK/pages.sql")
pages() { echo "$PAGES" | awk -v s="$1" '$1 == s { print $2 }'; }
cost() { awk -v s="$1" '$1 == s { print $3 }' "$RESULTS" | median; }
net() { awk -v a="$(cost "$1")" -v b="$(cost "$2")" 'BEGIN { printf "%.4f", a - b }'; }
echo
echo "PostgreSQL's CPU, medians of $ROUNDS rounds ($CLIENTS clients, $EVENTS events), the baseline's share taken out:"
echo "| | ms per request or event | pages per request |"
echo "|---|---|---|"
case "$FLAGS" in "") asked="no flag" ;; *getBillDetails*getPointsEarnedBreakup*getCustomFields*getExtendedFields*getPaymentModes*) asked="every flag" ;; *) asked=$FLAGS ;; esac
echo "| read an event with $asked, now (the captured statement) | $(net read-now read-baseline) | $(pages read-now) |"
echo "| read it from the read model | $(net read-model read-baseline) | $(pages read-model) |"
echo "| store an event's document computed by PostgreSQL from its rows | $(net write-by-sql write-by-sql-baseline) | |"
echo "| store an event's document sent as text | $(net write-as-text write-as-text-baseline) | |"
