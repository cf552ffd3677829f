package org.qantar.rules.oracle;

import org.qantar.model.Claim;
import org.qantar.model.Literal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The documented mapping (README, "How evaluation works") of one confidence cut — a set of counted
 * claims — and the assumptions to a defeasible theory without superiority relation, written in
 * graal-elder's DLGP dialect ({@code <=} defeasible rule, {@code <~} defeater, {@code !} conflict):
 *
 * <ul>
 *   <li>each proposition {@code p} is two atoms, {@code yes_p(k)} and {@code no_p(k)}, in conflict;</li>
 *   <li>each assumption is a (strict) fact;</li>
 *   <li>a claim without {@code unless} is one defeasible rule, premises ⇒ conclusion;</li>
 *   <li>a claim with {@code unless} literals goes through an auxiliary literal of its own,
 *       premises ⇒ {@code ok_c}, {@code ok_c} ⇒ conclusion, and each unless literal {@code u} is a
 *       defeater {@code u} ↝ ¬{@code ok_c}. A defeater against the conclusion itself would defeat every
 *       claim for it; against {@code ok_c} it defeats that claim only, as an {@code unless} does;</li>
 *   <li>a claim without premises rests on the fact {@code top_(k)}.</li>
 * </ul>
 * The tension rule needs no encoding: a fact is strict, and graal-elder labels a literal attacked by a
 * strict one strictly out, with everything built on it (see {@code TensionTest}).
 */
public final class DefeasibleTheory {

    private static final String TOP = "top_(k)";

    private final String dlgp;
    private final List<Literal> literals;
    private final Set<Literal> facts;
    /** Claim id → the key ({@link #statementKey}) of the statement concluding the claim's conclusion. */
    private final Map<String, String> concludingStatement;

    private DefeasibleTheory(String dlgp, List<Literal> literals, Set<Literal> facts,
                             Map<String, String> concludingStatement) {
        this.dlgp = dlgp;
        this.literals = literals;
        this.facts = facts;
        this.concludingStatement = concludingStatement;
    }

    /** The theory of {@code claims} (the counted ones) under {@code assumptions}, over {@code propositions}. */
    public static DefeasibleTheory of(Collection<String> propositions, Collection<Claim> claims,
                                      Collection<Literal> assumptions) {
        StringBuilder out = new StringBuilder();
        List<Literal> literals = new ArrayList<>();
        for (String p : propositions) {
            Literal yes = new Literal(p, true);
            literals.add(yes);
            literals.add(yes.negate());
            out.append("! :- ").append(atom(yes)).append(", ").append(atom(yes.negate())).append(".\n");
        }
        Set<Literal> facts = new LinkedHashSet<>(assumptions);
        facts.forEach(f -> out.append(atom(f)).append(".\n"));
        out.append(TOP).append(".\n");
        int index = 0;
        Map<String, String> concludingStatement = new LinkedHashMap<>();
        for (Claim c : claims) {
            String body = c.premises().isEmpty() ? TOP
                    : String.join(", ", c.premises().stream().map(DefeasibleTheory::atom).toList());
            String rule = "c" + index++;
            List<String> bodyAtoms = c.premises().isEmpty() ? List.of(TOP)
                    : c.premises().stream().map(DefeasibleTheory::atom).toList();
            List<String> concludingBody = c.unless().isEmpty() ? bodyAtoms : List.of("ok_" + rule + "(k)");
            concludingStatement.put(c.id(), statementKey(concludingBody, atom(c.conclusion())));
            if (c.unless().isEmpty()) {
                out.append('[').append(rule).append("] ").append(atom(c.conclusion())).append(" <= ").append(body)
                        .append(".\n");
                continue;
            }
            String ok = "ok_" + rule + "(k)";
            String notOk = "nok_" + rule + "(k)";
            out.append('[').append(rule).append("] ").append(ok).append(" <= ").append(body).append(".\n");
            out.append('[').append(rule).append("_then] ").append(atom(c.conclusion())).append(" <= ").append(ok)
                    .append(".\n");
            for (int u = 0; u < c.unless().size(); u++) {
                out.append('[').append(rule).append("_unless").append(u).append("] ").append(notOk).append(" <~ ")
                        .append(atom(c.unless().get(u))).append(".\n");
            }
            out.append("! :- ").append(ok).append(", ").append(notOk).append(".\n");
        }
        return new DefeasibleTheory(out.toString(), List.copyOf(literals), Set.copyOf(facts), concludingStatement);
    }

    /** A theory written by hand (to show what another mapping would give), over the same atoms. */
    public static DefeasibleTheory ofText(String dlgp, Collection<String> propositions, Collection<Literal> facts) {
        List<Literal> literals = new ArrayList<>();
        for (String p : propositions) {
            literals.add(new Literal(p, true));
            literals.add(new Literal(p, false));
        }
        return new DefeasibleTheory(dlgp, List.copyOf(literals), Set.copyOf(facts), Map.of());
    }

    /** The ground atom of a literal: {@code yes_p(k)} or {@code no_p(k)}. */
    public static String atom(Literal l) {
        String p = l.proposition();
        if (!p.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("proposition id " + p + " is not a DLGP predicate name");
        }
        return (l.value() ? "yes_" : "no_") + p + "(k)";
    }

    public String dlgp() {
        return dlgp;
    }

    /** Both literals of every proposition, in proposition order. */
    public List<Literal> literals() {
        return literals;
    }

    public Set<Literal> facts() {
        return facts;
    }

    /** Per claim id, the key of the statement that concludes what the claim concludes. */
    public Map<String, String> concludingStatement() {
        return concludingStatement;
    }

    /**
     * A statement's identity: its body atoms, sorted, and its head. graal-elder keeps one statement per
     * rule application, so two claims with the same premises and conclusion share one.
     */
    public static String statementKey(Collection<String> body, String head) {
        return String.join(",", new java.util.TreeSet<>(body)) + " -> " + head;
    }

    @Override
    public String toString() {
        return dlgp;
    }
}
