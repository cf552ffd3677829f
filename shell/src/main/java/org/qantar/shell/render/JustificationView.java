package org.qantar.shell.render;

import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.rules.Evaluation;
import org.qantar.rules.Justification;
import org.qantar.rules.Justification.ClaimNode;
import org.qantar.rules.Justification.PremiseNode;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.workbench.OpenReach;

import java.util.List;

/**
 * {@code why} as text: the proposition's status, then the claims behind it as an indented tree,
 * each claim with source, confidence, reasoning and its quote wrapped to the width, each premise
 * with its status and, unless assumed, the claims behind it in turn.
 */
public final class JustificationView {

    private static final String BRANCH = "├─ ";
    private static final String LAST = "└─ ";
    private static final String PIPE = "│  ";
    private static final String SPACE = "   ";

    private JustificationView() {
    }

    public static String render(Justification j, KnowledgeBase kb, Evaluation evaluation, Screen screen) {
        StringBuilder out = new StringBuilder();
        PropositionStatus s = j.status();
        out.append(screen.paint(j.proposition(), Style.BOLD)).append(" is ").append(StatusText.label(s, screen))
                .append(strength(s)).append('\n');
        switch (s.status()) {
            case RECORDED -> {
                kb.recorded(j.proposition()).ifPresent(f -> {
                    out.append("the record: reported by ").append(String.join(", ", f.sources())).append('\n');
                    if (f.quote() != null) {
                        Text.indentWrapped("  ", "\"" + f.quote() + "\"", screen.width())
                                .forEach(l -> out.append(l).append('\n'));
                    }
                });
                if (!j.support().isEmpty()) {
                    out.append("these claims agree:\n");
                    claims(out, j.support(), "", kb, screen);
                }
                if (!j.tensions().isEmpty()) {
                    out.append(screen.paint("pushing against it:", Style.YELLOW)).append('\n');
                    claims(out, j.tensions(), "", kb, screen);
                }
            }
            case ASSUMED -> {
                out.append(s.counterfactual() ? "you assumed it against the record (a counterfactual)" : "you assumed it");
                if (!j.support().isEmpty()) {
                    out.append("; these claims agree:\n");
                    claims(out, j.support(), "", kb, screen);
                } else {
                    out.append('\n');
                }
                if (!j.tensions().isEmpty()) {
                    out.append(screen.paint("pushing against it:", Style.YELLOW)).append('\n');
                    claims(out, j.tensions(), "", kb, screen);
                }
            }
            case SUPPORTED -> {
                out.append("established by:\n");
                claims(out, j.support(), "", kb, screen);
                if (!j.dissent().isEmpty()) {
                    out.append(screen.paint("weaker claims dissent (they make the opposite possible, "
                            + "but no claim as strong does):", Style.YELLOW)).append('\n');
                    claims(out, j.dissent(), "", kb, screen);
                }
            }
            case PLAUSIBLE -> {
                out.append("possible, but not established, through:\n");
                claims(out, j.support(), "", kb, screen);
            }
            case CONTESTED -> {
                out.append("possibly true because:\n");
                claims(out, j.supportTrue(), "", kb, screen);
                out.append("possibly false because:\n");
                claims(out, j.supportFalse(), "", kb, screen);
            }
            case OPEN -> open(out, j.proposition(), kb, evaluation, screen);
        }
        return out.toString();
    }

    private static void claims(StringBuilder out, List<ClaimNode> nodes, String indent, KnowledgeBase kb,
                               Screen screen) {
        for (int i = 0; i < nodes.size(); i++) {
            boolean last = i == nodes.size() - 1;
            claim(out, nodes.get(i), indent, last, kb, screen);
        }
    }

    private static void claim(StringBuilder out, ClaimNode c, String indent, boolean last, KnowledgeBase kb,
                              Screen screen) {
        String reasoning = kb.claim(c.claim()).map(StatusText::rule).orElse("=> " + c.conclusion());
        String head = c.claim() + " (" + c.source() + ", " + c.confidence().label() + ")  " + reasoning;
        String childIndent = indent + (last ? SPACE : PIPE);
        List<String> headLines = Text.wrap(head, screen.width() - Text.width(indent) - 3);
        out.append(indent).append(last ? LAST : BRANCH).append(screen.paint(headLines.get(0), Style.BOLD)).append('\n');
        headLines.stream().skip(1).forEach(l -> out.append(childIndent).append(l).append('\n'));
        String textIndent = childIndent;
        if (c.quote() != null && !c.quote().isBlank()) {
            for (String l : Text.wrap("\"" + c.quote() + "\"", screen.width() - Text.width(textIndent))) {
                out.append(textIndent).append(screen.paint(l, Style.DIM)).append('\n');
            }
        }
        if (!c.defeatedBy().isEmpty()) {
            out.append(textIndent).append(screen.paint("defeated: "
                    + String.join(", ", c.defeatedBy().stream().map(Literal::toString).toList()) + " may hold",
                    Style.YELLOW)).append('\n');
        }
        for (int i = 0; i < c.premises().size(); i++) {
            premise(out, c.premises().get(i), childIndent, i == c.premises().size() - 1, kb, screen);
        }
    }

    private static void premise(StringBuilder out, PremiseNode p, String indent, boolean last, KnowledgeBase kb,
                                Screen screen) {
        String note = p.assumed() ? " (assumed)" : p.shownAbove() ? " (see above)"
                : p.because().isEmpty() ? "" : ", because:";
        String strength = p.strength() == null ? "" : " (" + p.strength().label() + ")";
        String held = p.assumed() && p.status().startsWith("RECORDED") ? " (recorded)" : note;
        out.append(indent).append(last ? LAST : BRANCH).append(p.literal().toString()).append(": ")
                .append(screen.paint(p.status(), statusStyle(p.status()))).append(strength).append(held).append('\n');
        claims(out, p.because(), indent + (last ? SPACE : PIPE), kb, screen);
    }

    /** {@code  (strength stated)} after a status that has a strength, else nothing. */
    private static String strength(PropositionStatus s) {
        return s.strength() == null ? "" : " (strength " + s.strength().label() + ")";
    }

    /** For OPEN: the counted claims that could reach it, and which of their premises do not hold. */
    private static void open(StringBuilder out, String proposition, KnowledgeBase kb, Evaluation evaluation,
                             Screen screen) {
        List<Claim> reaching = OpenReach.claims(kb, evaluation, proposition);
        if (reaching.isEmpty()) {
            out.append("no counted claim concludes it either way\n");
            return;
        }
        out.append("no counted claim reaches it; these would, if their premises held:\n");
        for (int i = 0; i < reaching.size(); i++) {
            Claim c = reaching.get(i);
            boolean last = i == reaching.size() - 1;
            String head = c.id() + " (" + c.source() + ", " + c.confidence().label() + ")  " + StatusText.rule(c);
            String childIndent = last ? SPACE : PIPE;
            List<String> lines = Text.wrap(head, screen.width() - 3);
            out.append(last ? LAST : BRANCH).append(lines.get(0)).append('\n');
            lines.stream().skip(1).forEach(l -> out.append(childIndent).append(l).append('\n'));
            for (int k = 0; k < c.premises().size(); k++) {
                Literal premise = c.premises().get(k);
                String label = evaluation.status(premise.proposition()).map(PropositionStatus::label).orElse("?");
                out.append(childIndent).append(k == c.premises().size() - 1 ? LAST : BRANCH).append(premise)
                        .append(": ").append(screen.paint(label, statusStyle(label))).append('\n');
            }
        }
    }

    private static Style statusStyle(String label) {
        String word = label.contains(" ") ? label.substring(0, label.indexOf(' ')) : label;
        try {
            return StatusText.style(org.qantar.rules.Status.valueOf(word));
        } catch (IllegalArgumentException e) {
            return Style.NONE;
        }
    }
}
