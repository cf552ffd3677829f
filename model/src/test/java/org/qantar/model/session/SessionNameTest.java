package org.qantar.model.session;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "baseline", "CSTO-stays_2022.v2", "0", "x-", "_", "a..b",
            "x123456789012345678901234567890123456789012345678901234567890123"})
    void acceptsNamesThatFollowTheRule(String name) {
        assertThat(SessionName.isValid(name)).isTrue();
        assertThat(SessionName.require(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"../x", "a/b", "a\\b", ".", "..", ".hidden", "with space", "tab\t", "new\nline",
            "é", "Қаңтар", "ÜberSession", "-x", "-rf", "--force", "a:b", "a*b", "C:", "x1234567890123456789012345678901234567890123456789012345678901234"})
    void refusesAnythingElseStatingTheRule(String name) {
        // hostile tests: "-rf" was valid but unusable (save -rf: unknown option); newcomer #25: say ASCII
        assertThat(SessionName.RULE).contains("ASCII letters").contains("not starting with '.' or '-'");
        assertThat(SessionName.isValid(name)).isFalse();
        assertThatThrownBy(() -> SessionName.require(name))
                .isInstanceOf(SessionStoreException.class)
                .hasMessageStartingWith("invalid session name ")
                .hasMessageEndingWith(SessionName.RULE)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\t"));
    }
}
