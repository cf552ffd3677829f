package org.qantar.rules.hindsight;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.qantar.rules.workbench.InvalidInput;

import java.util.Locale;
import java.util.Optional;

/** How a proposition turned out: it held, it did not, or it held only in part (which then needs a note). */
public enum ResolvedValue {
    TRUE, FALSE, PARTLY;

    /** {@code true}, {@code false} or {@code partly}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value as a truth value; empty for {@code partly}, which counts neither way. */
    public Optional<Boolean> asBoolean() {
        return switch (this) {
            case TRUE -> Optional.of(true);
            case FALSE -> Optional.of(false);
            case PARTLY -> Optional.empty();
        };
    }

    /** @throws InvalidInput for anything but {@code true}, {@code false} or {@code partly} */
    @JsonCreator
    public static ResolvedValue fromLabel(String label) {
        for (ResolvedValue v : values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        throw new InvalidInput("unknown resolution '" + label + "' (use true, false or partly)");
    }
}
