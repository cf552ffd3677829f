package org.qantar.rules.compare;

import org.qantar.model.Literal;
import org.qantar.model.Position;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One voice and every position it takes: an original source with the positions of its reprints
 * merged in (a reprint never speaks as a second voice). Build them with {@link Articles}.
 *
 * @param source   the voice's source id (the original's, never a reprint's)
 * @param drivers  positions on driver propositions, in knowledge-base order
 * @param outcomes positions on outcome propositions, in knowledge-base order
 */
public record Article(String source, List<Position> drivers, List<Position> outcomes) {

    public Article {
        Objects.requireNonNull(source, "source");
        drivers = List.copyOf(drivers);
        outcomes = List.copyOf(outcomes);
    }

    /** Every position: drivers first, then outcomes. */
    public List<Position> positions() {
        List<Position> all = new ArrayList<>(drivers);
        all.addAll(outcomes);
        return List.copyOf(all);
    }

    /** The same article with its outcome positions only: to score what reasoning concludes, not what is assumed. */
    public Article outcomesOnly() {
        return new Article(source, List.of(), outcomes);
    }

    /**
     * What the article itself assumes: its driver positions as literals, sorted by proposition id.
     * {@code adopt} replaces the user's assumptions with these.
     */
    public List<Literal> assumptions() {
        return drivers.stream().map(Position::literal).sorted().toList();
    }
}
