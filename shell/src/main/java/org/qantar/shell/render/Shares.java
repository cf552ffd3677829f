package org.qantar.shell.render;

import java.text.NumberFormat;
import java.util.Locale;

/** Shares, effects and counts as analysis views print them. */
final class Shares {

    private Shares() {
    }

    /** {@code 42%}; never rounds a non-zero share to 0% or an incomplete one to 100%. */
    static String percent(double share) {
        if (share <= 0) {
            return "0%";
        }
        if (share >= 1) {
            return "100%";
        }
        if (share < 0.005) {
            return "<1%";
        }
        if (share >= 0.995) {
            return ">99%";
        }
        return Math.round(share * 100) + "%";
    }

    /** {@code +0.38}, {@code -0.05}, {@code 0.00}. */
    static String signed(double x) {
        if (x == 0) {
            return "0.00";
        }
        return String.format(Locale.ROOT, "%+.2f", x);
    }

    /** {@code 1,048,576}. */
    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }

    /**
     * Splits {@code width} cells among {@code shares} in proportion (largest remainders), so that the
     * parts always add up to the whole width.
     */
    static int[] apportion(double[] shares, int width) {
        int[] cells = new int[shares.length];
        double[] remainder = new double[shares.length];
        int used = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = shares[i] * width;
            cells[i] = (int) Math.floor(exact);
            remainder[i] = exact - cells[i];
            used += cells[i];
        }
        while (used < width) {
            int best = 0;
            for (int i = 1; i < shares.length; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            cells[best]++;
            remainder[best] = -1;
            used++;
        }
        return cells;
    }
}
