package org.qantar.rules.workbench;

import org.qantar.rules.KnowledgeBase;

import java.util.List;

/** "Did you mean" hints in the shell's words, from {@link KnowledgeBase#nearest}. */
public final class Suggestions {

    private static final int MAX = 3;

    private Suggestions() {
    }

    public static List<String> nearest(String typed, List<String> known) {
        String t = typed.strip().toLowerCase(java.util.Locale.ROOT);
        return KnowledgeBase.nearest(t, known, MAX);
    }

    /** {@code " (did you mean a, b?)"}, or {@code ""} when nothing is close. */
    public static String hint(String typed, List<String> known) {
        List<String> near = nearest(typed, known);
        return near.isEmpty() ? "" : " (did you mean " + String.join(", ", near) + "?)";
    }
}
