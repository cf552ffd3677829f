package org.qantar.shell.workbench;

import org.qantar.rules.KnowledgeBase;

import java.util.List;

/**
 * "Did you mean" candidates: {@link KnowledgeBase#nearest} ranks the known names, and only those
 * plausibly meant are kept (a shared prefix or containment, or a few typos), so that a wild guess
 * gets no suggestion rather than three unrelated ones.
 */
public final class Suggestions {

    private static final int MAX = 3;

    private Suggestions() {
    }

    public static List<String> nearest(String typed, List<String> known) {
        String t = typed.strip().toLowerCase(java.util.Locale.ROOT);
        return KnowledgeBase.nearest(t, known, MAX).stream().filter(k -> plausible(t, k)).toList();
    }

    /** {@code " (did you mean a, b?)"}, or {@code ""} when nothing is close. */
    public static String hint(String typed, List<String> known) {
        List<String> near = nearest(typed, known);
        return near.isEmpty() ? "" : " (did you mean " + String.join(", ", near) + "?)";
    }

    static boolean plausible(String typed, String known) {
        if (typed.isEmpty()) {
            return false;
        }
        if (known.contains(typed) || typed.contains(known)) {
            return true;
        }
        int prefix = Math.min(3, Math.min(typed.length(), known.length()));
        if (typed.length() >= 3 && known.startsWith(typed.substring(0, prefix))) {
            return true;
        }
        return edits(typed, known) <= Math.max(2, typed.length() / 3);
    }

    /** Levenshtein distance, for the cut-off only (ranking is the knowledge base's). */
    static int edits(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
