package org.qantar.rules.kb;

import org.qantar.model.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a knowledge base's JSON files so that a mistake in one names the file and, where the parser
 * knows it, the line: {@code propositions.json:21: unknown proposition kind 'banana' (use driver,
 * outcome or fact)}. Without the file's name a parse error says only what was wrong, and in a
 * directory of five JSON files and some test cases that is not enough to fix it.
 */
public final class KbJson {

    private KbJson() {
    }

    /** A JSON file of a knowledge base that could not be read: its name, the line (0 if unknown), the problem. */
    public static final class FileProblem extends IllegalArgumentException {
        private final String file;
        private final int line;
        private final String problem;

        public FileProblem(String file, int line, String problem, Throwable cause) {
            super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
            this.file = file;
            this.line = line;
            this.problem = problem;
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }

        public String problem() {
            return problem;
        }
    }

    /**
     * @param file the file's name as the user knows it ({@code propositions.json}, {@code tests/own.json})
     * @throws FileProblem naming the file and line when {@code json} is not a {@code type}
     */
    public static <T> T read(String file, String json, Class<T> type) {
        try {
            return Json.read(json, type);
        } catch (JacksonException e) {
            throw problem(file, e);
        }
    }

    /** @throws FileProblem naming the file and line when {@code json} is not JSON */
    public static JsonNode tree(String file, String json) {
        try {
            return Json.tree(json);
        } catch (JacksonException e) {
            throw problem(file, e);
        }
    }

    /** What a parse error says, as one line naming the file and line. */
    public static FileProblem problem(String file, JacksonException e) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
        return new FileProblem(file, line, what(e), e);
    }

    /**
     * The parser's own words without its location dump; when a value's constructor refused it (an
     * unknown kind or confidence), that refusal, which says what to write instead.
     */
    private static String what(JacksonException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null) {
                return firstLine(t.getMessage());
            }
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String s) {
        return s == null ? "unreadable" : s.strip().lines().findFirst().orElse("unreadable");
    }
}
