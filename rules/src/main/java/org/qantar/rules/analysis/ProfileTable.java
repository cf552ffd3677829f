package org.qantar.rules.analysis;

import java.util.Arrays;

/**
 * Outcome profiles seen so far, keyed by their packed status codes (a few longs), with what
 * enumeration needs of each: how many worlds, the first world, and the driver bits common to all
 * its worlds. An open-addressing table over flat arrays, so that counting a world allocates
 * nothing; every statistic merges order-free (sum, min, and), which keeps parallel runs exact.
 */
final class ProfileTable {

    private static final int FIELDS_PER_WORD = 21;

    private final int words;
    private long[] keys;
    private long[] counts;
    private int[] firstWorld;
    private int[] allOnes;
    private int[] allZeros;
    private int[] slots;
    private int size;

    ProfileTable(int words) {
        this.words = Math.max(1, words);
        allocate(16);
        slots = new int[32];
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
        for (int e = 0; e < other.size; e++) {
            merge(other.keys, e * other.words, other.counts[e], other.firstWorld[e], other.allOnes[e], other.allZeros[e]);
        }
    }

    private void merge(long[] key, int offset, long count, int first, int ones, int zeros) {
        int e = findOrInsert(key, offset, first, ones, zeros);
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

    private int findOrInsert(long[] key, int offset, int first, int ones, int zeros) {
        int mask = slots.length - 1;
        for (int s = hash(key, offset) & mask; ; s = (s + 1) & mask) {
            int entry = slots[s] - 1;
            if (entry < 0) {
                return insert(key, offset, s);
            }
            if (Arrays.equals(keys, entry * words, entry * words + words, key, offset, offset + words)) {
                return entry;
            }
        }
    }

    private int insert(long[] key, int offset, int slot) {
        if (size == counts.length) {
            allocate(size * 2);
        }
        int e = size++;
        System.arraycopy(key, offset, keys, e * words, words);
        counts[e] = 0;
        slots[slot] = e + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return e;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int e = 0; e < size; e++) {
            int s = hash(keys, e * words) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = e + 1;
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

    /** The {@code i}-th 3-bit field of the entry's key. */
    int field(int entry, int i) {
        return (int) (keys[entry * words + i / FIELDS_PER_WORD] >>> (3 * (i % FIELDS_PER_WORD))) & 7;
    }

    /** Key words needed for {@code fields} 3-bit fields (21 to a long, none straddling two). */
    static int wordsFor(int fields) {
        return Math.max(1, (fields + FIELDS_PER_WORD - 1) / FIELDS_PER_WORD);
    }

    /** Sets the {@code i}-th 3-bit field of {@code key}, whose field must still be 0. */
    static void pack(long[] key, int i, int value) {
        key[i / FIELDS_PER_WORD] |= (long) value << (3 * (i % FIELDS_PER_WORD));
    }
}
