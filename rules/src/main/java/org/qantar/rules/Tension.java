package org.qantar.rules;

import java.util.Objects;

/**
 * A counted claim whose premises are possible and whose conclusion is the opposite of an assumption:
 * the sources' reasoning pushes against what the user assumed.
 *
 * @param proposition the assumed proposition pushed against
 * @param claim       the claim that pushes
 * @param source      that claim's source
 */
public record Tension(String proposition, String claim, String source) {
    public Tension {
        Objects.requireNonNull(proposition, "proposition");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(source, "source");
    }
}
