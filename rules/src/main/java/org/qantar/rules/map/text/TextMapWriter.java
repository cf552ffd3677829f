package org.qantar.rules.map.text;

import org.qantar.rules.map.ArgumentMap;
import org.qantar.rules.map.ClaimNode;
import org.qantar.rules.map.Edge;
import org.qantar.rules.map.PropositionNode;
import org.qantar.rules.map.StatusLook;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The map as a compact indented outline for the terminal. Each proposition is followed by the claims
 * that conclude it, each claim by its premises and unless literals, and so on down; a node already
 * written in full is written again as one line ending in {@code (above)}, so every proposition and
 * claim appears in full exactly once. Roots are the map's focus, else the propositions no claim uses,
 * then whatever is left (in map order). With a focus, the claims it leads to follow under
 * {@code leads to:}.
 *
 * <pre>
 * ● x SUPPORTED true
 *   c-1 (src, stated, established) ⇒ x
 *     ◆ a ASSUMED true
 *     unless ○ d OPEN
 * </pre>
 */
public final class TextMapWriter {

    private static final String STEP = "  ";

    private final ArgumentMap map;
    private final StringBuilder out = new StringBuilder();
    private final Set<String> written = new HashSet<>();

    private TextMapWriter(ArgumentMap map) {
        this.map = map;
    }

    public static String write(ArgumentMap map) {
        return new TextMapWriter(map).all();
    }

    private String all() {
        if (map.focus() != null) {
            proposition(map.proposition(map.focus()).orElseThrow(), map.focus(), "", "");
            List<Edge> uses = map.outOf(map.focus());
            if (!uses.isEmpty()) {
                out.append("leads to:\n");
                for (Edge e : uses) {
                    downstream(e.claim(), STEP);
                }
            }
        } else {
            Set<String> used = new HashSet<>();
            map.edges().stream().filter(e -> e.kind() != Edge.EdgeKind.CONCLUSION).forEach(e -> used.add(e.from()));
            for (PropositionNode p : map.propositions()) {
                if (!used.contains(p.id())) {
                    proposition(p, p.id(), "", "");
                }
            }
        }
        for (PropositionNode p : map.propositions()) {
            if (!written.contains(p.id())) {
                proposition(p, p.id(), "", "");
            }
        }
        for (ClaimNode c : map.claims()) {
            if (!written.contains(c.id())) {
                upstream(c, "");
            }
        }
        return out.toString();
    }

    /** A proposition (as the literal it is used as) and, the first time, the claims concluding it. */
    private void proposition(PropositionNode p, String literal, String prefix, String indent) {
        out.append(indent).append(prefix).append(line(p, literal));
        if (!written.add(p.id())) {
            out.append(" (above)\n");
            return;
        }
        out.append('\n');
        for (Edge e : map.into(p.id())) {
            upstream(map.claim(e.claim()).orElseThrow(), indent + STEP);
        }
    }

    private void upstream(ClaimNode c, String indent) {
        out.append(indent).append(claimLine(c));
        if (!written.add(c.id())) {
            out.append(" (above)\n");
            return;
        }
        out.append('\n');
        for (Edge e : map.into(c.id())) {
            PropositionNode p = map.proposition(e.proposition()).orElseThrow();
            proposition(p, e.literal(), e.kind() == Edge.EdgeKind.UNLESS ? "unless " : "", indent + STEP);
        }
    }

    /** A claim that uses what came before, its conclusion, and what that leads to in turn. */
    private void downstream(String claimId, String indent) {
        ClaimNode c = map.claim(claimId).orElseThrow();
        if (written.contains(c.id())) {
            out.append(indent).append(claimLine(c)).append(" (above)\n");
            return;
        }
        upstream(c, indent);
        Edge conclusion = conclusionOf(c);
        PropositionNode p = map.proposition(conclusion.proposition()).orElseThrow();
        out.append(indent).append(STEP).append("so ").append(line(p, conclusion.literal()));
        if (!written.add(p.id())) {
            out.append(" (above)\n");
            return;
        }
        out.append('\n');
        for (Edge next : map.outOf(p.id())) {
            downstream(next.claim(), indent + STEP + STEP);
        }
    }

    private Edge conclusionOf(ClaimNode c) {
        return map.outOf(c.id()).get(0);
    }

    private String claimLine(ClaimNode c) {
        return c.id() + " (" + c.source() + ", " + c.confidence().label() + ", " + c.state().label() + ") ⇒ "
                + conclusionOf(c).literal() + (c.pushesAgainst() ? " · pushes against an assumption" : "");
    }

    static String line(PropositionNode p, String literal) {
        StringBuilder s = new StringBuilder();
        s.append(StatusLook.of(p).glyph()).append(' ').append(literal).append(' ').append(p.label());
        if (p.strength() != null) {
            s.append(" · ").append(p.strength());
        }
        if (p.counterfactual()) {
            s.append(" · counterfactual");
        }
        if (p.pushedAgainst()) {
            s.append(" · pushed against");
        }
        return s.toString();
    }
}
