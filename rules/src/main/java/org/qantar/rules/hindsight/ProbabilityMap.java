package org.qantar.rules.hindsight;

import org.qantar.model.Confidence;
import org.qantar.rules.workbench.InvalidInput;

import java.util.Locale;

/**
 * The probability an article gives its own stance, by how firmly it states it: the forecast that
 * the Brier score judges. Defaults: stated 0.9, likely 0.7, possible 0.55 — a flat assertion is
 * not certainty, "likely" is the usual 70%, and "may" or "could" barely leans. Each must lie in
 * [0.5, 1]: below 0.5 the article would be betting against its own stance.
 */
public record ProbabilityMap(double stated, double likely, double possible) {

    public static final ProbabilityMap DEFAULT = new ProbabilityMap(0.9, 0.7, 0.55);

    /** @throws InvalidInput when a probability lies outside [0.5, 1] */
    public ProbabilityMap {
        check("stated", stated);
        check("likely", likely);
        check("possible", possible);
    }

    public double of(Confidence confidence) {
        return switch (confidence) {
            case STATED -> stated;
            case LIKELY -> likely;
            case POSSIBLE -> possible;
        };
    }

    /**
     * The defaults with some levels replaced, from {@code stated=0.95,possible=0.6}; null or blank
     * gives the defaults.
     *
     * @throws InvalidInput on an unknown level, a number that does not parse or lies outside [0.5, 1]
     */
    public static ProbabilityMap parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return DEFAULT;
        }
        double s = DEFAULT.stated;
        double l = DEFAULT.likely;
        double p = DEFAULT.possible;
        for (String item : spec.split(",")) {
            String[] kv = item.strip().split("=", -1);
            if (kv.length != 2) {
                throw new InvalidInput("bad probability '" + item.strip()
                        + "' (use LEVEL=P, e.g. stated=0.95,likely=0.7,possible=0.55)");
            }
            double v = number(kv[1].strip(), item.strip());
            switch (kv[0].strip().toLowerCase(Locale.ROOT)) {
                case "stated" -> s = v;
                case "likely" -> l = v;
                case "possible" -> p = v;
                default -> throw new InvalidInput("unknown confidence level '" + kv[0].strip()
                        + "' (use stated, likely or possible)");
            }
        }
        return new ProbabilityMap(s, l, p);
    }

    private static double number(String text, String item) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InvalidInput("bad probability '" + item + "' (a number between 0.5 and 1)");
        }
    }

    private static void check(String level, double p) {
        if (!(p >= 0.5 && p <= 1)) {
            throw new InvalidInput("the probability for " + level + " must lie between 0.5 and 1, not " + p);
        }
    }
}
