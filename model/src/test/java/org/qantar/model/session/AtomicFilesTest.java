package org.qantar.model.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writeReplacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("t.json");
        AtomicFiles.write(target, bytes("one"));
        AtomicFiles.write(target, bytes("two"));
        assertThat(Files.readString(target)).isEqualTo("two");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void writeNewRefusesAnExistingTargetAndLeavesItAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("t.json");
        AtomicFiles.writeNew(target, bytes("first"));
        assertThatThrownBy(() -> AtomicFiles.writeNew(target, bytes("second")))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(target)).isEqualTo("first");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void temporaryFilesAreHiddenAndRecognised() {
        assertThat(AtomicFiles.isTemporary(Path.of(".x.json.8813.tmp"))).isTrue();
        assertThat(AtomicFiles.isTemporary(Path.of("x.json"))).isFalse();
        assertThat(AtomicFiles.isTemporary(Path.of("x.tmp"))).isFalse();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
