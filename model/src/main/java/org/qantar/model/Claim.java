package org.qantar.model;

import java.util.List;
import java.util.Objects;

/**
 * One conditional claim of one article: if all premises hold (and no {@code unless} literal may
 * hold), the conclusion follows. Each claim is one Drools rule; this record is its reading.
 */
public record Claim(String id, String source, String name, List<Literal> premises, List<Literal> unless,
                    Literal conclusion, Confidence confidence, String section, String quote, String paraphrase) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(conclusion, "conclusion");
        premises = List.copyOf(premises);
        unless = List.copyOf(unless);
    }
}
