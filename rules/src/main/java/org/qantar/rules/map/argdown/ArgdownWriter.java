package org.qantar.rules.map.argdown;

import org.qantar.rules.map.ArgumentMap;
import org.qantar.rules.map.ClaimNode;
import org.qantar.rules.map.Edge;
import org.qantar.rules.map.PropositionNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The map in Argdown (argdown.org), so Argdown's own tools can draw and check it. Each proposition is
 * a titled statement {@code [id]} tagged with its status, with its status, value and strength as
 * data; a negated literal a claim uses is a statement {@code [not id]} contradictory ({@code ><}) to
 * {@code [id]}. Each claim is an argument {@code <claim-id>} (its name, quote, source and confidence
 * tagged and as data) reconstructed as a premise-conclusion structure over those statements; each
 * unless literal undercuts ({@code _>}) the argument.
 */
public final class ArgdownWriter {

    private ArgdownWriter() {
    }

    public static String write(ArgumentMap map) {
        StringBuilder s = new StringBuilder();
        s.append("===\ntitle: ").append(map.focus() == null ? "Qantar argument map" : "Qantar argument map around "
                + map.focus()).append("\n===\n\n# Propositions\n");
        Set<String> negated = new HashSet<>();
        map.edges().stream().filter(e -> !e.positive()).forEach(e -> negated.add(e.proposition()));
        for (PropositionNode p : map.propositions()) {
            s.append('\n').append('[').append(p.id()).append("]: ").append(text(p.statement())).append(" #")
                    .append(p.status().name().toLowerCase(Locale.ROOT)).append(' ').append(data(p)).append('\n');
            if (negated.contains(p.id())) {
                s.append("\n[not ").append(p.id()).append("]: Not: ").append(text(p.statement())).append('\n')
                        .append("  >< [").append(p.id()).append("]\n");
            }
        }
        s.append("\n# Claims\n");
        for (ClaimNode c : map.claims()) {
            s.append("\n<").append(c.id()).append(">: ").append(text(c.name())).append('.');
            if (!c.quote().isEmpty()) {
                s.append(" “").append(text(c.quote())).append('”');
            }
            s.append(" #(").append(c.source()).append(") #").append(c.confidence().label()).append(" {source: ")
                    .append(yaml(c.source())).append(", confidence: ").append(yaml(c.confidence().label()))
                    .append(", state: ").append(yaml(c.state().label())).append("}\n\n");
            List<Edge> in = map.into(c.id());
            List<String> premises = new ArrayList<>();
            List<String> unless = new ArrayList<>();
            for (Edge e : in) {
                (e.kind() == Edge.EdgeKind.UNLESS ? unless : premises).add(title(e));
            }
            int n = 1;
            for (String premise : premises) {
                s.append('(').append(n++).append(") ").append(premise).append('\n');
            }
            s.append("----\n(").append(n).append(") ").append(title(map.outOf(c.id()).get(0))).append('\n');
            for (String u : unless) {
                s.append('\n').append(u).append("\n  _> <").append(c.id()).append(">\n");
            }
        }
        return s.toString();
    }

    private static String title(Edge e) {
        return e.positive() ? "[" + e.proposition() + "]" : "[not " + e.proposition() + "]";
    }

    private static String data(PropositionNode p) {
        StringBuilder s = new StringBuilder("{status: ").append(yaml(p.status().name()));
        if (p.value() != null) {
            s.append(", value: ").append(p.value());
        }
        if (p.strength() != null) {
            s.append(", strength: ").append(yaml(p.strength()));
        }
        if (p.counterfactual()) {
            s.append(", counterfactual: true");
        }
        return s.append('}').toString();
    }

    /** Free text with Argdown's markup characters escaped, on one line. */
    static String text(String t) {
        StringBuilder s = new StringBuilder();
        for (char c : t.replace('\n', ' ').toCharArray()) {
            if ("\\[]<>#*_@{}".indexOf(c) >= 0) {
                s.append('\\');
            }
            s.append(c);
        }
        return s.toString();
    }

    private static String yaml(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
