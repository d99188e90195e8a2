package io.ledgerlens.adapter.persistence.database;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

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

    /**
     * What is remembered of {@code keys}, and which of them must be read: the first half of a read of many rows
     * at once, which {@link #keep} ends. While the notices are not listening every key must be read.
     *
     * @param keys what the rows are found by
     * @return the rows remembered, the keys to read, and the generation the read starts in
     */
    public Lookup<K, V> lookUp(Set<K> keys) {
        var listening = notices.isListening();
        long before = generation.get();
        var known = listening ? rows.getAllPresent(keys) : Map.<K, V>of();
        var missing = known.size() == keys.size() ? Set.<K>of()
                : keys.stream().filter(key -> !known.containsKey(key)).collect(Collectors.toUnmodifiableSet());
        return new Lookup<>(known, missing, before, listening);
    }

    /**
     * Remembers the rows read for {@code lookup}'s missing keys, unless the table changed (or a change could have
     * been missed) since the lookup began, exactly as {@link #get} keeps one row.
     *
     * @param lookup the lookup whose missing keys were read
     * @param read the rows found for them (a key not found is not remembered)
     */
    public void keep(Lookup<K, V> lookup, Map<K, V> read) {
        if (!lookup.remembering() || read.isEmpty()) {
            return;
        }
        rows.putAll(read);
        if (generation.get() != lookup.generation() || !notices.isListening()) {
            rows.invalidateAll(read.keySet());
        }
    }

    /**
     * A read of many rows at once, begun.
     *
     * @param <K> what a row is found by
     * @param <V> what is remembered of it
     * @param known the rows remembered
     * @param missing the keys whose rows must be read
     * @param generation the generation the lookup began in
     * @param remembering whether the notices were listening, so that what is read may be kept
     */
    public record Lookup<K, V>(Map<K, V> known, Set<K> missing, long generation, boolean remembering) {
    }

    /** Forgets every row: the table changed, or a change could have been missed. */
    public void forgetAll() {
        generation.incrementAndGet();
        rows.invalidateAll();
    }
}
