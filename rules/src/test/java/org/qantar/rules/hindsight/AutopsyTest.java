package org.qantar.rules.hindsight;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.qantar.rules.hindsight.HindsightKb.KB;
import static org.qantar.rules.hindsight.HindsightKb.SHIPPED;

class AutopsyTest {

    @Test
    void aClaimWhosePremisesHeldIsBorneOutOrFalsifiedByItsConclusionElseUntested() {
        Resolutions r = Resolutions.of(KB, SHIPPED, List.of());

        List<ClaimAutopsy> autopsy = Autopsy.of(KB, r::truth);

        // a1: d1 held, o1 held → borne out; a2: d1 held, o3 (its exception) did not, !o2 only partly → untested;
        // b1: o1 held, o3 did not → falsified; b2: d2 unresolved → untested
        assertThat(autopsy).extracting(ClaimAutopsy::claim, ClaimAutopsy::verdict, ClaimAutopsy::reason).containsExactly(
                tuple("a1", AutopsyVerdict.BORNE_OUT, "premises held; so did o1"),
                tuple("a2", AutopsyVerdict.UNTESTED, "premises held; conclusion !o2 unresolved"),
                tuple("b1", AutopsyVerdict.FALSIFIED, "premises held; o3 did not"),
                tuple("b2", AutopsyVerdict.UNTESTED, "premise d2 unresolved"));
        assertThat(autopsy.get(2).reasoning()).isEqualTo("o1 => o3");
        assertThat(autopsy.get(1).reasoning()).isEqualTo("d1 => !o2 unless o3");
    }

    @Test
    void aPremiseThatFailedOrAnExceptionThatHeldLeavesTheClaimUntested() {
        Map<String, Boolean> world = Map.of("d1", true, "o1", false, "o2", true, "o3", true);

        List<ClaimAutopsy> autopsy = Autopsy.of(KB, p -> Optional.ofNullable(world.get(p)));

        assertThat(autopsy).extracting(ClaimAutopsy::claim, ClaimAutopsy::verdict, ClaimAutopsy::reason).containsExactly(
                tuple("a1", AutopsyVerdict.FALSIFIED, "premises held; o1 did not"),
                tuple("a2", AutopsyVerdict.UNTESTED, "its exception o3 held"),
                tuple("b1", AutopsyVerdict.UNTESTED, "premise o1 did not hold"),
                tuple("b2", AutopsyVerdict.UNTESTED, "premise d2 unresolved"));
    }

    @Test
    void theRecordSuppliesPremisesNoResolutionCoversAndResolutionsWinOverIt() {
        // given d2 established by the record, o4 resolved true by the user, o1 false by the record
        Resolutions r = Resolutions.of(KB, SHIPPED, List.of(new Resolution("o4", ResolvedValue.TRUE, "2023",
                "It happened.", null, null)));
        Map<String, Boolean> record = Map.of("d2", true, "o1", false);

        Scorecard s = Scorecard.of(KB, r, ProbabilityMap.DEFAULT, p -> Optional.ofNullable(record.get(p)));

        assertThat(s.autopsy()).extracting(ClaimAutopsy::claim, ClaimAutopsy::verdict)
                .containsExactly(tuple("a1", AutopsyVerdict.BORNE_OUT), tuple("a2", AutopsyVerdict.UNTESTED),
                        tuple("b1", AutopsyVerdict.FALSIFIED), tuple("b2", AutopsyVerdict.BORNE_OUT));
        assertThat(s.count(AutopsyVerdict.BORNE_OUT)).isEqualTo(2);
    }
}
