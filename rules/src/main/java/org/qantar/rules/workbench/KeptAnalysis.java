package org.qantar.rules.workbench;

import java.time.Instant;
import java.util.Objects;

/**
 * The latest result of one analysis, kept with the working session (and saved with it) so that a
 * report in a later process can show it, with what it was run on and when.
 *
 * @param result the analysis's result ({@code SimulationResult}, {@code SensitivityResult})
 * @param inputs what it was run on; it is current while these equal the session's
 * @param ranAt  when it was run
 */
public record KeptAnalysis<T>(T result, AnalysisInputs inputs, Instant ranAt) {

    public KeptAnalysis {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(ranAt, "ranAt");
    }

    /** Whether it was run on {@code now}'s inputs. */
    public boolean currentFor(AnalysisInputs now) {
        return inputs.equals(now);
    }
}
