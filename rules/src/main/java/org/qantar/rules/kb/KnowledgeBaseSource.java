package org.qantar.rules.kb;

import java.nio.file.Path;

/**
 * Where a knowledge base comes from: the one shipped in the jar (its rules compiled at build time),
 * or a directory a user keeps (its rules built when it is opened).
 */
public sealed interface KnowledgeBaseSource {

    /** What {@code kb use} and {@code --kb} take for the shipped knowledge base. */
    String SHIPPED = "shipped";

    /** A short name for prompts, headers and session files. */
    String name();

    /** {@code shipped}, or a directory path. */
    static KnowledgeBaseSource of(String text) {
        if (text == null || text.isBlank() || text.strip().equals(SHIPPED)) {
            return new Shipped();
        }
        return new Directory(Path.of(text.strip()));
    }

    record Shipped() implements KnowledgeBaseSource {
        @Override
        public String name() {
            return SHIPPED;
        }
    }

    /** @param dir the directory, made absolute */
    record Directory(Path dir) implements KnowledgeBaseSource {
        public Directory {
            dir = dir.toAbsolutePath().normalize();
        }

        /** The directory's own name ({@code my-kb} for {@code ~/work/my-kb}). */
        @Override
        public String name() {
            Path n = dir.getFileName();
            return n == null ? dir.toString() : n.toString();
        }
    }
}
