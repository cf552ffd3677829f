package org.qantar.rules.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
     * How many worlds give each outcome each status-value: outcome id → counts indexed by
     * {@link StatusValue} ordinal, a fresh map in the profiles' outcome order. The same as summing
     * the profiles' counts over their maps, but the enumeration's own profiles are read off their
     * packed keys: with hundreds of thousands of profiles, going through the maps took a second.
     */
    @JsonIgnore
    public Map<String, long[]> worldsByStatus() {
        List<String> packedIds = null;
        long[][] packed = null;
        Map<String, long[]> others = new LinkedHashMap<>();
        for (Profile p : profiles) {
            if (p.outcomes() instanceof ProfileOutcomes o && (packedIds == null || o.ids() == packedIds)) {
                if (packedIds == null) {
                    packedIds = o.ids();
                    packed = new long[packedIds.size()][StatusValue.COUNT];
                }
                o.addTo(packed, p.count());
            } else {
                p.outcomes().forEach((id, sv) -> others.computeIfAbsent(id, k -> new long[StatusValue.COUNT])
                        [sv.ordinal()] += p.count());
            }
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (int i = 0; packedIds != null && i < packedIds.size(); i++) {
            counts.put(packedIds.get(i), packed[i]);
        }
        others.forEach((id, c) -> counts.merge(id, c, (a, b) -> {
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
            return a;
        }));
        return counts;
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
            // A ProfileOutcomes or DriverLiterals is immutable already (and far smaller than a copy).
            outcomes = outcomes instanceof ProfileOutcomes ? outcomes
                    : Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
            representative = representative instanceof DriverLiterals ? representative : List.copyOf(representative);
            conditions = conditions instanceof DriverLiterals ? conditions : List.copyOf(conditions);
        }
    }
}
