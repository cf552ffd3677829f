package org.qantar.model.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.model.Session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AutosaveFileTest {

    @TempDir
    Path home;

    @Test
    void readsNothingBeforeTheFirstWrite() {
        assertThat(new AutosaveFile(home.resolve("autosave.json")).read()).isEmpty();
    }

    @Test
    void writesAndReadsAnUntitledSession() {
        AutosaveFile autosave = new AutosaveFile(home.resolve("deep/er/autosave.json"));
        Session untitled = Session.empty(Instant.parse("2022-01-05T10:00:00Z"))
                .withInputs(List.of("x"), List.of(), java.util.Map.of());
        autosave.write(untitled);
        assertThat(autosave.read()).contains(untitled);
    }

    @Test
    void anUnreadableAutosaveIsReportedAndCanBeSetAsideUnchanged() throws IOException {
        // given an autosave torn by hand
        Path file = home.resolve("autosave.json");
        Files.writeString(file, "{\"format\"");
        AutosaveFile autosave = new AutosaveFile(file);
        // when it is read, then the error names it
        assertThatThrownBy(autosave::read).isInstanceOf(SessionFileException.class)
                .hasMessageStartingWith(file + ": truncated or not valid JSON");
        // and when it is set aside, then it is kept under a dated name, byte for byte
        Path aside = autosave.setAside(Clock.fixed(Instant.parse("2022-01-05T10:00:00Z"), ZoneOffset.UTC));
        assertThat(aside).isEqualTo(home.resolve("autosave.unreadable-20220105T100000Z.json"));
        assertThat(Files.readString(aside)).isEqualTo("{\"format\"");
        assertThat(autosave.read()).isEmpty();
    }
}
