package org.qantar.rules.compare;

import org.junit.jupiter.api.Test;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Status;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictTest {

    @Test
    void everyStatusAndValueAgainstATrueStanceGivesItsVerdict() {
        assertThat(Verdict.of(status(Status.SUPPORTED, true), true)).isEqualTo(Verdict.AGREE);
        assertThat(Verdict.of(status(Status.SUPPORTED, false), true)).isEqualTo(Verdict.DISAGREE);
        assertThat(Verdict.of(status(Status.CONTESTED, null), true)).isEqualTo(Verdict.CONTESTED);
        assertThat(Verdict.of(status(Status.PLAUSIBLE, true), true)).isEqualTo(Verdict.PLAUSIBLE_AGREE);
        assertThat(Verdict.of(status(Status.PLAUSIBLE, false), true)).isEqualTo(Verdict.PLAUSIBLE_DISAGREE);
        assertThat(Verdict.of(status(Status.OPEN, null), true)).isEqualTo(Verdict.OPEN);
        assertThat(Verdict.of(status(Status.ASSUMED, true), true)).isEqualTo(Verdict.ASSUMED_AGREE);
        assertThat(Verdict.of(status(Status.ASSUMED, false), true)).isEqualTo(Verdict.ASSUMED_DISAGREE);
    }

    @Test
    void aFalseStanceAgreesWithAFalseValue() {
        assertThat(Verdict.of(status(Status.SUPPORTED, false), false)).isEqualTo(Verdict.AGREE);
        assertThat(Verdict.of(status(Status.SUPPORTED, true), false)).isEqualTo(Verdict.DISAGREE);
        assertThat(Verdict.of(status(Status.ASSUMED, false), false)).isEqualTo(Verdict.ASSUMED_AGREE);
    }

    @Test
    void aPropositionWithoutStatusIsOpen() {
        assertThat(Verdict.of(null, true)).isEqualTo(Verdict.OPEN);
    }

    @Test
    void creditsAreTheDocumentedOnesAndStayWithinOne() {
        assertThat(Verdict.AGREE.credit()).isEqualTo(1.0);
        assertThat(Verdict.ASSUMED_AGREE.credit()).isEqualTo(1.0);
        assertThat(Verdict.PLAUSIBLE_AGREE.credit()).isEqualTo(0.5);
        assertThat(Verdict.CONTESTED.credit()).isZero();
        assertThat(Verdict.OPEN.credit()).isZero();
        assertThat(Verdict.PLAUSIBLE_DISAGREE.credit()).isEqualTo(-0.5);
        assertThat(Verdict.DISAGREE.credit()).isEqualTo(-1.0);
        assertThat(Verdict.ASSUMED_DISAGREE.credit()).isEqualTo(-1.0);
    }

    @Test
    void labelsAreLowerCaseWithHyphens() {
        assertThat(Verdict.PLAUSIBLE_DISAGREE.label()).isEqualTo("plausible-disagree");
        assertThat(Verdict.ASSUMED_AGREE.label()).isEqualTo("assumed-agree");
        assertThat(Verdict.OPEN.label()).isEqualTo("open");
    }

    private static PropositionStatus status(Status status, Boolean value) {
        return new PropositionStatus("p", status, value, List.of(), List.of(), List.of());
    }
}
