package org.qantar.rules.workbench;

import org.qantar.rules.KnowledgeBase;

import java.util.List;

/** "Did you mean" hints in the workbench's words, from {@link KnowledgeBase#nearest}. */
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
        return hint(nearest(typed, known));
    }

    /** {@code " (did you mean a, b?)"} for these suggestions, or {@code ""} when there are none. */
    public static String hint(List<String> near) {
        return near.isEmpty() ? "" : " (did you mean " + String.join(", ", near) + "?)";
    }
}
