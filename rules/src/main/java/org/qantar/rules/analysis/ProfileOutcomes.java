package org.qantar.rules.analysis;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One profile's outcomes as an immutable map, free outcome id → status-and-value in knowledge-base
 * order, kept as one byte per outcome over the ids all profiles of a result share. Why not a
 * LinkedHashMap: with many outcomes almost every world of an enumeration is a profile of its own
 * (a generated knowledge base of 80 outcomes and 20 drivers gave 596,372 profiles), and a map of
 * entries per profile was then most of the time {@code scenarios} took.
 */
final class ProfileOutcomes extends AbstractMap<String, StatusValue> {

    private static final StatusValue[] VALUES = StatusValue.values();

    private final List<String> ids;
    private final Map<String, Integer> position;
    private final byte[] values;

    /**
     * @param ids      the outcome ids, shared by every profile of a result
     * @param position id → its index in {@code ids}, shared too
     * @param values   per outcome, the {@link StatusValue} ordinal; taken over, not copied
     */
    ProfileOutcomes(List<String> ids, Map<String, Integer> position, byte[] values) {
        this.ids = ids;
        this.position = position;
        this.values = values;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return position.containsKey(key);
    }

    @Override
    public StatusValue get(Object key) {
        Integer i = position.get(key);
        return i == null ? null : VALUES[values[i]];
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super StatusValue> action) {
        for (int i = 0; i < values.length; i++) {
            action.accept(ids.get(i), VALUES[values[i]]);
        }
    }

    @Override
    public Set<Entry<String, StatusValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Entry<String, StatusValue>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, StatusValue> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(ids.get(i), VALUES[values[i]]);
                    }
                };
            }
        };
    }
}
