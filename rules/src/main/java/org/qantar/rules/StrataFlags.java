package org.qantar.rules;

import org.qantar.model.Literal;

import java.util.HashSet;
import java.util.Set;

/**
 * The strata of one cut as flags over a {@link KnowledgeBaseIndex}: what both evaluators record and
 * what {@link Evaluation} reads statuses off, without building sets. {@link Strata}, the same
 * answer as sets, is made from these only when asked for.
 *
 * <p>Immutable once built: the arrays are taken over, not copied, so whoever builds one must not
 * change them afterwards.
 */
public final class StrataFlags {

    private final boolean[] possible;
    private final boolean[] established;
    private final boolean[] firedPossible;
    private final boolean[] firedEstablished;

    /**
     * @param possible         by literal index: in the possible stratum (assumptions included)
     * @param established      by literal index: in the established stratum (assumptions included)
     * @param firedPossible    by claim slot: counted claims whose premises are all possible
     * @param firedEstablished by claim slot: counted claims whose premises are all established and
     *                         none of whose unless-literals is possible
     */
    public StrataFlags(boolean[] possible, boolean[] established, boolean[] firedPossible,
                       boolean[] firedEstablished) {
        this.possible = possible;
        this.established = established;
        this.firedPossible = firedPossible;
        this.firedEstablished = firedEstablished;
    }

    public boolean possible(int literal) {
        return possible[literal];
    }

    public boolean established(int literal) {
        return established[literal];
    }

    public boolean firedPossible(int slot) {
        return firedPossible[slot];
    }

    public boolean firedEstablished(int slot) {
        return firedEstablished[slot];
    }

    /** The same answer as sets. */
    public Strata toStrata(KnowledgeBaseIndex index) {
        Set<Literal> p = new HashSet<>();
        Set<Literal> e = new HashSet<>();
        for (int l = 0; l < possible.length; l++) {
            if (possible[l]) {
                p.add(index.literal(l));
            }
            if (established[l]) {
                e.add(index.literal(l));
            }
        }
        Set<String> fp = new HashSet<>();
        Set<String> fe = new HashSet<>();
        for (int c = 0; c < firedPossible.length; c++) {
            if (firedPossible[c]) {
                fp.add(index.claim(c).id());
            }
            if (firedEstablished[c]) {
                fe.add(index.claim(c).id());
            }
        }
        return new Strata(p, e, fp, fe);
    }

    /** Flags for strata given as sets (literals and claims unknown to the index are left out). */
    public static StrataFlags of(Strata strata, KnowledgeBaseIndex index) {
        boolean[] p = new boolean[index.literalCount()];
        boolean[] e = new boolean[index.literalCount()];
        boolean[] fp = new boolean[index.claimCount()];
        boolean[] fe = new boolean[index.claimCount()];
        mark(strata.possible(), p, index);
        mark(strata.established(), e, index);
        for (String id : strata.firedPossible()) {
            int c = index.slot(id);
            if (c >= 0) {
                fp[c] = true;
            }
        }
        for (String id : strata.firedEstablished()) {
            int c = index.slot(id);
            if (c >= 0) {
                fe[c] = true;
            }
        }
        return new StrataFlags(p, e, fp, fe);
    }

    private static void mark(Set<Literal> literals, boolean[] flags, KnowledgeBaseIndex index) {
        for (Literal l : literals) {
            int i = index.literalIndex(l);
            if (i >= 0) {
                flags[i] = true;
            }
        }
    }
}
