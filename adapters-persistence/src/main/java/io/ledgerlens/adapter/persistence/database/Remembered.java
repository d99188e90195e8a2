package io.ledgerlens.adapter.persistence.database;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Rows of one table an instance remembers between requests, forgotten whenever {@link ChangeNotices} hears the
 * table change (or could have missed a change), and after {@link #KEPT_FOR} at most. Nothing is remembered while
 * the notices are not listening.
 *
 * <p>A value read from the database just before a change commits could otherwise be remembered just after the
 * notice was acted on. So each forgetting counts a generation, and a value read across a generation change is
 * dropped again: the notice's {@code forgetAll} either runs after the value was kept, or its count is seen.
 */
public final class Remembered<K, V> {

    /** The longest a row is remembered; a bound only for a notice lost to a connection that died without a word. */
    public static final Duration KEPT_FOR = Duration.ofSeconds(5);

    private final Cache<K, V> rows;
    private final AtomicLong generation = new AtomicLong();
    private final ChangeNotices notices;

    private Remembered(ChangeNotices notices, String table, long maximumSize) {
        this.notices = notices;
        this.rows = Caffeine.newBuilder().expireAfterWrite(KEPT_FOR).maximumSize(maximumSize).build();
        notices.onChange(table, this::forgetAll);
    }

    /**
     * Rows of {@code table}, at most {@code maximumSize} of them, forgotten on the table's change notices.
     *
     * @param <K> what a row is found by
     * @param <V> what is remembered of it
     * @param notices the notices that say when {@code table} changed
     * @param table the table whose rows these are, as its triggers name it
     * @param maximumSize the most rows remembered at once
     * @return an empty memory, listening for the table's changes
     */
    public static <K, V> Remembered<K, V> of(ChangeNotices notices, String table, long maximumSize) {
        return new Remembered<>(notices, table, maximumSize);
    }

    /**
     * The remembered value of {@code key}, or {@code read}'s, remembered when {@code worthKeeping} (e.g. only
     * credentials that exist and are active: a refusal is read again every time).
     *
     * @param key what the row is found by
     * @param read reads the row from the database when it is not remembered
     * @param worthKeeping whether a value read may be remembered
     * @return the row's value, remembered or just read
     */
    public V get(K key, Function<K, V> read, Predicate<V> worthKeeping) {
        if (!notices.isListening()) {
            return read.apply(key);
        }
        var known = rows.getIfPresent(key);
        if (known != null) {
            return known;
        }
        long before = generation.get();
        var value = read.apply(key);
        if (value != null && worthKeeping.test(value)) {
            rows.put(key, value);
            if (generation.get() != before || !notices.isListening()) {
                rows.invalidate(key);
            }
        }
        return value;
    }

    /** Forgets every row: the table changed, or a change could have been missed. */
    public void forgetAll() {
        generation.incrementAndGet();
        rows.invalidateAll();
    }
}
