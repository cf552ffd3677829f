package org.qantar.model.session;

import org.junit.jupiter.api.Test;
import org.qantar.model.Prior;
import org.qantar.model.Session;
import org.qantar.model.session.SessionDiff.Kind;
import org.qantar.model.session.SessionDiff.Line;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SessionDiffTest {

    private static final Instant T = Instant.parse("2022-01-05T10:00:00Z");

    private static Session session(List<String> assumptions, List<String> lens, Map<String, Prior> priors,
                                   Map<String, String> statuses) {
        return new Session("s", "", T, T, assumptions, lens, priors, "kb", statuses, Map.of());
    }

    @Test
    void namesEachDifferingInputAndOutcomeWithItsTwoValues() {
        // given two sessions that differ in every kind of field
        Session a = session(List.of("x", "!y", "gone"), List.of(), Map.of("x", Prior.probability(0.3)),
                Map.of("x", "ASSUMED true", "y", "ASSUMED false", "z", "SUPPORTED true", "w", "OPEN"));
        Session b = session(List.of("!x", "!y"), List.of("carnegie", "cornell-ni"),
                Map.of("x", Prior.probability(0.3), "y", Prior.beta(2, 5)),
                Map.of("x", "ASSUMED false", "y", "ASSUMED false", "z", "CONTESTED", "w", "OPEN"));
        // when they are compared, in the knowledge base's order z, y, x
        SessionDiff diff = SessionDiff.between(a, b, List.of("z", "y", "x", "w"));
        // then every difference is one line, nothing else is
        assertThat(diff.inputs()).containsExactly(
                new Line(Kind.ASSUMPTION, "x", "true", "false"),
                new Line(Kind.ASSUMPTION, "gone", "true", "-"),
                new Line(Kind.LENS, "lens", "all", "carnegie,cornell-ni"),
                new Line(Kind.PRIOR, "y", "-", "beta(2, 5)"));
        assertThat(diff.outcomes()).containsExactly(
                new Line(Kind.STATUS, "z", "SUPPORTED true", "CONTESTED"),
                new Line(Kind.STATUS, "x", "ASSUMED true", "ASSUMED false"));
    }

    @Test
    void aSessionDiffersFromItselfInNothing() {
        Session s = RandomSessions.session(42);
        SessionDiff diff = SessionDiff.between(s, s.withName("other").withNote("changed"), List.of());
        assertThat(diff.isEmpty()).isTrue();
    }

    @Test
    void theLensIsASetOfSources() {
        Session a = session(List.of(), List.of("a", "b"), Map.of(), Map.of());
        Session b = session(List.of(), List.of("b", "a"), Map.of(), Map.of());
        assertThat(SessionDiff.between(a, b, List.of()).isEmpty()).isTrue();
    }
}
