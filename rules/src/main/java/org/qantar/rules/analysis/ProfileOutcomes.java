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
 * order, read straight off the profile's key in the enumeration's table: three bit planes over the
 * ids all profiles of a result share ({@link ProfileTable#field}). Why not a LinkedHashMap: with
 * many outcomes almost every world of an enumeration is a profile of its own (a generated knowledge
 * base of 80 outcomes and 20 drivers gave 596,372 profiles), and a map of entries per profile was
 * then most of the time {@code scenarios} took; decoding every key up front into a byte per outcome
 * was still a fifth of it.
 */
final class ProfileOutcomes extends AbstractMap<String, StatusValue> {

    private static final StatusValue[] VALUES = StatusValue.values();

    private final List<String> ids;
    private final Map<String, Integer> position;
    private final long[] keys;
    private final int offset;
    private final int planeWords;

    /**
     * @param ids        the outcome ids, shared by every profile of a result
     * @param position   id → its index in {@code ids}, shared too
     * @param keys       holds this profile's key at {@code offset}: {@link ProfileTable#PLANES} planes of
     *                   {@code planeWords} words each, bit {@code i % 64} of a plane's word {@code i / 64}
     *                   being that bit of outcome {@code i}'s {@link StatusValue} ordinal; shared, never
     *                   written again
     */
    ProfileOutcomes(List<String> ids, Map<String, Integer> position, long[] keys, int offset, int planeWords) {
        this.ids = ids;
        this.position = position;
        this.keys = keys;
        this.offset = offset;
        this.planeWords = planeWords;
    }

    /** @param values per outcome, the {@link StatusValue} ordinal */
    ProfileOutcomes(List<String> ids, Map<String, Integer> position, byte[] values) {
        this(ids, position, pack(values), 0, ProfileTable.wordsFor(values.length) / ProfileTable.PLANES);
    }

    private static long[] pack(byte[] values) {
        int planeWords = ProfileTable.wordsFor(values.length) / ProfileTable.PLANES;
        long[] key = new long[ProfileTable.PLANES * planeWords];
        for (int i = 0; i < values.length; i++) {
            for (int b = 0; b < ProfileTable.PLANES; b++) {
                key[b * planeWords + i / Long.SIZE] |= (long) (values[i] >>> b & 1) << (i % Long.SIZE);
            }
        }
        return key;
    }

    private StatusValue value(int i) {
        int at = offset + i / Long.SIZE;
        int bit = i % Long.SIZE;
        int ordinal = (int) (keys[at] >>> bit & 1) | (int) (keys[at + planeWords] >>> bit & 1) << 1
                | (int) (keys[at + 2 * planeWords] >>> bit & 1) << 2;
        return VALUES[ordinal];
    }

    /** The outcome ids, the same list for every profile of one enumeration. */
    List<String> ids() {
        return ids;
    }

    /** Adds {@code weight} to {@code counts[i][ordinal]} for each outcome {@code i} and its status-value. */
    void addTo(long[][] counts, long weight) {
        for (int block = 0; block * Long.SIZE < ids.size(); block++) {
            long plane0 = keys[offset + block];
            long plane1 = keys[offset + planeWords + block];
            long plane2 = keys[offset + 2 * planeWords + block];
            int end = Math.min(Long.SIZE, ids.size() - block * Long.SIZE);
            for (int bit = 0; bit < end; bit++) {
                int ordinal = (int) (plane0 >>> bit & 1) | (int) (plane1 >>> bit & 1) << 1 | (int) (plane2 >>> bit & 1) << 2;
                counts[block * Long.SIZE + bit][ordinal] += weight;
            }
        }
    }

    @Override
    public int size() {
        return ids.size();
    }

    @Override
    public boolean containsKey(Object key) {
        return position.containsKey(key);
    }

    @Override
    public StatusValue get(Object key) {
        Integer i = position.get(key);
        return i == null ? null : value(i);
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super StatusValue> action) {
        for (int i = 0; i < ids.size(); i++) {
            action.accept(ids.get(i), value(i));
        }
    }

    @Override
    public Set<Entry<String, StatusValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return ids.size();
            }

            @Override
            public Iterator<Entry<String, StatusValue>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < ids.size();
                    }

                    @Override
                    public Entry<String, StatusValue> next() {
                        if (next >= ids.size()) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(ids.get(i), value(i));
                    }
                };
            }
        };
    }
}
