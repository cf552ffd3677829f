package org.qantar.shell.render;

import org.qantar.rules.KnowledgeBase;

import java.util.List;

/**
 * What the results on screen were computed under, said where it matters (newcomer trial #8: with
 * {@code lens cepa} nothing told you that only one of four voices counted): the session, how many
 * assumptions, the lens, and unsaved changes. One line at the head of {@code status},
 * {@code simulate} and {@code compare}, and its short form in the prompt.
 *
 * @param session  the working session's name
 * @param assumed  how many assumptions are set (those about unknown propositions included)
 * @param lens     the counted sources; empty counts every source
 * @param unsaved  whether the working session has changes its file does not have
 */
public record SessionHeader(String session, int assumed, List<String> lens, boolean unsaved) {

    public SessionHeader {
        lens = List.copyOf(lens);
    }

    /** {@code session afternoon (unsaved changes) · 3 assumed · lens cepa: 1 of 4 voices}. */
    public String line(KnowledgeBase kb) {
        int voices = kb.voices().size();
        String lensText = lens.isEmpty() ? "lens all: " + voices + " of " + voices + " voices"
                : "lens " + String.join(", ", lens) + ": " + lens.size() + " of " + voices
                + (voices == 1 ? " voice" : " voices");
        return "session " + session + (unsaved ? " (unsaved changes)" : "") + " \u00b7 " + assumed + " assumed \u00b7 "
                + lensText;
    }

    /** The header painted dim, as context rather than result, with a line break. */
    public String render(KnowledgeBase kb, Screen screen) {
        return screen.paint(line(kb), Style.DIM) + "\n";
    }

    /** The prompt's part: {@code afternoon* · 3 assumed · lens cepa} ({@code *}: unsaved changes; no lens part for all). */
    public String promptPart() {
        return session + (unsaved ? "*" : "") + " \u00b7 " + assumed + " assumed"
                + (lens.isEmpty() ? "" : " \u00b7 lens " + String.join(",", lens));
    }
}
