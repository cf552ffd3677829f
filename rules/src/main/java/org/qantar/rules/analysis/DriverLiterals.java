package org.qantar.rules.analysis;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Some of an enumeration's drivers as literals, an immutable list read off two bit masks: driver
 * {@code j} is in the list when bit {@code j} of {@code mask} is set, as {@code d} when bit
 * {@code j} of {@code values} is set and {@code !d} otherwise, in the drivers' order. A profile's
 * representative world and its conditions are such lists; made per profile, hundreds of thousands
 * of times, they cost two ints each instead of a list of strings.
 */
final class DriverLiterals extends AbstractList<String> implements RandomAccess {

    private final String[] whenTrue;
    private final String[] whenFalse;
    private final int mask;
    private final int values;
    private final int size;

    /**
     * @param whenTrue  per driver, its literal when true ({@code d}); shared, never written
     * @param whenFalse per driver, its literal when false ({@code !d}); shared, never written
     */
    DriverLiterals(String[] whenTrue, String[] whenFalse, int mask, int values) {
        this.whenTrue = whenTrue;
        this.whenFalse = whenFalse;
        this.mask = mask & (int) ((1L << whenTrue.length) - 1);
        this.values = values;
        this.size = Integer.bitCount(this.mask);
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        int rest = mask;
        for (int i = 0; i < index; i++) {
            rest &= rest - 1;
        }
        int j = Integer.numberOfTrailingZeros(rest);
        return (values >>> j & 1) == 1 ? whenTrue[j] : whenFalse[j];
    }

    @Override
    public int size() {
        return size;
    }
}
