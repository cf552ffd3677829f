package org.qantar.rules.kb;

import java.util.List;

/**
 * A knowledge base that must not start: one line per problem, each naming the file (and line, where
 * there is one) and what to do. A front end shows every line and refuses to go on (the shell: exit 2).
 */
public class KnowledgeBaseProblems extends RuntimeException {

    private final List<String> problems;

    public KnowledgeBaseProblems(String summary, List<String> problems) {
        super(summary, null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** The problems, one line each. */
    public List<String> problems() {
        return problems;
    }
}
