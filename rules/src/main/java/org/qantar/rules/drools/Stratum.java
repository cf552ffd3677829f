package org.qantar.rules.drools;

import org.qantar.model.Confidence;

import java.util.Objects;
import java.util.Set;

/**
 * One stratum of one confidence cut. Evaluation runs the two strata (possible, established) on each
 * cut from {@code stated} down to the confidence floor; the k-cut counts the claims whose
 * confidence is at least k. A claim rule matches once per stratum fact of the cuts its claim
 * belongs to (its Stratum pattern says which: {@link #isCountsLikely()}, {@link #isCountsPossible()}):
 * its premises are read in that stratum and its conclusion is recorded there. {@link Consequences}
 * checks the rule's {@code @confidence} again, for rules written with a bare {@code Stratum()}.
 *
 * <p>Each scenario has its own six strata (a {@link #family}), compared by identity, which carry
 * the lens (the sources whose claims count, {@link #countsSource}) and the knowledge base's
 * claim-graph components, by which conclusions are ranked ({@link #ranksWith}, {@link #rankLimit});
 * the session holds those of the cuts evaluated, and a change of lens replaces them.
 */
public final class Stratum {

    private final boolean possible;
    private final Confidence cut;
    private final Stratum[] family;
    private final ClaimGraphComponents components;
    private final Set<String> lens;

    private Stratum(boolean possible, Confidence cut, Stratum[] family, ClaimGraphComponents components,
                    Set<String> lens) {
        this.possible = possible;
        this.cut = cut;
        this.family = family;
        this.components = components;
        this.lens = lens;
    }

    /**
     * Both strata of every cut, by {@link #index()}, for one scenario over a knowledge base with these
     * components, counting the claims of the sources in {@code lens}.
     */
    static Stratum[] family(ClaimGraphComponents components, Set<String> lens) {
        Objects.requireNonNull(components, "components");
        Set<String> counted = Set.copyOf(lens);
        Stratum[] family = new Stratum[2 * Confidence.values().length];
        for (Confidence c : Confidence.values()) {
            family[2 * c.ordinal()] = new Stratum(true, c, family, components, counted);
            family[2 * c.ordinal() + 1] = new Stratum(false, c, family, components, counted);
        }
        return family;
    }

    /** The index of the possible stratum of a cut in a {@link #family}. */
    static int possibleIndex(Confidence cut) {
        return 2 * cut.ordinal();
    }

    /** The index of the established stratum of a cut in a {@link #family}. */
    static int establishedIndex(Confidence cut) {
        return 2 * cut.ordinal() + 1;
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
        return family[possibleIndex(cut)];
    }

    /** The established stratum of the same cut (itself for an established stratum). */
    public Stratum getEstablishedOfCut() {
        return family[establishedIndex(cut)];
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

    /** Whether the lens counts the claims of this source. */
    boolean countsSource(String source) {
        return lens.contains(source);
    }

    /**
     * The highest rank a shortest derivation of this literal can have (see {@link ClaimGraphComponents#rankLimit}):
     * a derivation ranked higher is useless, and dropping it ends the climb of a cycle of claims whose base is gone.
     */
    int rankLimit(String literal) {
        return components.rankLimit(literal);
    }

    /**
     * Whether a premise's rank counts towards a conclusion's rank ({@link Consequences}): only a
     * premise in the conclusion's component of the claim graph does. Only a cycle of claims could
     * keep its own facts alive, and a cycle lies inside one component, so premises outside it need
     * no rank order; a conclusion on no cycle thus always ranks 1 (see {@link #rankLimit}), and a
     * change of rank upstream of a component changes no rank inside it. A conclusion the knowledge
     * base does not name counts every premise.
     */
    boolean ranksWith(String conclusion, String premise) {
        int component = components.component(conclusion);
        return component < 0 || components.component(premise) == component;
    }

    @Override
    public String toString() {
        return (possible ? "POSSIBLE" : "ESTABLISHED") + "@" + cut.label();
    }
}
