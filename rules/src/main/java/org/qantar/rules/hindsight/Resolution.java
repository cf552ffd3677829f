package org.qantar.rules.hindsight;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.qantar.model.Proposition;
import org.qantar.rules.workbench.InvalidInput;

/**
 * What became of a proposition after the articles were written.
 *
 * @param proposition the proposition's id
 * @param value       true, false, or partly (then {@code note} says in what way)
 * @param on          when it resolved: a day, month, year or period ({@link ResolutionDate})
 * @param evidence    what happened, in our own words
 * @param reference   where to check it: a public URL or a document's name; may be null for a user's own
 * @param note        why only partly, or a caveat; required for {@code partly}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Resolution(String proposition, ResolvedValue value, String on, String evidence, String reference,
                         String note) {

    /** @throws InvalidInput on a bad id, a missing value, a bad date, no evidence, or {@code partly} without a note */
    public Resolution {
        if (!Proposition.isValidId(proposition)) {
            throw new InvalidInput("not a proposition id: '" + proposition + "'");
        }
        if (value == null) {
            throw new InvalidInput(proposition + ": a resolution needs a value (true, false or partly)");
        }
        on = ResolutionDate.require(on);
        if (evidence == null || evidence.isBlank()) {
            throw new InvalidInput(proposition + ": a resolution needs its evidence, in your own words (--evidence TEXT)");
        }
        evidence = evidence.strip();
        reference = blankToNull(reference);
        note = blankToNull(note);
        if (value == ResolvedValue.PARTLY && note == null) {
            throw new InvalidInput(proposition + ": 'partly' needs a note saying in what way (--note TEXT)");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
