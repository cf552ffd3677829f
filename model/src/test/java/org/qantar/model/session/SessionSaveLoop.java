package org.qantar.model.session;

import org.qantar.model.Session;

import java.nio.file.Path;
import java.util.Random;

/**
 * The child process of {@link SessionKillTest}: saves a seeded series of sessions to one name, as
 * fast as it can, until it is killed. Prints {@code ready} once the first save is on disk.
 *
 * <p>Each session says in the first line of its note which run and which save it is, so that the
 * parent can regenerate exactly what was being written: {@link #session(long, int, String)}.
 *
 * <p>Arguments: store root, session name, run number.
 */
public final class SessionSaveLoop {

    private SessionSaveLoop() {
    }

    public static void main(String[] args) {
        SessionStore store = new SessionStore(Path.of(args[0]));
        String name = args[1];
        long run = Long.parseLong(args[2]);
        for (int save = 0; ; save++) {
            store.save(session(run, save, name));
            if (save == 0) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }

    /** The session that save {@code save} of run {@code run} writes. */
    static Session session(long run, int save, String name) {
        Random random = new Random(run * 1_000_003L + save);
        Session s = RandomSessions.session(random, name);
        // Sizes from a few hundred bytes to a few hundred kilobytes, so that kills land inside long writes too.
        String padding = random.nextInt(4) == 0 ? "x".repeat(random.nextInt(300_000)) : "";
        return s.withNote(header(run, save) + "\n" + s.note() + padding);
    }

    static String header(long run, int save) {
        return "run " + run + " save " + save;
    }
}
