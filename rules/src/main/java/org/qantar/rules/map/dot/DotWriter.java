package org.qantar.rules.map.dot;

import org.qantar.rules.map.ArgumentMap;
import org.qantar.rules.map.ClaimNode;
import org.qantar.rules.map.ClaimState;
import org.qantar.rules.map.Edge;
import org.qantar.rules.map.PropositionNode;
import org.qantar.rules.map.StatusLook;

/**
 * The map as Graphviz source ({@code dot -Tsvg map.dot > map.svg}). Propositions are boxes whose
 * fill follows the status and value, whose first line is the status glyph and whose border is heavy
 * (doubled) for a set value, dashed for PLAUSIBLE, dotted for OPEN, with diagonals for CONTESTED;
 * claims are small ellipses with source and confidence, dashed while they only make their conclusion
 * possible. An unless edge is dashed with a bar head; a negated literal's edge is labelled {@code not}.
 * Node ids are {@code p:ID} for propositions and {@code c:ID} for claims.
 */
public final class DotWriter {

    private DotWriter() {
    }

    public static String write(ArgumentMap map) {
        StringBuilder s = new StringBuilder();
        s.append("digraph \"argument map\" {\n");
        s.append("  rankdir=LR;\n");
        s.append("  node [fontname=\"Helvetica\", fontsize=11];\n");
        s.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        for (PropositionNode p : map.propositions()) {
            s.append("  ").append(quote("p:" + p.id())).append(" [shape=box, style=\"").append(style(p))
                    .append("\", fillcolor=\"").append(StatusLook.of(p).fill()).append('"')
                    .append(StatusLook.of(p).doubled() ? ", peripheries=2" : "")
                    .append(", label=").append(quote(label(p))).append("];\n");
        }
        for (ClaimNode c : map.claims()) {
            s.append("  ").append(quote("c:" + c.id())).append(" [shape=ellipse, fontsize=9, style=\"")
                    .append(style(c)).append('"')
                    .append(c.pushesAgainst() ? ", color=\"#D55E00\", penwidth=2" : "")
                    .append(", label=").append(quote(label(c))).append("];\n");
        }
        for (Edge e : map.edges()) {
            String from = e.kind() == Edge.EdgeKind.CONCLUSION ? "c:" + e.from() : "p:" + e.from();
            String to = e.kind() == Edge.EdgeKind.CONCLUSION ? "p:" + e.to() : "c:" + e.to();
            s.append("  ").append(quote(from)).append(" -> ").append(quote(to)).append(attributes(e)).append(";\n");
        }
        s.append("}\n");
        return s.toString();
    }

    private static String style(PropositionNode p) {
        StatusLook look = StatusLook.of(p);
        String style = "filled";
        if (look.hatched()) {
            style += ",diagonals";
        }
        if (look.dash().equals("6 3")) {
            style += ",dashed";
        } else if (!look.dash().isEmpty()) {
            style += ",dotted";
        }
        if (look.doubled()) {
            style += ",bold";
        }
        return style;
    }

    private static String style(ClaimNode c) {
        return switch (c.state()) {
            case ESTABLISHED -> "solid";
            case POSSIBLE, DEFEATED -> "dashed";
            case IDLE -> "dotted";
        };
    }

    static String label(PropositionNode p) {
        StringBuilder s = new StringBuilder(StatusLook.of(p).glyph()).append(' ').append(p.id())
                .append('\n').append(p.label());
        if (p.strength() != null) {
            s.append(" · ").append(p.strength());
        }
        if (p.counterfactual()) {
            s.append("\ncounterfactual");
        }
        if (p.pushedAgainst()) {
            s.append("\n⚠ pushed against");
        }
        return s.toString();
    }

    static String label(ClaimNode c) {
        return c.id() + "\n" + c.source() + " · " + c.confidence().label()
                + (c.state() == ClaimState.ESTABLISHED ? "" : "\n" + c.state().label());
    }

    private static String attributes(Edge e) {
        String negation = e.positive() ? "" : "label=\"not\"";
        if (e.kind() == Edge.EdgeKind.UNLESS) {
            return " [style=dashed, arrowhead=tee, label=\"" + (e.positive() ? "unless" : "unless not") + "\"]";
        }
        return negation.isEmpty() ? "" : " [" + negation + "]";
    }

    /** A DOT double-quoted string; newlines become {@code \n}. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
