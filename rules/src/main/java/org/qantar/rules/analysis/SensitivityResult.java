package org.qantar.rules.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.qantar.model.Literal;

import java.util.List;
import java.util.Optional;

/**
 * What {@link Sensitivity} found for one target. In JSON:
 * {@code {"target":"x","samples":N,"seed":S,"probability":p,"drivers":[{"driver":"d","whenTrue":p1,
 * "whenFalse":p0,"effect":e,"interval":[lo,hi]}]}}.
 *
 * @param target      the literal (as text) whose support is measured: {@code x} for "x SUPPORTED true",
 *                    {@code !x} for "x SUPPORTED false"
 * @param probability P(target supported) with every free driver drawn from its prior
 * @param drivers     one entry per free driver, largest absolute effect first (ties in
 *                    knowledge-base order)
 */
@JsonPropertyOrder({"target", "samples", "seed", "probability", "drivers"})
public record SensitivityResult(String target, int samples, long seed, double probability,
                                List<DriverEffect> drivers) {

    public SensitivityResult {
        Literal.parse(target);
        drivers = List.copyOf(drivers);
    }

    /** The target as a literal. */
    public Literal targetLiteral() {
        return Literal.parse(target);
    }

    /**
     * One driver's pull on the target.
     *
     * @param whenTrue  P(target supported | driver true), the other free drivers from their priors
     * @param whenFalse P(target supported | driver false), on the same sampled worlds
     * @param effect    {@code whenTrue - whenFalse}, in [-1, 1]
     * @param interval  95% interval of the effect (normal approximation of the paired differences)
     */
    @JsonPropertyOrder({"driver", "whenTrue", "whenFalse", "effect", "interval"})
    public record DriverEffect(String driver, double whenTrue, double whenFalse, double effect, Interval interval) {
    }

    public Optional<DriverEffect> driver(String id) {
        return drivers.stream().filter(d -> d.driver().equals(id)).findFirst();
    }
}
