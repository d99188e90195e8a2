package io.ledgerlens.bootstrap;

import io.ledgerlens.application.port.in.recording.ChainVerdict;
import io.ledgerlens.bootstrap.access.LedgerCheckpoints;
import io.ledgerlens.domain.event.ChainLink;
import io.ledgerlens.domain.org.OrgId;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ledgerlens verify --org N}: recomputes the org's ledger chain from what is stored and names the first event
 * that no longer says what it said when it was appended. {@code --checkpoint} prints a signed head to keep;
 * {@code --against} checks that a kept head is still in the chain.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recompute an org's ledger chain from the stored events (every event read once) and name the first",
                "event that no longer says what it said when it was appended, or a link that does not follow the one before.",
                "Exit code 0 when the chain holds, 3 when it does not."})
final class VerifyCommand implements Callable<Integer> {

    static final int HOLDS = 0;
    static final int BROKEN = 3;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--org", required = true, paramLabel = "ORG_ID", description = "The org whose ledger to verify.")
    long org;

    @Option(names = "--checkpoint",
            description = "Once the chain holds, print its head signed with the service's signing key: keep it outside the"
                    + " database, and check it later with --against.")
    boolean checkpoint;

    @Option(names = "--against", paramLabel = "CHECKPOINT",
            description = "A checkpoint printed by --checkpoint: the chain must still hold the link it names.")
    String against;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (org <= 0) {
            err.println("ledgerlens: --org must be a positive org id");
            return 2;
        }
        try (var service = LedgerLensService.on(database.open(out))) {
            var checkpoints = new LedgerCheckpoints(service.signingKeys()::newestFirst);
            var kept = against == null ? null : checkpoints.read(against).orElse(null);
            if (against != null && (kept == null || !kept.org().equals(OrgId.of(org)))) {
                err.println("ledgerlens: --against is not a checkpoint of org " + org + " signed by this ledger's keys");
                return 2;
            }
            var verdict = verify(service, out);
            int code = verdict.fold(intact -> {
                out.println("Org " + org + ": the chain holds, " + intact.events() + " events"
                        + intact.head().map(head -> ", head at position " + head.position() + " (event " + head.event()
                                + ", hash " + head.hash() + ")").orElse("") + ".");
                if (intact.beforeTheChain() > 0) {
                    out.println(intact.beforeTheChain() + " events were recorded before the ledger kept a chain; they are not covered.");
                }
                return HOLDS;
            }, broken -> {
                out.println("Org " + org + ": the chain does not hold at position " + broken.position()
                        + broken.event().map(event -> " (event " + event + ")").orElse("") + ": " + broken.why() + ". The "
                        + broken.checked() + " links before it hold.");
                return BROKEN;
            });
            if (code == HOLDS && kept != null) {
                code = stillHolds(service, kept, out);
            }
            if (code == HOLDS && checkpoint) {
                verdict.fold(intact -> intact.head(), broken -> Optional.<ChainLink>empty())
                        .ifPresentOrElse(head -> out.println(checkpoints.sign(head, Instant.now())),
                                () -> out.println("The chain has no event yet: nothing to sign."));
            }
            out.flush();
            return code;
        }
    }

    private int stillHolds(LedgerLensService service, LedgerCheckpoints.Checkpoint kept, PrintWriter out) {
        var link = service.verifier().linkAt(OrgId.of(org), kept.position());
        if (link.isPresent() && link.get().hash().equals(kept.hash()) && link.get().event().equals(kept.event())) {
            out.println("It still holds the checkpoint of " + kept.at() + " (position " + kept.position() + ").");
            return HOLDS;
        }
        out.println("It no longer holds the checkpoint of " + kept.at() + ": position " + kept.position()
                + link.map(found -> " now has hash " + found.hash()).orElse(" is gone")
                + " where the checkpoint has " + kept.hash() + ". The history up to it was rewritten.");
        return BROKEN;
    }

    private ChainVerdict verify(LedgerLensService service, PrintWriter out) {
        var builder = new ProgressBarBuilder().setTaskName("Verifying").setStyle(ProgressBarStyle.ASCII).showSpeed();
        if (System.console() == null) {
            builder.hideEta().setUpdateIntervalMillis(Integer.MAX_VALUE);
        }
        try (ProgressBar bar = builder.build()) {
            return service.verifier().verify(OrgId.of(org), checked -> bar.stepTo(checked));
        }
    }
}
