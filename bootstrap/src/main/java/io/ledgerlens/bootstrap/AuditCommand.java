package io.ledgerlens.bootstrap;

import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.audit.AuditAction;
import io.ledgerlens.domain.audit.AuditActor;
import io.ledgerlens.domain.audit.AuditFilter;
import io.ledgerlens.domain.audit.AuditRecord;
import io.ledgerlens.domain.org.OrgId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ledgerlens audit}: the operator reads the audit log, newest first. It runs on the database as its owner:
 * the service's own role may only append to the log, so no request can read it.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Read the audit log, newest first: failed sign-ins, credentials issued and revoked, orgs created,",
                "connected and disconnected, and refused attempts to change the org tree. One record a line:",
                "time, outcome, action, org, who (and from where, for sign-ins), target, detail."})
final class AuditCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--org", paramLabel = "ORG_ID", description = "Only the records of this org.")
    Long org;

    @Option(names = "--action", paramLabel = "ACTION", description = "Only this action, one of: ${COMPLETION-CANDIDATES}.")
    AuditAction action;

    @Option(names = "--since", paramLabel = "INSTANT", description = "Only records at or after this ISO instant, e.g. 2026-12-01T00:00:00Z.")
    String since;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many records (1-10000, default ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Optional<Instant> from;
        try {
            from = Optional.ofNullable(since).map(Instant::parse);
        } catch (DateTimeParseException malformed) {
            err.println("ledgerlens: --since must be an ISO instant such as 2026-12-01T00:00:00Z");
            return 2;
        }
        if (limit < 1 || limit > AuditFilter.MAX_LIMIT || (org != null && org <= 0)) {
            err.println("ledgerlens: --limit from 1 to " + AuditFilter.MAX_LIMIT + ", --org a positive org id");
            return 2;
        }
        var filter = new AuditFilter(Optional.ofNullable(org).map(OrgId::of), Optional.ofNullable(action), from, limit);
        try (var service = LedgerLensService.on(database.open(out))) {
            var records = service.auditLog().read(filter);
            if (records.isEmpty()) {
                out.println("No audit records" + (org == null && action == null && since == null ? " yet." : " match."));
            }
            records.forEach(record -> out.println(line(record)));
            out.flush();
            return 0;
        }
    }

    /** One record as a line: tab-separated, so that {@code cut} and {@code awk} take it apart. */
    static String line(AuditRecord record) {
        return String.join("\t", record.at().toString(), record.outcome().name(), record.action().name(),
                record.org().map(org -> "org " + org).orElse("-"), who(record.actor()), record.target(),
                record.detail().isEmpty() ? "-" : record.detail());
    }

    private static String who(AuditActor actor) {
        var credential = actor.credential().map(CredentialId::value).map(id -> "credential " + id);
        var parts = Arrays.asList(credential.orElse(null), actor.name().orElse(null),
                actor.clientAddress().map(address -> "from " + address).orElse(null));
        var known = parts.stream().filter(part -> part != null).collect(Collectors.joining(" "));
        return actor.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + (known.isEmpty() ? "" : " " + known);
    }
}
