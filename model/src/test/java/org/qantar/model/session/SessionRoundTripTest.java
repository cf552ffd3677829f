package org.qantar.model.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.model.Session;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SessionRoundTripTest {

    private static final long SEED = 20220105L;

    @TempDir
    Path dir;

    @Test
    void encodingThenDecodingGivesTheSameSession() {
        Random random = new Random(SEED);
        for (int i = 0; i < 2_000; i++) {
            Session session = RandomSessions.session(random, RandomSessions.name(random));
            byte[] encoded = SessionCodec.encode(session);
            Session decoded = SessionCodec.decode(encoded, Path.of("mem-" + i + ".json"));
            assertThat(decoded).as("session %d (seed %d)", i, SEED).isEqualTo(session);
            // and the encoding is stable: the same session writes the same bytes
            assertThat(Arrays.equals(SessionCodec.encode(decoded), encoded)).as("stable encoding %d", i).isTrue();
        }
    }

    @Test
    void savingThenLoadingGivesTheSameSession() {
        Random random = new Random(SEED + 1);
        SessionStore store = new SessionStore(dir);
        for (int i = 0; i < 200; i++) {
            Session session = RandomSessions.session(random, RandomSessions.name(random));
            store.save(session);
            assertThat(store.load(session.name())).as("session %d (seed %d)", i, SEED + 1).isEqualTo(session);
        }
    }
}
