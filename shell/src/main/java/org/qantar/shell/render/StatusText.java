package org.qantar.shell.render;

import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Status;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/** How statuses, values, literals and claims read as short text, shared by the views. */
public final class StatusText {

    /** Shown where a status has no value. */
    public static final String NO_VALUE = "-";

    private StatusText() {
    }

    /** ASSUMED and RECORDED cyan, SUPPORTED green, CONTESTED red, PLAUSIBLE yellow, OPEN dim. */
    public static Style style(Status status) {
        return switch (status) {
            case ASSUMED, RECORDED -> Style.CYAN;
            case SUPPORTED -> Style.GREEN;
            case CONTESTED -> Style.RED;
            case PLAUSIBLE -> Style.YELLOW;
            case OPEN -> Style.DIM;
        };
    }

    public static String value(PropositionStatus s) {
        return s.value() == null ? NO_VALUE : s.value().toString();
    }

    /** {@code SUPPORTED true}, {@code OPEN}, painted in the status's colour. */
    public static String label(PropositionStatus s, Screen screen) {
        return screen.paint(s.label(), style(s.status()));
    }

    /** The distinct sources of these claims, in the order the claims are given. */
    public static List<String> sources(List<String> claimIds, KnowledgeBase kb) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String id : claimIds) {
            kb.claim(id).ifPresent(c -> out.add(c.source()));
        }
        return List.copyOf(out);
    }

    /** Who carries the status: the supporting sources, or both sides of a contest. */
    public static String supporters(PropositionStatus s, KnowledgeBase kb) {
        if (s.status() == Status.RECORDED) {
            return kb.recorded(s.id()).map(f -> "record: " + String.join(", ", f.sources())).orElse("record");
        }
        if (s.status() == Status.CONTESTED) {
            return "true: " + String.join(", ", sources(s.contestedTrue(), kb))
                    + " / false: " + String.join(", ", sources(s.contestedFalse(), kb));
        }
        return String.join(", ", sources(s.supportedBy(), kb));
    }

    /** A claim's reasoning in one line: {@code a, !b => c unless d}; no premises reads {@code => c}. */
    public static String rule(Claim c) {
        String premises = c.premises().stream().map(Literal::toString).collect(Collectors.joining(", "));
        String unless = c.unless().isEmpty() ? ""
                : " unless " + c.unless().stream().map(Literal::toString).collect(Collectors.joining(", "));
        return (premises.isEmpty() ? "" : premises + " ") + "=> " + c.conclusion() + unless;
    }
}
