package io.ledgerlens.bootstrap;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.ManageOrgTreeUseCase;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.text.StoredText;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ledgerlens orgs create|connect|disconnect|list}: the org tree is the operator's. No org credential can
 * create an org or connect two (connected orgs read each other's ledger), so these run on the database as its owner,
 * like {@code credentials}.
 */
@Command(name = "orgs", mixinStandardHelpOptions = true,
        description = {"Create orgs and connect or disconnect them (connected orgs read each other's ledger on v2.1);"
                + " list them. Only the operator changes the org tree: org admins change their own org's settings only."},
        subcommands = {OrgsCommand.Create.class, OrgsCommand.Connect.class, OrgsCommand.Disconnect.class,
                OrgsCommand.ListOrgs.class})
final class OrgsCommand {

    /** Exit codes: what was asked is done (or was already so); the input is wrong; the ledger refused it. */
    static final int DONE = 0;
    static final int INVALID = 2;
    static final int REFUSED = 3;

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Register a new org: a root (a tenant of its own) or, with --parent, a child of a registered org.")
    static final class Create implements Callable<Integer> {

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(index = "0", paramLabel = "ORG_ID", description = "The new org's id (a positive number, as Capillary numbers orgs).")
        long org;

        @Option(names = "--name", required = true, description = "The org's name (1-255 characters).")
        String name;

        @Option(names = "--parent", paramLabel = "ORG_ID", description = "A registered org to connect the new org to as its child.")
        Long parent;

        @Option(names = "--time-zone", defaultValue = "UTC",
                description = "The org's time zone, e.g. Asia/Kolkata (default ${DEFAULT-VALUE}).")
        String timeZone;

        @Option(names = "--source-value-capturing",
                description = "The org captures the source values points are computed on (needed for getPointsEarnedBreakup).")
        boolean sourceValueCapturing;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var err = spec.commandLine().getErr();
            var problem = invalid();
            if (problem.isPresent()) {
                err.println("ledgerlens: " + problem.get());
                return INVALID;
            }
            var zone = ZoneId.of(timeZone);
            var created = parent == null ? Org.root(OrgId.of(org), name.strip(), zone, sourceValueCapturing)
                    : Org.childOf(OrgId.of(parent), OrgId.of(org), name.strip(), zone, sourceValueCapturing);
            var out = spec.commandLine().getOut();
            try (var service = LedgerLensService.on(database.open(out))) {
                return report(service.orgTree().create(created), out, err,
                        saved -> "Created org " + org + " (" + created.name() + ")"
                                + (parent == null ? ", a root" : ", a child of org " + parent) + ".");
            }
        }

        private Optional<String> invalid() {
            if (org <= 0 || (parent != null && parent <= 0)) {
                return Optional.of("ORG_ID and --parent must be positive org ids");
            }
            if (parent != null && parent == org) {
                return Optional.of("an org cannot be its own parent");
            }
            if (name.isBlank() || !StoredText.fits(name.strip(), StoredText.SHORT)) {
                return Optional.of("--name must have 1 to 255 printable characters");
            }
            try {
                ZoneId.of(timeZone);
                return Optional.empty();
            } catch (DateTimeException unknown) {
                return Optional.of("--time-zone: unknown time zone '" + timeZone + "' (use a region such as Asia/Kolkata, or UTC)");
            }
        }
    }

    /** A change of one parent-and-child link: the arguments, the checks and the report connect and disconnect share. */
    abstract static class Link implements Callable<Integer> {

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(index = "0", paramLabel = "PARENT")
        long parent;

        @Parameters(index = "1", paramLabel = "CHILD")
        long child;

        @Spec
        CommandSpec spec;

        abstract RegistrationOutcome change(ManageOrgTreeUseCase orgs, OrgId parent, OrgId child);

        abstract String done(RegistrationOutcome.Saved saved);

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            if (parent <= 0 || child <= 0) {
                err.println("ledgerlens: PARENT and CHILD must be positive org ids");
                return INVALID;
            }
            try (var service = LedgerLensService.on(database.open(out))) {
                return report(change(service.orgTree(), OrgId.of(parent), OrgId.of(child)), out, err, this::done);
            }
        }
    }

    @Command(name = "connect", mixinStandardHelpOptions = true,
            description = {"Connect the registered root CHILD to PARENT: from now on the two read each other's ledger on v2.1.",
                    "A child with another parent must be disconnected from it first; an ancestor of PARENT cannot become its child."})
    static final class Connect extends Link {

        @Override
        RegistrationOutcome change(ManageOrgTreeUseCase orgs, OrgId parent, OrgId child) {
            return orgs.connect(parent, child);
        }

        @Override
        String done(RegistrationOutcome.Saved saved) {
            return saved.created() ? "Connected org " + child + " to org " + parent + " as its child."
                    : "Org " + child + " is a child of org " + parent + " already.";
        }
    }

    @Command(name = "disconnect", mixinStandardHelpOptions = true,
            description = "Disconnect CHILD from its parent PARENT: it becomes a root, and the two stop reading each other's ledger.")
    static final class Disconnect extends Link {

        @Override
        RegistrationOutcome change(ManageOrgTreeUseCase orgs, OrgId parent, OrgId child) {
            return orgs.disconnect(parent, child);
        }

        @Override
        String done(RegistrationOutcome.Saved saved) {
            return "Disconnected org " + child + " from org " + parent + "; it is a root now.";
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every org as a tree: id, name, time zone, capturing.")
    static final class ListOrgs implements Callable<Integer> {

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            try (var service = LedgerLensService.on(database.open(out))) {
                var orgs = service.orgTree().list();
                if (orgs.isEmpty()) {
                    out.println("No orgs yet: `ledgerlens orgs create --help`.");
                }
                orgs.stream().filter(org -> org.parent().isEmpty()).forEach(root -> print(out, root, orgs, 0));
                out.flush();
                return DONE;
            }
        }

        private static void print(PrintWriter out, Org org, List<Org> orgs, int depth) {
            out.println("  ".repeat(depth) + org.id() + "  " + org.name() + "  [" + org.settings().timeZone().getId()
                    + (org.settings().sourceValueCapturing() ? ", captures source values" : "") + "]");
            orgs.stream().filter(child -> child.parent().equals(Optional.of(org.id())))
                    .forEach(child -> print(out, child, orgs, depth + 1));
        }
    }

    /** Whether {@code org} is registered; if not, says so on {@code err} and how to create it. */
    static boolean isRegistered(LedgerLensService service, long org, PrintWriter err) {
        if (service.orgTree().find(OrgId.of(org)).isPresent()) {
            return true;
        }
        err.println("ledgerlens: org " + org + " is not registered; the operator creates it first: ledgerlens orgs create "
                + org + " --name NAME");
        err.flush();
        return false;
    }

    /** The messages of a refused change, or of a database that did not answer; empty when it was done. */
    static Optional<String> whyNot(RegistrationOutcome outcome) {
        return outcome.fold(saved -> Optional.empty(),
                refused -> Optional.of(refused.problems().stream().map(FieldProblem::message).collect(Collectors.joining("; "))),
                unavailable -> Optional.of("the database did not answer; nothing was changed, try again"));
    }

    /** Prints what the operator's change did, and answers its exit code. */
    private static int report(RegistrationOutcome outcome, PrintWriter out, PrintWriter err,
                              Function<RegistrationOutcome.Saved, String> done) {
        int code = outcome.fold(saved -> {
            out.println(done.apply(saved));
            return DONE;
        }, refused -> REFUSED, unavailable -> 1);
        whyNot(outcome).ifPresent(why -> err.println("ledgerlens: " + why));
        out.flush();
        err.flush();
        return code;
    }
}
