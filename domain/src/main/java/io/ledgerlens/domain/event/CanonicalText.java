package io.ledgerlens.domain.event;

import java.lang.invoke.MethodHandle;
import java.math.BigDecimal;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a value as text that is equal for equal content and different for
 * different content: a record as its type and components, lists and maps in
 * their order, text with its length (so that no character inside a value can
 * pass for a separator). Written out because a record's {@code toString()}
 * is neither a stable format nor a fast one (Java 17 formats it with
 * {@code String.format}, which made fingerprinting a third of an import's CPU).
 */
final class CanonicalText {

    /** Each record type's component accessors, found once. */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents())
                    .map(c -> new Component(accessor(c), c.isAnnotationPresent(OmittedFromFingerprintWhileEmpty.class)))
                    .toArray(Component[]::new);
        }
    };

    /** A component's accessor, and whether it is left out while empty ({@link OmittedFromFingerprintWhileEmpty}). */
    private record Component(MethodHandle accessor, boolean omittedWhileEmpty) {

        boolean leftOut(Object value) {
            return omittedWhileEmpty && (value instanceof Collection<?> items && items.isEmpty()
                    || value instanceof Optional<?> optional && optional.isEmpty());
        }
    }

    private final StringBuilder text = new StringBuilder(1024);
    private final boolean numbersByValue;

    /** Amounts as written (a BigDecimal keeps its scale): the fingerprint format of 2026-11-26. */
    CanonicalText() {
        this(false);
    }

    /** {@code numbersByValue}: an amount by its value, 4.0 and 4.000000 alike, as a column of six decimals gives it back. */
    CanonicalText(boolean numbersByValue) {
        this.numbersByValue = numbersByValue;
    }

    CanonicalText add(Object value) {
        if (value == null) {
            text.append('~');
        } else if (value instanceof String string) {
            text.append('"').append(string.length()).append(':').append(string);
        } else if (value instanceof Enum<?> constant) {
            text.append(constant.name());
        } else if (value instanceof Record record) {
            addRecord(record);
        } else if (value instanceof Collection<?> items) {
            text.append('[');
            items.forEach(item -> add(item).text.append(','));
            text.append(']');
        } else if (value instanceof Map<?, ?> entries) {
            text.append('{');
            entries.forEach((key, entry) -> {
                add(key).text.append('=');
                add(entry).text.append(',');
            });
            text.append('}');
        } else if (value instanceof Optional<?> optional) {
            text.append('?');
            add(optional.orElse(null));
        } else if (numbersByValue && value instanceof BigDecimal amount) {
            text.append(amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString());
        } else {
            // Numbers (BigDecimal keeps its scale), instants, booleans: their toString is their value.
            text.append(value);
        }
        return this;
    }

    private void addRecord(Record record) {
        text.append(record.getClass().getSimpleName()).append('(');
        for (var component : COMPONENTS.get(record.getClass())) {
            try {
                var value = (Object) component.accessor().invokeExact((Object) record);
                if (!component.leftOut(value)) {
                    add(value).text.append(',');
                }
            } catch (Throwable unexpected) {
                throw new IllegalStateException("cannot read a component of " + record.getClass().getName(), unexpected);
            }
        }
        text.append(')');
    }

    private static MethodHandle accessor(RecordComponent component) {
        try {
            var method = component.getAccessor();
            method.setAccessible(true);
            return MethodHandles.lookup().unreflect(method).asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException unexpected) {
            throw new IllegalStateException("cannot read " + component, unexpected);
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
