package org.qantar.rules.analysis;

import java.util.Arrays;

/**
 * Outcome profiles seen so far, keyed by their status-values in three bit planes (a few longs: per
 * plane, bit {@code i % 64} of word {@code i / 64} is that bit of outcome {@code i}'s
 * {@link StatusValue} ordinal), with what enumeration needs of each: how many worlds, the first
 * world, and the driver bits common to all its worlds. An open-addressing table over flat arrays,
 * so that counting a world allocates nothing; every statistic merges order-free (sum, min, and),
 * which keeps parallel runs exact. Each slot keeps its entry's hash beside it, so that probing past
 * other profiles and growing never read their keys (with hundreds of thousands of profiles, a
 * key read is a cache miss).
 */
final class ProfileTable {

    /** Bit planes of a key: a status-value ordinal has three bits. */
    static final int PLANES = 3;

    private final int words;
    private long[] keys;
    private long[] counts;
    private int[] firstWorld;
    private int[] allOnes;
    private int[] allZeros;
    /** Entry + 1 per slot, 0 for an empty slot; and the hash of that entry's key. */
    private int[] slots;
    private int[] slotHashes;
    private int size;

    ProfileTable(int words) {
        this.words = Math.max(1, words);
        allocate(16);
        slots = new int[32];
        slotHashes = new int[32];
    }

    private void allocate(int capacity) {
        keys = keys == null ? new long[capacity * words] : Arrays.copyOf(keys, capacity * words);
        counts = counts == null ? new long[capacity] : Arrays.copyOf(counts, capacity);
        firstWorld = firstWorld == null ? new int[capacity] : Arrays.copyOf(firstWorld, capacity);
        allOnes = allOnes == null ? new int[capacity] : Arrays.copyOf(allOnes, capacity);
        allZeros = allZeros == null ? new int[capacity] : Arrays.copyOf(allZeros, capacity);
    }

    int size() {
        return size;
    }

    /** Counts {@code world} (its bits are the drivers' values) under the profile {@code key}. */
    void add(long[] key, int world) {
        merge(key, 0, 1, world, world, ~world);
    }

    /** Adds every profile of {@code other} into this table. */
    void addAll(ProfileTable other) {
        reserve(size + other.size);
        for (int e = 0; e < other.size; e++) {
            merge(other.keys, e * other.words, other.counts[e], other.firstWorld[e], other.allOnes[e], other.allZeros[e]);
        }
    }

    /** Room for {@code entries} without growing on the way. */
    private void reserve(int entries) {
        if (entries > counts.length) {
            allocate(entries);
        }
        while (entries * 2 > slots.length) {
            rehash();
        }
    }

    private void merge(long[] key, int offset, long count, int first, int ones, int zeros) {
        int e = findOrInsert(key, offset);
        if (counts[e] == 0) {
            firstWorld[e] = first;
            allOnes[e] = ones;
            allZeros[e] = zeros;
        } else {
            firstWorld[e] = Math.min(firstWorld[e], first);
            allOnes[e] &= ones;
            allZeros[e] &= zeros;
        }
        counts[e] += count;
    }

    private int findOrInsert(long[] key, int offset) {
        int h = hash(key, offset);
        int mask = slots.length - 1;
        for (int s = h & mask; ; s = (s + 1) & mask) {
            int entry = slots[s] - 1;
            if (entry < 0) {
                return insert(key, offset, s, h);
            }
            if (slotHashes[s] == h && Arrays.equals(keys, entry * words, entry * words + words, key, offset, offset + words)) {
                return entry;
            }
        }
    }

    private int insert(long[] key, int offset, int slot, int h) {
        if (size == counts.length) {
            allocate(size * 2);
        }
        int e = size++;
        System.arraycopy(key, offset, keys, e * words, words);
        counts[e] = 0;
        slots[slot] = e + 1;
        slotHashes[slot] = h;
        if (size * 2 > slots.length) {
            rehash();
        }
        return e;
    }

    private void rehash() {
        int[] oldSlots = slots;
        int[] oldHashes = slotHashes;
        slots = new int[oldSlots.length * 2];
        slotHashes = new int[slots.length];
        int mask = slots.length - 1;
        for (int o = 0; o < oldSlots.length; o++) {
            if (oldSlots[o] != 0) {
                int s = oldHashes[o] & mask;
                while (slots[s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = oldSlots[o];
                slotHashes[s] = oldHashes[o];
            }
        }
    }

    private int hash(long[] key, int offset) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < words; i++) {
            h = (h ^ key[offset + i]) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return (int) (h ^ (h >>> 32));
    }

    long count(int entry) {
        return counts[entry];
    }

    int firstWorld(int entry) {
        return firstWorld[entry];
    }

    /** Bits set in every world of the profile. */
    int allOnes(int entry) {
        return allOnes[entry];
    }

    /** Bits clear in every world of the profile. */
    int allZeros(int entry) {
        return allZeros[entry];
    }

    /** The keys, entry {@code e}'s at {@code e * words()}; replaced (not written) when the table grows. */
    long[] keys() {
        return keys;
    }

    int words() {
        return words;
    }

    /** Key words for {@code fields} fields: per plane, one bit per field, 64 to a long. */
    static int wordsFor(int fields) {
        return PLANES * Math.max(1, (fields + Long.SIZE - 1) / Long.SIZE);
    }
}
