package org.qantar.shell.render;

import org.qantar.model.Literal;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.analysis.ReachResult;

import java.util.List;

/**
 * {@code reach} as text: where the target stands, then each minimal set of changes, smallest
 * first, with the claims (and their sources) that would then carry it.
 */
public final class ReachView {

    private ReachView() {
    }

    /**
     * @param concludable whether some counted claim concludes the target literal: if none does, no
     *                    number of changes can make it SUPPORTED, and more changes are not suggested
     */
    public static String render(ReachResult result, KnowledgeBase kb, boolean concludable, Screen screen) {
        Literal target = result.targetLiteral();
        String goal = "SUPPORTED " + target.value();
        StringBuilder out = new StringBuilder();
        if (result.alreadySupported()) {
            out.append(target.proposition()).append(" is already ").append(goal).append('\n');
            carried(out, result.sets().get(0).carriedBy(), "   ", kb, screen);
            return out.toString();
        }
        out.append(target.proposition()).append(" is ").append(result.now()).append(" now. ");
        int n = result.sets().size();
        if (n == 0 && !concludable) {
            out.append("No counted claim concludes ").append(target).append(", so no change can make it ")
                    .append(goal).append(" (claims --about ").append(target.proposition())
                    .append(" lists what the sources say on it)\n");
            return out.toString();
        }
        if (n == 0) {
            out.append("No set of at most ").append(result.maxChanges()).append(result.maxChanges() == 1 ? " change" : " changes")
                    .append(" makes it ").append(goal).append(" (try --max-changes ").append(result.maxChanges() + 1)
                    .append(")\n");
            return out.toString();
        }
        out.append(n).append(n == 1 ? " minimal way" : " minimal ways").append(" to make it ").append(goal)
                .append(" (at most ").append(result.maxChanges()).append(result.maxChanges() == 1 ? " change" : " changes")
                .append("; each needs all of its changes):\n");
        for (int i = 0; i < n; i++) {
            ReachResult.ChangeSet set = result.sets().get(i);
            String number = (i + 1) + ". ";
            String indent = " ".repeat(number.length());
            List<String> changes = set.changes().stream().map(ReachResult.Change::describe).toList();
            List<String> lines = Text.indentWrapped(indent, String.join(" + ", changes), screen.width());
            out.append(number).append(lines.get(0).substring(indent.length())).append('\n');
            lines.subList(1, lines.size()).forEach(l -> out.append(l).append('\n'));
            carried(out, set.carriedBy(), indent, kb, screen);
        }
        return out.toString();
    }

    private static void carried(StringBuilder out, List<String> claims, String indent, KnowledgeBase kb, Screen screen) {
        List<String> named = claims.stream()
                .map(id -> id + kb.claim(id).map(c -> " (" + c.source() + ")").orElse("")).toList();
        for (String line : Text.indentWrapped(indent, "carried by " + String.join(", ", named), screen.width())) {
            out.append(indent).append(screen.paint(line.substring(indent.length()), Style.DIM)).append('\n');
        }
    }
}
