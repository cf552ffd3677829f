package org.qantar.model.session;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QantarHomeTest {

    @Test
    void defaultsToDotQantarInTheUserHome() {
        QantarHome home = QantarHome.fromEnvironment(Map.of(), "/home/analyst");
        assertThat(home.directory()).isEqualTo(Path.of("/home/analyst/.qantar"));
        assertThat(home.sessions().root()).isEqualTo(Path.of("/home/analyst/.qantar/sessions"));
        assertThat(home.autosave().file()).isEqualTo(Path.of("/home/analyst/.qantar/autosave.json"));
    }

    @Test
    void followsQantarHomeWhenSet() {
        assertThat(QantarHome.fromEnvironment(Map.of("QANTAR_HOME", "/data/q"), "/home/analyst").directory())
                .isEqualTo(Path.of("/data/q"));
        assertThat(QantarHome.fromEnvironment(Map.of("QANTAR_HOME", "  "), "/home/a").directory())
                .isEqualTo(Path.of("/home/a/.qantar"));
    }
}
