package org.qantar.rules.oracle;

import fr.lirmm.graphik.graal.api.core.AtomSet;
import fr.lirmm.graphik.graal.api.core.AtomSetException;
import fr.lirmm.graphik.graal.api.core.Rule;
import fr.lirmm.graphik.graal.api.forward_chaining.ChaseException;
import fr.lirmm.graphik.graal.api.forward_chaining.RuleApplier;
import fr.lirmm.graphik.graal.defeasible.core.DefeasibleKnowledgeBase;
import fr.lirmm.graphik.graal.defeasible.core.DefeasibleKnowledgeBaseCollection;
import fr.lirmm.graphik.graal.elder.core.Premise;
import fr.lirmm.graphik.graal.elder.core.RuleApplication;
import fr.lirmm.graphik.graal.elder.core.SGEdge;
import fr.lirmm.graphik.graal.elder.core.Statement;
import fr.lirmm.graphik.graal.elder.core.StatementGraph;
import fr.lirmm.graphik.graal.elder.labeling.Labels;
import fr.lirmm.graphik.graal.elder.labeling.LabelingFunction;
import fr.lirmm.graphik.graal.elder.labeling.defeasible.logic.BDLwithoutTD;
import fr.lirmm.graphik.graal.elder.labeling.defeasible.logic.PDLwithoutTD;
import fr.lirmm.graphik.graal.forward_chaining.BreadthFirstChase;
import org.qantar.model.Literal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs graal-elder (Hecham, Bisquert, Croitoru, "On a flexible representation for defeasible reasoning
 * variants", AAMAS 2018: statement graphs whose labelling is proved equivalent to defeasible logic) on a
 * {@link DefeasibleTheory} and reads its label for every literal: {@code INstr}/{@code INdef} (proved,
 * +Δ/+∂), {@code AMBIG} (not proved but, under propagation, supported), {@code OUTstr} (attacked by a
 * fact), {@code UNSUP} (no support).
 *
 * <p>graal-elder does not evaluate loops (its README: "ELDR does not currently support cycles"): its
 * labelling recurses from a literal to the statements for and against it, and overflows the stack on a
 * loop. Before labelling, this adapter therefore sets the labels graal-elder's own first rules give —
 * a fact's literal {@code INstr} (a strict support wins before anything is looked at), the opposite of a
 * fact {@code OUTstr} (a strict attack wins) — which cuts every loop through an assumption, and then
 * looks for a loop among the remaining unlabelled nodes. If there is one, the theory is outside what
 * graal-elder decides, and the answer is empty.
 */
public final class ElderOracle {

    /** Team defeat is irrelevant without superiority; "without" is the literal reading. */
    public enum Policy {
        PROPAGATION, BLOCKING
    }

    private ElderOracle() {
    }

    /**
     * graal-elder's answer: its label per literal and per statement (by
     * {@link DefeasibleTheory#statementKey}), and whether the statement graph had a loop that the facts'
     * labels cut (a cycle of the claims that this world exercised).
     */
    public record Answer(Map<Literal, String> labels, Map<String, String> statementByKey,
                         boolean loopThroughAssumption) {
    }

    /** graal-elder's answer, or empty when the theory's statement graph has a loop it cannot label. */
    public static Optional<Answer> answer(DefeasibleTheory theory, Policy policy) {
        try {
            DefeasibleKnowledgeBase kb = new DefeasibleKnowledgeBase();
            kb.add(theory.dlgp());
            LabelingFunction labelling = policy == Policy.PROPAGATION
                    ? new PDLwithoutTD(kb.getRulePreferences())
                    : new BDLwithoutTD(kb.getRulePreferences());
            StatementGraph sg = new StatementGraph(new BreadthFirstSaturation(kb), labelling);
            sg.build();
            boolean loopBeforePresets = new LoopFinder().hasLoop(sg);
            for (Literal fact : theory.facts()) {
                presetLabel(sg, DefeasibleTheory.atom(fact), Labels.STRICT_IN);
                presetLabel(sg, DefeasibleTheory.atom(fact.negate()), Labels.STRICT_OUT);
            }
            if (new LoopFinder().hasLoop(sg)) {
                return Optional.empty();
            }
            Map<Literal, String> out = new LinkedHashMap<>();
            for (Literal l : theory.literals()) {
                Premise p = sg.getPremise(DefeasibleTheory.atom(l));
                out.put(l, p == null ? Labels.ASSUMED_OUT : sg.computeLabel(p));
            }
            Map<String, String> byKey = new LinkedHashMap<>();
            for (Statement s : sg.getAllStatements()) {
                if (s.getRuleApplication() != null && s.getPremises() != null) {
                    String key = DefeasibleTheory.statementKey(s.getPremises().stream().map(Premise::getAtom).toList(),
                            s.getRuleApplication().getGeneratedAtom());
                    byKey.put(key, sg.computeLabel(s));
                }
            }
            return Optional.of(new Answer(out, byKey, loopBeforePresets));
        } catch (Exception e) {
            throw new IllegalStateException("graal-elder failed on\n" + theory, e);
        }
    }

    /** The labels alone, for theories known to be loop-free (the fixtures). */
    public static Map<Literal, String> labels(DefeasibleTheory theory, Policy policy) {
        return answer(theory, policy).orElseThrow(() -> new IllegalArgumentException("loop in\n" + theory)).labels();
    }

    /**
     * graal's default saturation ({@code SccChase}) overflows the stack on some rule-dependency graphs with
     * cycles (in graal-util's {@code StronglyConnectedComponentsGraph.computeLayersRec}); a breadth-first
     * chase computes the same saturation (ground rules, finitely many atoms) without the layering.
     */
    private static final class BreadthFirstSaturation extends DefeasibleKnowledgeBaseCollection {
        private AtomSet saturated;

        BreadthFirstSaturation(DefeasibleKnowledgeBase kb) {
            super(kb);
        }

        @Override
        public AtomSet saturate(RuleApplier<Rule, AtomSet> applier) throws ChaseException, AtomSetException {
            saturated = getFacts();
            new BreadthFirstChase(getRules().iterator(), saturated, applier).execute();
            return saturated;
        }

        @Override
        public AtomSet getSaturatedFacts() {
            return saturated;
        }
    }

    private static void presetLabel(StatementGraph sg, String atom, String label) {
        Premise p = sg.getPremise(atom);
        if (p != null) {
            p.setLabel(label);
        }
    }

    /** Proved defeasibly (+∂, or +Δ for a fact). */
    public static boolean proved(String label) {
        return label.equals(Labels.STRICT_IN) || label.equals(Labels.DEFEASIBLE_IN);
    }

    /** Supported: proved, or ambiguous (under propagation, ambiguous literals still support and attack). */
    public static boolean supported(String label) {
        return proved(label) || label.equals(Labels.AMBIGUOUS);
    }

    /**
     * The Qantar status the oracle's labels give proposition {@code p}: ASSUMED for a fact; SUPPORTED v
     * iff +∂v; otherwise CONTESTED if both literals are supported, PLAUSIBLE v if only v is, else OPEN.
     */
    public static String status(Map<Literal, String> labels, Set<Literal> facts, String p) {
        Literal yes = new Literal(p, true);
        Literal no = yes.negate();
        if (facts.contains(yes) || facts.contains(no)) {
            return "ASSUMED " + facts.contains(yes);
        }
        String t = labels.get(yes);
        String f = labels.get(no);
        if (proved(t) || proved(f)) {
            return "SUPPORTED " + proved(t);
        }
        if (supported(t) && supported(f)) {
            return "CONTESTED";
        }
        if (supported(t) || supported(f)) {
            return "PLAUSIBLE " + supported(t);
        }
        return "OPEN";
    }

    /**
     * Depth-first search over what graal-elder's labelling would visit from an unlabelled node: a premise
     * visits the statements for and against it, a statement its premises and rule application, a
     * defeasible rule application the statements against it (defeaters). A node met again while still
     * on the path is a loop.
     */
    private static final class LoopFinder {
        private final Set<Object> done = new HashSet<>();
        private final Set<Object> onPath = new HashSet<>();

        boolean hasLoop(StatementGraph sg) {
            for (Premise p : sg.getAllPremises()) {
                if (visit(p)) {
                    return true;
                }
            }
            return false;
        }

        private boolean visit(Object node) {
            if (done.contains(node)) {
                return false;
            }
            if (!onPath.add(node)) {
                return true;
            }
            for (Object next : successors(node)) {
                if (visit(next)) {
                    return true;
                }
            }
            onPath.remove(node);
            done.add(node);
            return false;
        }

        private static Set<Object> successors(Object node) {
            Set<Object> out = new HashSet<>();
            if (node instanceof Premise p && p.getLabel() == null) {
                p.getSupportEdges().forEach(e -> out.add(e.getSource()));
                p.getAttackEdges().forEach(e -> out.add(e.getSource()));
            } else if (node instanceof Statement s && s.getLabel() == null) {
                if (s.getPremises() != null) {
                    out.addAll(s.getPremises());
                }
                if (s.getRuleApplication() != null) {
                    out.add(s.getRuleApplication());
                }
            } else if (node instanceof RuleApplication r && r.getLabel() == null
                    && (r.isDefeasible() || r.isDefeater())) {
                for (SGEdge e : r.getAttackEdges()) {
                    out.add(e.getSource());
                }
            }
            return out;
        }
    }
}
