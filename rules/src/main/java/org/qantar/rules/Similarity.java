package org.qantar.rules;

/**
 * "Did you mean" support: ranks known ids by closeness to what was typed, and tells whether one is
 * plausibly what was meant (a shared prefix or containment, or a few typos), so that a wild guess
 * gets no suggestion rather than unrelated ones.
 */
final class Similarity {

    private Similarity() {
    }

    static int distance(String typed, String candidate) {
        if (candidate.startsWith(typed) || candidate.contains(typed)) {
            return Math.max(0, candidate.length() - typed.length()) / 4;
        }
        return levenshtein(typed, candidate);
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
        return levenshtein(typed, known) <= Math.max(2, typed.length() / 3);
    }

    static int levenshtein(String a, String b) {
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
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
