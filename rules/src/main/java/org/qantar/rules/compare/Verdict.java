package org.qantar.rules.compare;

import com.fasterxml.jackson.annotation.JsonValue;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Status;

import java.util.Locale;

/**
 * How the current status of a proposition stands to an article's position on it, and what that is
 * worth in the article's score ({@link #credit()}).
 *
 * <p>Credits: a position the evaluation settles the article's way counts +1, against it −1, whether
 * the sources' reasoning settled it ({@code agree}) or the user did ({@code assumed-agree}): the
 * question is whether the scenario's world is the article's. A plausible value (reachable only
 * through a contested point) counts half. Contested and open positions count 0 but stay in the
 * denominator, so an article the scenario says little about scores near 0.
 */
public enum Verdict {
    /** SUPPORTED with the article's value. */
    AGREE(1.0),
    /** SUPPORTED with the opposite value. */
    DISAGREE(-1.0),
    /** Both values are possible. */
    CONTESTED(0.0),
    /** PLAUSIBLE with the article's value. */
    PLAUSIBLE_AGREE(0.5),
    /** PLAUSIBLE with the opposite value. */
    PLAUSIBLE_DISAGREE(-0.5),
    /** Nothing reaches the proposition. */
    OPEN(0.0),
    /** The user assumed the article's value. */
    ASSUMED_AGREE(1.0),
    /** The user assumed the opposite value. */
    ASSUMED_DISAGREE(-1.0);

    private final double credit;

    Verdict(double credit) {
        this.credit = credit;
    }

    /** What this verdict adds to the score, before the confidence weight: in [-1, 1]. */
    public double credit() {
        return credit;
    }

    /** The JSON and table name: {@code agree}, {@code plausible-disagree}, {@code assumed-agree}, ... */
    /** The one- or two-character cell of the compare matrix, the same in the shell and the report. */
    public String symbol() {
        return switch (this) {
            case AGREE -> "✓";
            case DISAGREE -> "✗";
            case CONTESTED -> "~";
            case PLAUSIBLE_AGREE -> "✓?";
            case PLAUSIBLE_DISAGREE -> "✗?";
            case OPEN -> "·";
            case ASSUMED_AGREE -> "✓=";
            case ASSUMED_DISAGREE -> "✗=";
        };
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isPlausible() {
        return this == PLAUSIBLE_AGREE || this == PLAUSIBLE_DISAGREE;
    }

    public boolean isAssumed() {
        return this == ASSUMED_AGREE || this == ASSUMED_DISAGREE;
    }

    /** Whether the scenario leans the article's way on this position (any positive credit). */
    public boolean isAgreeing() {
        return credit > 0;
    }

    /**
     * The verdict on a position with value {@code stance}, given the proposition's status; a missing
     * status (a position on a proposition the evaluation does not know) is {@link #OPEN}.
     */
    public static Verdict of(PropositionStatus status, boolean stance) {
        if (status == null) {
            return OPEN;
        }
        Status s = status.status();
        boolean same = status.value() != null && status.value() == stance;
        return switch (s) {
            case ASSUMED, RECORDED -> same ? ASSUMED_AGREE : ASSUMED_DISAGREE;
            case SUPPORTED -> same ? AGREE : DISAGREE;
            case PLAUSIBLE -> same ? PLAUSIBLE_AGREE : PLAUSIBLE_DISAGREE;
            case CONTESTED -> CONTESTED;
            case OPEN -> OPEN;
        };
    }
}
