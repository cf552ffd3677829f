package org.qantar.rules.hindsight;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.rules.workbench.InvalidInput;
import org.qantar.rules.workbench.OperationFailed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.qantar.rules.hindsight.HindsightKb.KB;
import static org.qantar.rules.hindsight.HindsightKb.SHIPPED;

class HindsightTest {

    @TempDir
    Path home;

    private Hindsight hindsight() {
        return new Hindsight(KB, SHIPPED, new ResolutionStore(home.resolve("resolutions.json")));
    }

    @Test
    void aResolutionIsSavedAndOverridesTheShippedOneUntilWithdrawn() {
        Hindsight h = hindsight();

        Resolutions.Entry e = h.resolve("o3", "true", "2023-04", "It happened in April.", "https://example.org/o3",
                null);

        assertThat(e.origin()).isEqualTo(Resolutions.Origin.YOURS);
        assertThat(e.overrides().value()).isEqualTo(ResolvedValue.FALSE);
        assertThat(hindsight().resolutions().truth("o3")).contains(true);
        assertThat(h.unresolve("o3").orElseThrow().origin()).isEqualTo(Resolutions.Origin.SHIPPED);
        assertThat(hindsight().resolutions().truth("o3")).contains(false);
    }

    @Test
    void resolvingAgainReplacesOnesOwnEarlierResolution() {
        Hindsight h = hindsight();

        h.resolve("o4", "false", "2022", "First reading.", null, null);
        h.resolve("o4", "partly", "2022/2023", "Second reading.", null, "only in the west");

        assertThat(h.store().load()).extracting(Resolution::proposition, Resolution::value, Resolution::note)
                .containsExactly(org.assertj.core.api.Assertions.tuple("o4", ResolvedValue.PARTLY, "only in the west"));
    }

    @Test
    void badInputIsRefusedInOneLineAndNothingIsWritten() {
        Hindsight h = hindsight();

        List<Throwable> errors = List.of(
                catchThrowable(() -> h.resolve("o5", "true", "2022", "e", null, null)),
                catchThrowable(() -> h.resolve("o3", "maybe", "2022", "e", null, null)),
                catchThrowable(() -> h.resolve("o3", "true", "2022-13", "e", null, null)),
                catchThrowable(() -> h.resolve("o3", "true", "2022-02-30", "e", null, null)),
                catchThrowable(() -> h.resolve("o3", "true", "last spring", "e", null, null)),
                catchThrowable(() -> h.resolve("o3", "true", "2023/2022-06", "e", null, null)),
                catchThrowable(() -> h.resolve("o3", "partly", "2022", "e", null, null)),
                catchThrowable(() -> h.resolve("o3", "true", "2022", " ", null, null)));

        assertThat(errors).allSatisfy(t -> assertThat(t).isInstanceOf(InvalidInput.class)
                .extracting(Throwable::getMessage).asString().doesNotContain("\n"));
        assertThat(errors).extracting(Throwable::getMessage).satisfiesExactly(
                m -> assertThat(m).startsWith("unknown proposition 'o5' (did you mean o1, o2, o3?)"),
                m -> assertThat(m).isEqualTo("unknown resolution 'maybe' (use true, false or partly)"),
                m -> assertThat(m).startsWith("bad date '2022-13' (use YYYY-MM-DD, YYYY-MM, YYYY or a period"),
                m -> assertThat(m).startsWith("bad date '2022-02-30'"),
                m -> assertThat(m).startsWith("bad date 'last spring'"),
                m -> assertThat(m).isEqualTo("the period '2023/2022-06' ends before it starts"),
                m -> assertThat(m).isEqualTo("o3: 'partly' needs a note saying in what way (--note TEXT)"),
                m -> assertThat(m).startsWith("o3: a resolution needs its evidence"));
        assertThat(home.resolve("resolutions.json")).doesNotExist();
    }

    @Test
    void unresolvingWhatOneHasNotResolvedIsRefused() {
        assertThatThrownBy(() -> hindsight().unresolve("o3")).isInstanceOf(InvalidInput.class)
                .hasMessage("you have not resolved o3 (its shipped resolution stays; override it with resolve o3 ...)");
        assertThatThrownBy(() -> hindsight().unresolve("o4")).isInstanceOf(InvalidInput.class)
                .hasMessage("you have not resolved o4; 'resolutions' lists what is resolved");
    }

    @Test
    void aDamagedFileIsReportedInOneLineAndLeftAsItWas() throws IOException {
        Path file = home.resolve("resolutions.json");
        Files.writeString(file, "{\"schema\":1,\"resolutions\":[{\"proposition\":\"o1\",\"value\":\"partly\","
                + "\"on\":\"2022\",\"evidence\":\"e\"}]}");

        Throwable partly = catchThrowable(() -> hindsight().resolutions());
        Files.writeString(file, "{\"schema\":1,\"resol");
        Throwable torn = catchThrowable(() -> hindsight().resolve("o1", "true", "2022", "e", null, null));

        assertThat(partly).isInstanceOf(OperationFailed.class).hasMessageContaining("resolutions.json: o1: 'partly' "
                + "needs a note").hasMessageEndingWith("; fix or move it aside");
        assertThat(torn).isInstanceOf(OperationFailed.class).hasMessageContaining("not a resolutions file");
        assertThat(torn.getMessage()).doesNotContain("\n");
        assertThat(Files.readString(file)).isEqualTo("{\"schema\":1,\"resol");
    }

    @Test
    void theFileIsPrettyJsonWithItsSchemaAndLeavesNoTemporaryBehind() throws IOException {
        hindsight().resolve("o4", "true", "2022-11-20", "It happened.", "https://example.org", null);

        String text = Files.readString(home.resolve("resolutions.json"));

        assertThat(text).startsWith("{\n  \"schema\" : 1,\n  \"resolutions\" : [ {\n    \"proposition\" : \"o4\"")
                .doesNotContain("\"note\"");
        try (var files = Files.list(home)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("resolutions.json");
        }
    }

    @Test
    void resolutionsOfPropositionsTheKnowledgeBaseLacksAreKeptAsideNotApplied() {
        Resolution stray = new Resolution("o9", ResolvedValue.TRUE, "2022", "e", null, null);

        Resolutions r = Resolutions.of(KB, List.of(stray), List.of());

        assertThat(r.entries()).isEmpty();
        assertThat(r.unknown()).containsExactly(stray);
    }

    @Test
    void aKnowledgeBaseDirectoryMayShipItsOwnResolutionsAndABrokenFileIsOneLine() throws IOException {
        Path dir = Files.createDirectories(home.resolve("my-kb"));
        assertThat(ShippedResolutions.load(dir)).isEmpty();
        Files.writeString(dir.resolve("resolutions.json"), "{\"resolutions\":[{\"proposition\":\"o1\","
                + "\"value\":\"false\",\"on\":\"2024\",\"evidence\":\"It did not.\"}]}");

        assertThat(ShippedResolutions.load(dir)).extracting(Resolution::proposition, Resolution::value)
                .containsExactly(org.assertj.core.api.Assertions.tuple("o1", ResolvedValue.FALSE));
        Files.writeString(dir.resolve("resolutions.json"), "{\"resolutions\":[{");
        assertThatThrownBy(() -> ShippedResolutions.load(dir)).isInstanceOf(OperationFailed.class)
                .hasMessageContaining("resolutions.json: not a resolutions file").message().doesNotContain("\n");
    }

    @Test
    void theKnowledgeBaseInUseIsAskedForOnEveryCall() {
        java.util.concurrent.atomic.AtomicReference<org.qantar.rules.KnowledgeBase> inUse =
                new java.util.concurrent.atomic.AtomicReference<>(KB);
        Hindsight h = new Hindsight(inUse::get, kb -> kb == KB ? SHIPPED : List.of(),
                new ResolutionStore(home.resolve("resolutions.json")));
        assertThat(h.resolutions().size()).isEqualTo(4);

        inUse.set(new org.qantar.rules.KnowledgeBase(KB.sources(), KB.propositions(), KB.claims(), KB.positions(),
                "another"));

        assertThat(h.resolutions().size()).isZero();
    }

    @Test
    void adoptingResolutionsAssumesEveryTrueOrFalseOneNotThePartlyOnes() {
        Resolutions r = Resolutions.of(KB, SHIPPED, List.of());

        assertThat(r.literals()).extracting(Object::toString).containsExactly("d1", "o1", "!o3");
    }
}
