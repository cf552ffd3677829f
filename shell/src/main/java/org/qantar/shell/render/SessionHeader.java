package org.qantar.shell.render;

import org.qantar.model.Confidence;
import org.qantar.rules.KnowledgeBase;

import java.util.List;

/**
 * What the results on screen were computed under, said where it matters (newcomer trial #8: with
 * {@code lens cepa} nothing told you that only one of four voices counted): the session, how many
 * assumptions, the lens, the confidence floor, the record and unsaved changes. One line at the
 * head of {@code status}, {@code simulate} and {@code compare} (wrapped between its parts on a
 * narrow screen), and its short form in the prompt.
 *
 * @param session       the working session's name
 * @param assumed       how many assumptions are set (those about unknown propositions included)
 * @param lens          the counted sources; empty counts every source
 * @param unsaved       whether the working session has changes its file does not have
 * @param minConfidence the confidence floor: only claims at least this confident count
 * @param record        whether the record of facts holds
 */
public record SessionHeader(String session, int assumed, List<String> lens, boolean unsaved,
                            Confidence minConfidence, boolean record) {

    private static final String SEPARATOR = " \u00b7 ";

    public SessionHeader {
        lens = List.copyOf(lens);
    }

    /**
     * {@code session afternoon (unsaved changes) · 3 assumed · lens cepa: 1 of 4 voices · every claim
     * · record on}.
     */
    public String line(KnowledgeBase kb) {
        return String.join(SEPARATOR, parts(kb));
    }

    private List<String> parts(KnowledgeBase kb) {
        int voices = kb.voices().size();
        String lensText = lens.isEmpty() ? "lens all: " + voices + " of " + voices + " voices"
                : "lens " + String.join(", ", lens) + ": " + lens.size() + " of " + voices
                + (voices == 1 ? " voice" : " voices");
        return List.of("session " + session + (unsaved ? " (unsaved changes)" : ""), assumed + " assumed",
                lensText, floor(minConfidence), "record " + (record ? "on" : "off"));
    }

    /** {@code every claim}, {@code claims ≥ likely} or {@code claims ≥ stated}. */
    public static String floor(Confidence minConfidence) {
        return minConfidence == Confidence.POSSIBLE ? "every claim" : "claims \u2265 " + minConfidence.label();
    }

    /**
     * The header painted dim, as context rather than result, with a line break; on a screen
     * narrower than the line, broken between its parts (a part longer than a line is wrapped).
     */
    public String render(KnowledgeBase kb, Screen screen) {
        int width = screen.width();
        List<String> lines = Text.packParts(parts(kb), SEPARATOR, width);
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            out.append(screen.paint(l, Style.DIM)).append('\n');
        }
        return out.toString();
    }

    /** The prompt's part: {@code afternoon* · 3 assumed · lens cepa} ({@code *}: unsaved changes; no lens part for all). */
    public String promptPart() {
        return session + (unsaved ? "*" : "") + SEPARATOR + assumed + " assumed"
                + (lens.isEmpty() ? "" : SEPARATOR + "lens " + String.join(",", lens));
    }
}
