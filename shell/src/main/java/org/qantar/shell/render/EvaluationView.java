package org.qantar.shell.render;

import org.qantar.model.Confidence;
import org.qantar.model.Proposition;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Tension;

import java.util.List;

/** The status table (outcomes first, then drivers, then facts) and the short list of what a change moved. */
public final class EvaluationView {

    private EvaluationView() {
    }

    /**
     * Every proposition: status, value and the sources behind it, outcomes first, then drivers, then
     * facts; under a line naming the lens, the confidence floor and the record.
     */
    public static String status(Evaluation evaluation, KnowledgeBase kb, Screen screen) {
        return screen.paint(header(evaluation, kb), Style.DIM) + "\n" + table(evaluation, kb, screen);
    }

    /** The same without the line above it: for the session's status, under its {@link SessionHeader}. */
    public static String table(Evaluation evaluation, KnowledgeBase kb, Screen screen) {
        StringBuilder out = new StringBuilder();
        section(out, "Outcomes", kb.propositions().stream().filter(Proposition::isOutcome).toList(),
                evaluation, kb, screen);
        section(out, "Drivers", kb.propositions().stream().filter(Proposition::isDriver).toList(),
                evaluation, kb, screen);
        section(out, "Facts", kb.propositions().stream().filter(Proposition::isFact).toList(),
                evaluation, kb, screen);
        int tensions = evaluation.tensions().size();
        if (tensions > 0) {
            out.append(screen.paint(tensions + (tensions == 1 ? " claim pushes" : " claims push")
                    + " against your assumptions (see tensions)", Style.YELLOW)).append('\n');
        }
        return out.toString();
    }

    /** The lens, the confidence floor and the record, in one line. */
    public static String header(Evaluation e, KnowledgeBase kb) {
        String lens = e.lens().size() >= kb.sourceIds().size() ? "all sources" : String.join(", ", e.lens());
        String floor = e.minConfidence() == Confidence.POSSIBLE ? "every claim"
                : "claims " + e.minConfidence().label() + (e.minConfidence() == Confidence.LIKELY ? " or stated" : "");
        return "lens: " + lens + " \u00b7 counting " + floor + " \u00b7 record " + (e.record() ? "on" : "off");
    }

    private static void section(StringBuilder out, String title, List<Proposition> propositions,
                                Evaluation evaluation, KnowledgeBase kb, Screen screen) {
        if (propositions.isEmpty()) {
            return;
        }
        out.append('\n');
        out.append(screen.paint(title + " (" + propositions.size() + ")", Style.BOLD)).append('\n');
        Table t = Table.of(Table.Column.of("PROPOSITION"), Table.Column.of("STATUS"), Table.Column.of("VALUE"),
                Table.Column.of("STRENGTH"), Table.Column.wrapping("SOURCES"));
        for (Proposition p : propositions) {
            evaluation.status(p.id()).ifPresent(s -> t.row(Table.Cell.of(p.id()),
                    new Table.Cell(s.status().name() + (s.counterfactual() ? " counterfactual" : ""),
                            StatusText.style(s)),
                    Table.Cell.of(StatusText.value(s)),
                    Table.Cell.of(s.strength() == null ? StatusText.NO_VALUE : s.strength().label()),
                    Table.Cell.of(StatusText.supporters(s, kb))));
        }
        out.append(t.render(screen));
    }

    /**
     * What a change moved, one proposition a line ({@code id  OPEN -> SUPPORTED true}), or
     * {@code no status changed}; then a warning when tensions appeared or went.
     */
    public static String changes(List<Evaluation.Change> changes, Evaluation before, Evaluation after,
                                 Screen screen) {
        StringBuilder out = new StringBuilder();
        if (changes.isEmpty()) {
            out.append("no status changed\n");
        } else {
            int idWidth = changes.stream().mapToInt(c -> Text.width(c.proposition())).max().orElse(0);
            // As status orders them (newcomer #23: drivers and outcomes came mixed): outcomes, then
            // drivers, then facts, each by id.
            List<Evaluation.Change> ordered = changes.stream().sorted(java.util.Comparator
                    .comparingInt((Evaluation.Change c) -> kindOrder(after, c.proposition()))
                    .thenComparing(Evaluation.Change::proposition)).toList();
            for (Evaluation.Change c : ordered) {
                String from = c.before() == null ? "(new)" : StatusText.label(c.before(), screen);
                out.append(Text.truncate(Text.padRight(c.proposition(), idWidth), screen.width() / 2))
                        .append("  ").append(from).append(" -> ").append(StatusText.label(c.after(), screen))
                        .append('\n');
            }
        }
        int was = before.tensions().size();
        int now = after.tensions().size();
        if (now != was && now > 0) {
            out.append(screen.paint(now + (now == 1 ? " claim pushes" : " claims push")
                    + " against your assumptions (see tensions)", Style.YELLOW)).append('\n');
        }
        return out.toString();
    }

    private static int kindOrder(Evaluation evaluation, String proposition) {
        org.qantar.model.PropositionKind kind;
        try {
            kind = evaluation.kind(proposition);
        } catch (RuntimeException unknown) {
            return 3;
        }
        if (kind == null) {
            return 3;
        }
        return switch (kind) {
            case OUTCOME -> 0;
            case DRIVER -> 1;
            case FACT -> 2;
        };
    }

    /** The tensions, grouped by the assumption they push against, each claim with source and quote. */
    public static String tensions(Evaluation evaluation, KnowledgeBase kb, Screen screen) {
        List<Tension> tensions = evaluation.tensions();
        if (tensions.isEmpty()) {
            return "no tensions: no counted claim pushes against your assumptions\n";
        }
        StringBuilder out = new StringBuilder();
        String current = null;
        for (Tension t : tensions.stream().sorted(java.util.Comparator.comparing(Tension::proposition)).toList()) {
            if (!t.proposition().equals(current)) {
                current = t.proposition();
                PropositionStatus s = evaluation.status(current).orElseThrow();
                String assumed = Boolean.TRUE.equals(s.value()) ? current : "!" + current;
                out.append("you assume ").append(screen.paint(assumed, Style.CYAN)).append("; against it:\n");
            }
            kb.claim(t.claim()).ifPresent(c -> {
                out.append("  ").append(screen.paint(c.id(), Style.BOLD)).append(" (").append(c.source())
                        .append(", ").append(c.confidence().label()).append(")  ").append(StatusText.rule(c))
                        .append('\n');
                if (c.quote() != null) {
                    Text.indentWrapped("      ", "\"" + c.quote() + "\"", screen.width())
                            .forEach(l -> out.append(l).append('\n'));
                }
            });
        }
        return out.toString();
    }
}
