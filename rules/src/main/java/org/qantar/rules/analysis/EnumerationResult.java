package org.qantar.rules.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ScenarioEnumeration} found. In JSON: {@code {"drivers":[..],"leftUnassumed":[..],
 * "worlds":N,"profiles":[{"count":c,"share":s,"outcomes":{"x":"SUPPORTED_TRUE",..},
 * "representative":["a","!b"],"conditions":["a"]}]}}.
 *
 * @param drivers       the enumerated drivers, in the order asked
 * @param leftUnassumed free drivers that were not enumerated: unassumed in every world, so claims
 *                      resting on them do not fire
 * @param worlds        2^(number of drivers)
 * @param profiles      the distinct outcome profiles, most worlds first (ties: earliest world first)
 */
@JsonPropertyOrder({"drivers", "leftUnassumed", "worlds", "profiles"})
public record EnumerationResult(List<String> drivers, List<String> leftUnassumed, long worlds,
                                List<Profile> profiles) {

    public EnumerationResult {
        drivers = List.copyOf(drivers);
        leftUnassumed = List.copyOf(leftUnassumed);
        profiles = List.copyOf(profiles);
    }

    /**
     * One outcome profile: a status-and-value for every free outcome, and the worlds that give it.
     *
     * @param outcomes       free outcome id → its status-and-value, in knowledge-base order
     * @param representative the first world (in enumeration order) with this profile, as literals
     *                       of the enumerated drivers
     * @param conditions     the enumerated drivers with the same value in every world of the
     *                       profile — what defines it; the rest vary within it
     */
    @JsonPropertyOrder({"count", "share", "outcomes", "representative", "conditions"})
    public record Profile(long count, double share, Map<String, StatusValue> outcomes, List<String> representative,
                          List<String> conditions) {

        public Profile {
            // A ProfileOutcomes is immutable already (and far smaller than a copy).
            outcomes = outcomes instanceof ProfileOutcomes ? outcomes
                    : Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
            representative = List.copyOf(representative);
            conditions = List.copyOf(conditions);
        }
    }
}
