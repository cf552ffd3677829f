package org.qantar.rules.oracle;

import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.rules.KnowledgeBase;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * graal-elder on each confidence cut, and the v2 status the cuts' answers give (DESIGN.md, "Evaluation
 * semantics (v2)"): SUPPORTED v with strength k, the strongest cut at which +∂v; otherwise the status on
 * the weakest cut, with strength the strongest cut at which either value is supported.
 */
final class CutOracle {

    private CutOracle() {
    }

    /** The cuts from {@code stated} down to {@code floor}, each the counted claims of at least that confidence. */
    static Map<Confidence, DefeasibleTheory> theories(KnowledgeBase kb, Collection<Claim> counted,
                                                     Collection<Literal> facts, Confidence floor) {
        Map<Confidence, DefeasibleTheory> out = new EnumMap<>(Confidence.class);
        for (Confidence k : Confidence.values()) {
            if (k.ordinal() > floor.ordinal()) {
                break;
            }
            List<Claim> cut = counted.stream().filter(c -> c.confidence().ordinal() <= k.ordinal()).toList();
            out.put(k, DefeasibleTheory.of(kb.propositionIds(), cut, facts));
        }
        return out;
    }

    /** graal-elder's labels per cut, or empty if it cannot label one of them (a loop). */
    static Optional<Map<Confidence, Map<Literal, String>>> labels(Map<Confidence, DefeasibleTheory> theories) {
        Map<Confidence, Map<Literal, String>> out = new EnumMap<>(Confidence.class);
        for (Map.Entry<Confidence, DefeasibleTheory> e : theories.entrySet()) {
            Optional<ElderOracle.Answer> a = ElderOracle.answer(e.getValue(), ElderOracle.Policy.PROPAGATION);
            if (a.isEmpty()) {
                return Optional.empty();
            }
            out.put(e.getKey(), a.get().labels());
        }
        return Optional.of(out);
    }

    /** Per proposition, {@code "STATUS [value] [strength]"}, e.g. {@code SUPPORTED true likely}, {@code OPEN}. */
    static Map<String, String> statuses(KnowledgeBase kb, Map<Confidence, Map<Literal, String>> byCut,
                                        Set<Literal> facts) {
        Map<String, String> out = new LinkedHashMap<>();
        Confidence weakest = byCut.keySet().stream().reduce((a, b) -> b).orElseThrow();
        for (String p : kb.propositionIds()) {
            Literal yes = new Literal(p, true);
            Literal no = yes.negate();
            if (facts.contains(yes) || facts.contains(no)) {
                out.put(p, "ASSUMED " + facts.contains(yes));
                continue;
            }
            String status = null;
            for (Map.Entry<Confidence, Map<Literal, String>> cut : byCut.entrySet()) {
                Map<Literal, String> l = cut.getValue();
                if (ElderOracle.proved(l.get(yes)) || ElderOracle.proved(l.get(no))) {
                    status = "SUPPORTED " + ElderOracle.proved(l.get(yes)) + " " + cut.getKey().label();
                    break;
                }
            }
            if (status == null) {
                status = ElderOracle.status(byCut.get(weakest), facts, p);
                for (Map.Entry<Confidence, Map<Literal, String>> cut : byCut.entrySet()) {
                    Map<Literal, String> l = cut.getValue();
                    if (ElderOracle.supported(l.get(yes)) || ElderOracle.supported(l.get(no))) {
                        status += " " + cut.getKey().label();
                        break;
                    }
                }
            }
            out.put(p, status);
        }
        return out;
    }
}
