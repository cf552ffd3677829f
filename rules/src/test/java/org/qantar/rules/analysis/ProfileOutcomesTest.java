package org.qantar.rules.analysis;

import org.junit.jupiter.api.Test;
import org.qantar.model.json.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileOutcomesTest {

    private static final List<String> IDS = List.of("x", "a", "m");
    private static final Map<String, Integer> POSITION = Map.of("x", 0, "a", 1, "m", 2);

    /** The map a profile used to carry: what the packed one must be indistinguishable from. */
    private static Map<String, StatusValue> asBefore() {
        Map<String, StatusValue> m = new LinkedHashMap<>();
        m.put("x", StatusValue.SUPPORTED_TRUE);
        m.put("a", StatusValue.OPEN);
        m.put("m", StatusValue.CONTESTED);
        return m;
    }

    private static ProfileOutcomes packed() {
        return new ProfileOutcomes(IDS, POSITION, new byte[]{(byte) StatusValue.SUPPORTED_TRUE.ordinal(),
                (byte) StatusValue.OPEN.ordinal(), (byte) StatusValue.CONTESTED.ordinal()});
    }

    @Test
    void readsLikeTheMapItReplacesInOrderInEqualityAndInJson() {
        ProfileOutcomes packed = packed();
        assertThat(packed).isEqualTo(asBefore());
        assertThat(asBefore()).isEqualTo(packed);
        assertThat(packed.hashCode()).isEqualTo(asBefore().hashCode());
        assertThat(packed.keySet()).containsExactly("x", "a", "m");
        assertThat(packed.get("m")).isEqualTo(StatusValue.CONTESTED);
        assertThat(packed.get("nope")).isNull();
        assertThat(Json.write(packed)).isEqualTo(Json.write(asBefore()));
    }

    @Test
    void aProfileKeepsItAsIsAndNobodyCanChangeIt() {
        EnumerationResult.Profile profile = new EnumerationResult.Profile(1, 0.5, packed(), List.of("d"), List.of());
        assertThat(profile.outcomes()).isEqualTo(asBefore());
        assertThatThrownBy(() -> profile.outcomes().put("x", StatusValue.OPEN))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> profile.outcomes().entrySet().iterator().next().setValue(StatusValue.OPEN))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
