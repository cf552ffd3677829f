package org.qantar.rules.map;

import java.util.Objects;

/**
 * One arrow of the map. Premise and unless edges run from a proposition to a claim, conclusion edges
 * from a claim to a proposition.
 *
 * @param from     the proposition id (premise, unless) or claim id (conclusion)
 * @param to       the claim id (premise, unless) or proposition id (conclusion)
 * @param positive the literal's value: false for a negated premise ({@code !x}), an unless {@code !x},
 *                 or a claim concluding {@code !x}
 */
public record Edge(String from, String to, EdgeKind kind, boolean positive) {

    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
    }

    /** The proposition end of the edge. */
    public String proposition() {
        return kind == EdgeKind.CONCLUSION ? to : from;
    }

    /** The claim end of the edge. */
    public String claim() {
        return kind == EdgeKind.CONCLUSION ? from : to;
    }

    /** The literal the edge carries, as text: {@code x} or {@code !x}. */
    public String literal() {
        return positive ? proposition() : "!" + proposition();
    }

    public enum EdgeKind {
        /** Proposition → claim: the literal must hold for the claim to apply. */
        PREMISE,
        /** Proposition → claim: the claim does not apply if the literal may hold (drawn dashed). */
        UNLESS,
        /** Claim → proposition: what the claim concludes. */
        CONCLUSION
    }
}
