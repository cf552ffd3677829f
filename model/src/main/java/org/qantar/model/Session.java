package org.qantar.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named scenario as saved on disk: the inputs (assumptions, lens, priors) and, for the record,
 * the statuses evaluated at save time under the knowledge base with {@code kbFingerprint}.
 *
 * <p>Assumptions are kept as literal text ({@code x}, {@code !x}) so that an assumption about a
 * proposition the knowledge base no longer has survives a load and the next save.
 *
 * @param lens     counted sources; empty means every source
 * @param statuses proposition id → status label ({@code SUPPORTED true}, {@code OPEN}) at save time
 */
public record Session(int schemaVersion, String name, String note, Instant created, Instant saved,
                      List<String> assumptions, List<String> lens, Map<String, Prior> priors,
                      String kbFingerprint, Map<String, String> statuses) {

    public static final int SCHEMA_VERSION = 1;

    public Session {
        Objects.requireNonNull(name, "name");
        note = note == null ? "" : note;
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
        lens = lens == null ? List.of() : List.copyOf(lens);
        priors = priors == null ? Map.of() : Map.copyOf(priors);
        statuses = statuses == null ? Map.of() : Map.copyOf(statuses);
    }
}
