package org.qantar.rules.map.svg;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.rules.Engine;
import org.qantar.rules.ShippedEngine;
import org.qantar.rules.map.ArgumentMap;
import org.qantar.rules.map.MapBuilder;
import org.qantar.rules.workbench.Workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A layout read back from the cache draws exactly the picture a fresh layout draws; another scenario
 * on the same graph reuses it; a damaged file is laid out again and replaced.
 */
class LayoutCacheTest {

    private static Engine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        engine = ShippedEngine.get();
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".layout")).toList();
        }
    }

    @Test
    void aCachedLayoutDrawsTheSamePictureAndAnotherScenarioReusesIt() throws Exception {
        Workbench wb = new Workbench(engine);
        ArgumentMap before = MapBuilder.of(engine.knowledgeBase(), wb.evaluation());
        String fresh = SvgMapWriter.write(before);
        LayoutCache cache = LayoutCache.in(dir);

        String first = SvgMapWriter.write(before, cache);
        List<Path> kept = files();
        String second = SvgMapWriter.write(before, cache);
        String driver = engine.knowledgeBase().propositions().stream().filter(Proposition::isDriver)
                .findFirst().orElseThrow().id();
        wb.assume(List.of(new Literal(driver, false)));
        ArgumentMap after = MapBuilder.of(engine.knowledgeBase(), wb.evaluation());
        String other = SvgMapWriter.write(after, cache);

        assertThat(first).isEqualTo(fresh);
        assertThat(second).isEqualTo(fresh);
        assertThat(kept).hasSize(1);
        assertThat(files()).as("the other scenario's statuses do not change the layout").isEqualTo(kept);
        assertThat(other).isEqualTo(SvgMapWriter.write(after)).isNotEqualTo(fresh);
    }

    @Test
    void aDamagedFileIsLaidOutAgainAndReplaced() throws Exception {
        ArgumentMap map = MapBuilder.of(engine.knowledgeBase(), new Workbench(engine).evaluation())
                .around(engine.knowledgeBase().propositions().stream().filter(Proposition::isOutcome)
                        .findFirst().orElseThrow().id(), 2, false);
        LayoutCache cache = LayoutCache.in(dir);
        String fresh = SvgMapWriter.write(map, cache);
        Path file = files().get(0);
        byte[] good = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(good, good.length / 2));

        String again = SvgMapWriter.write(map, cache);

        assertThat(again).isEqualTo(fresh);
        assertThat(Files.readAllBytes(file)).isEqualTo(good);
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyCostsTheLayout() throws Exception {
        Path notADirectory = dir.resolve("file");
        Files.writeString(notADirectory, "x");
        ArgumentMap map = MapBuilder.of(engine.knowledgeBase(), new Workbench(engine).evaluation());

        assertThat(SvgMapWriter.write(map, LayoutCache.in(notADirectory))).isEqualTo(SvgMapWriter.write(map));
    }
}
