package org.qantar.shell.sessions;

import org.qantar.model.Proposition;
import org.qantar.rules.kb.KnowledgeBaseLoader;
import org.qantar.shell.QantarApplication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real Qantar process for the tests that need more than one (one-shot runs beside each other or
 * beside an open shell): this JVM's classpath, started the way the launcher starts a one-shot
 * command, colours off, its home the given folder.
 */
final class QantarProcess {

    private QantarProcess() {
    }

    /** The process's builder, so that each test chooses what to do with its output. */
    static ProcessBuilder builder(Path home, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", "-Dqantar.colour=never", "-cp", System.getProperty("java.class.path"),
                QantarApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("QANTAR_HOME", home.toString());
        return builder;
    }

    /**
     * The ids of the shipped knowledge base's first {@code n} propositions of a kind, in catalogue
     * order: read from the catalogue alone, without building the rule base the processes build.
     */
    static List<String> shippedIds(Predicate<Proposition> kind, int n) {
        return KnowledgeBaseLoader.fromClasspath().load().knowledgeBase().propositions().stream()
                .filter(kind).map(Proposition::id).limit(n).toList();
    }
}
