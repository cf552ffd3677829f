package org.qantar.rules.drools;

import org.qantar.model.Confidence;

import java.util.List;

/**
 * One stratum of one confidence cut. Evaluation runs the two strata (possible, established) on each
 * cut from {@code stated} down to the confidence floor; the k-cut counts the claims whose
 * confidence is at least k. A claim rule matches once per stratum fact of the cuts its claim
 * belongs to (its Stratum pattern says which: {@link #isCountsLikely()}, {@link #isCountsPossible()}):
 * its premises are read in that stratum and its conclusion is recorded there. {@link Consequences}
 * checks the rule's {@code @confidence} again, for rules written with a bare {@code Stratum()}.
 *
 * <p>Six canonical instances, compared by identity; the session holds those of the cuts evaluated.
 */
public final class Stratum {

    private static final Stratum[] ALL = new Stratum[2 * Confidence.values().length];

    static {
        for (Confidence c : Confidence.values()) {
            ALL[2 * c.ordinal()] = new Stratum(true, c);
            ALL[2 * c.ordinal() + 1] = new Stratum(false, c);
        }
    }

    private final boolean possible;
    private final Confidence cut;

    private Stratum(boolean possible, Confidence cut) {
        this.possible = possible;
        this.cut = cut;
    }

    /** The possible (credulous) stratum of a cut. */
    public static Stratum possible(Confidence cut) {
        return ALL[2 * cut.ordinal()];
    }

    /** The established (sceptical) stratum of a cut. */
    public static Stratum established(Confidence cut) {
        return ALL[2 * cut.ordinal() + 1];
    }

    /** Both strata of every cut from {@code stated} down to {@code floor}. */
    static List<Stratum> downTo(Confidence floor) {
        return List.of(ALL).subList(0, 2 * floor.ordinal() + 2);
    }

    /** A small index, {@code 2 * cut + (established ? 1 : 0)}, for arrays kept per stratum. */
    int index() {
        return 2 * cut.ordinal() + (possible ? 0 : 1);
    }

    /** Credulous: what the counted claims of the cut make possible. Monotone; unless-defeaters ignored. */
    public boolean isPossible() {
        return possible;
    }

    /** Sceptical: what is established; reads the cut's possible stratum only negatively. */
    public boolean isEstablished() {
        return !possible;
    }

    public Confidence getCut() {
        return cut;
    }

    /** The possible stratum of the same cut (itself for a possible stratum). */
    public Stratum getPossibleOfCut() {
        return possible(cut);
    }

    /** The established stratum of the same cut (itself for an established stratum). */
    public Stratum getEstablishedOfCut() {
        return established(cut);
    }

    /**
     * Whether this stratum's cut counts the claims hedged {@code likely}: a likely claim's rule
     * matches only such strata ({@code $s : Stratum( countsLikely )}), so no match is formed where
     * the claim does not count.
     */
    public boolean isCountsLikely() {
        return counts(Confidence.LIKELY);
    }

    /** Whether this stratum's cut counts the claims hedged {@code possible} (every claim): see {@link #isCountsLikely()}. */
    public boolean isCountsPossible() {
        return counts(Confidence.POSSIBLE);
    }

    /** Whether a claim of this confidence is in this stratum's cut. */
    boolean counts(Confidence claimConfidence) {
        return claimConfidence.ordinal() <= cut.ordinal();
    }

    @Override
    public String toString() {
        return (possible ? "POSSIBLE" : "ESTABLISHED") + "@" + cut.label();
    }
}
