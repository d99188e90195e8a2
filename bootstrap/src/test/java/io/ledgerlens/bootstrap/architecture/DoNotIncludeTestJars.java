package io.ledgerlens.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out the test jars of the other modules. Bootstrap's tests depend on them (for the test
 * builders and fakes), and when Maven resolves them from the local repository they are plain
 * {@code *-tests.jar} files that {@link ImportOption.DoNotIncludeTests} does not recognise: without
 * this option the gate would judge the fakes and builders as production code.
 */
public final class DoNotIncludeTestJars implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("-tests.jar");
    }
}
