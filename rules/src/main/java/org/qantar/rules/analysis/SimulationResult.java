package org.qantar.rules.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link Simulation} found: per free outcome, the share of sampled worlds in which it had each
 * status-and-value, with a Wilson 95% interval. In JSON:
 * {@code {"samples":N,"seed":S,"outcomes":[{"proposition":..,"probabilities":{"SUPPORTED_TRUE":p,..},
 * "intervals":{"SUPPORTED_TRUE":[lo,hi],..},"strength":{"stated":p,"atLeastLikely":p}}]}},
 * status-values in {@link StatusValue} order. SUPPORTED counts at any strength; {@code strength}
 * gives the share of worlds in which it is SUPPORTED (either value) at strength {@code stated},
 * and at {@code stated} or {@code likely}.
 *
 * @param outcomes the outcomes not assumed, in knowledge-base order (assumed ones are held fixed and
 *                 left out: they would read 100% their assumed value)
 */
@JsonPropertyOrder({"samples", "seed", "outcomes"})
public record SimulationResult(int samples, long seed, List<OutcomeDistribution> outcomes) {

    public SimulationResult {
        outcomes = List.copyOf(outcomes);
    }

    /** The distribution of one outcome's status-and-value over the sampled worlds. */
    @JsonPropertyOrder({"proposition", "probabilities", "intervals", "strength"})
    public record OutcomeDistribution(String proposition, Map<StatusValue, Double> probabilities,
                                      Map<StatusValue, Interval> intervals, Strength strength) {

        public OutcomeDistribution {
            // EnumMaps keep (and Jackson writes) the StatusValue order, SUPPORTED_TRUE first.
            probabilities = Collections.unmodifiableMap(new EnumMap<>(probabilities));
            intervals = Collections.unmodifiableMap(new EnumMap<>(intervals));
        }

        /**
         * From counts indexed by {@link StatusValue#ordinal()}, over {@code samples} worlds, and the
         * worlds where it is SUPPORTED at strength stated, and at least likely.
         */
        static OutcomeDistribution ofCounts(String proposition, long[] counts, int offset, int samples,
                                            long stated, long atLeastLikely) {
            Map<StatusValue, Double> p = new EnumMap<>(StatusValue.class);
            Map<StatusValue, Interval> ci = new EnumMap<>(StatusValue.class);
            for (StatusValue sv : StatusValue.values()) {
                int k = (int) counts[offset + sv.ordinal()];
                p.put(sv, (double) k / samples);
                ci.put(sv, Interval.wilson(k, samples));
            }
            return new OutcomeDistribution(proposition, p, ci,
                    new Strength((double) stated / samples, (double) atLeastLikely / samples));
        }

        public double probability(StatusValue sv) {
            return probabilities.get(sv);
        }

        public Interval interval(StatusValue sv) {
            return intervals.get(sv);
        }
    }

    /** P(SUPPORTED at strength stated) and P(SUPPORTED at strength stated or likely). */
    @JsonPropertyOrder({"stated", "atLeastLikely"})
    public record Strength(double stated, double atLeastLikely) {
    }

    /** The distribution of one outcome, if it was reported. */
    public java.util.Optional<OutcomeDistribution> outcome(String proposition) {
        return outcomes.stream().filter(o -> o.proposition().equals(proposition)).findFirst();
    }
}
