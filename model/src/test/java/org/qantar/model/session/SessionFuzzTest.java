package org.qantar.model.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.model.Session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded mutations of valid session files: the loader returns a valid session or throws its own
 * one-line {@link SessionFileException}, nothing else, and never changes the file.
 */
class SessionFuzzTest {

    private static final long SEED = 0x9A17A4L;
    private static final int MUTATIONS = 12_000;
    /** One mutation in this many also goes through a real file and the store, which checks the file is left alone. */
    private static final int THROUGH_THE_STORE = 25;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a guard against a hang, not a speed target
    void theLoaderFailsOnlyWithItsOwnOneLineError() throws IOException {
        // given valid files of every schema, and random sessions with every kind of field
        Random random = new Random(SEED);
        List<byte[]> valid = new ArrayList<>();
        valid.add(SessionCodecTest.fixture("v0-baseline.json"));
        valid.add(SessionCodecTest.fixture("v1-baseline.json"));
        valid.add(SessionCodecTest.fixture("v2-baseline.json"));
        for (int i = 0; i < 30; i++) {
            valid.add(SessionCodec.encode(RandomSessions.session(random, RandomSessions.name(random))));
        }
        SessionStore store = new SessionStore(dir);
        Files.createDirectories(dir);
        Path origin = dir.resolve("fuzz.json");
        List<String> unexpected = new ArrayList<>();
        int refused = 0;

        for (int i = 0; i < MUTATIONS; i++) {
            // when one is mutated and loaded
            byte[] mutated = SessionMutations.mutate(valid.get(random.nextInt(valid.size())), random);
            boolean viaStore = i % THROUGH_THE_STORE == 0;
            if (viaStore) {
                Files.write(origin, mutated);
            }
            try {
                Session session = viaStore ? store.load("fuzz") : SessionCodec.decode(mutated, origin);
                // then either it is a session (the damage hit e.g. the note) that survives its own round trip
                assertThat(SessionCodec.decode(SessionCodec.encode(session), origin)).isEqualTo(session);
            } catch (SessionFileException e) {
                // or the error is one line that names the file
                refused++;
                if (!e.getMessage().startsWith(origin + ": ") || e.getMessage().contains("\n")
                        || e.getMessage().contains("\r") || e.problem().isBlank()) {
                    unexpected.add("mutation " + i + ": badly formed message: " + e.getMessage());
                }
            } catch (RuntimeException | StackOverflowError e) {
                unexpected.add("mutation " + i + ": " + e);
            }
            if (viaStore) {
                assertThat(Arrays.equals(Files.readAllBytes(origin), mutated)).as("file untouched, mutation " + i).isTrue();
            }
        }
        assertThat(unexpected).as("seed %d", SEED).isEmpty();
        // and the mutations were mostly damaging: the test is not fuzzing the note field only
        assertThat(refused).isGreaterThan(MUTATIONS / 2);
    }
}
