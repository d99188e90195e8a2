package io.ledgerlens.adapter.persistence.explode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements are looked up by shape: two shapes are the same key exactly when every section they read is. */
class SectionShapeTest {

    private static List<SectionShape> everyShape() {
        var shapes = new ArrayList<SectionShape>();
        for (int bits = 0; bits < 64; bits++) {
            shapes.add(new SectionShape((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0,
                    (bits & 16) != 0, (bits & 32) != 0));
        }
        return shapes;
    }

    @Test
    void shapes_are_equal_exactly_when_every_component_is() {
        for (var one : everyShape()) {
            for (var other : everyShape()) {
                boolean sameComponents = one.billContents() == other.billContents()
                        && one.customFields() == other.customFields() && one.extendedFields() == other.extendedFields()
                        && one.paymentModes() == other.paymentModes() && one.tiers() == other.tiers()
                        && one.joinedNames() == other.joinedNames();
                assertThat(one.equals(other)).as(one + " and " + other).isEqualTo(sameComponents);
                if (sameComponents) {
                    assertThat(one.hashCode()).isEqualTo(other.hashCode());
                }
            }
        }
        assertThat(everyShape().stream().map(SectionShape::hashCode).distinct()).hasSize(64);
        assertThat(SectionShape.ALL).isNotEqualTo(null).isNotEqualTo("ALL");
    }
}
