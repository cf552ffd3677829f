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
 * semantics (v2)"): SUPPORTED v with strength k, the strongest cut at which +∂v, and as dissent the
 * claims for ¬v whose statement is supported on the weakest cut; otherwise the status on the weakest
 * cut, with strength the strongest cut at which either value is supported.
 */
final class CutOracle {

    private CutOracle() {
    }

    /** The cuts from {@code stated} down to {@code floor}, each the counted claims of at least that confidence. */
    static Map<Confidence, DefeasibleTheory> theories(KnowledgeBase kb, Collection<Claim> counted,
                                                     Collection<Literal> facts, Confidence floor) {
        Map<Confidence, DefeasibleTheory> out = new EnumMap<>(Confidence.class);
        for (Confidence k : Confidence.values()) {
            if (k.ordinal() <= floor.ordinal()) {
                List<Claim> cut = counted.stream().filter(c -> c.confidence().ordinal() <= k.ordinal()).toList();
                out.put(k, DefeasibleTheory.of(kb.propositionIds(), cut, facts));
            }
        }
        return out;
    }

    /** graal-elder's propagating answer on each cut, or empty if it cannot label one of them (a loop). */
    static Optional<Map<Confidence, ElderOracle.Answer>> answers(Map<Confidence, DefeasibleTheory> theories) {
        Map<Confidence, ElderOracle.Answer> out = new EnumMap<>(Confidence.class);
        for (Map.Entry<Confidence, DefeasibleTheory> e : theories.entrySet()) {
            Optional<ElderOracle.Answer> a = ElderOracle.answer(e.getValue(), ElderOracle.Policy.PROPAGATION);
            if (a.isEmpty()) {
                return Optional.empty();
            }
            out.put(e.getKey(), a.get());
        }
        return Optional.of(out);
    }

    /** Per reasoned proposition, as {@link RandomWorld#describe}; fixed ones are the caller's. */
    static Map<String, String> statuses(KnowledgeBase kb, Map<Confidence, DefeasibleTheory> theories,
                                        Map<Confidence, ElderOracle.Answer> answers) {
        Confidence weakest = answers.keySet().stream().reduce((a, b) -> b).orElseThrow();
        Set<String> firingOnWeakest = RandomWorld.firing(theories.get(weakest), answers.get(weakest), false);
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : kb.propositionIds()) {
            Literal yes = new Literal(p, true);
            Literal no = yes.negate();
            String status = null;
            for (Map.Entry<Confidence, ElderOracle.Answer> cut : answers.entrySet()) {
                Map<Literal, String> l = cut.getValue().labels();
                if (ElderOracle.proved(l.get(yes)) || ElderOracle.proved(l.get(no))) {
                    Literal v = ElderOracle.proved(l.get(yes)) ? yes : no;
                    List<String> dissent = kb.claims().stream()
                            .filter(c -> c.conclusion().equals(v.negate()) && firingOnWeakest.contains(c.id()))
                            .map(Claim::id).toList();
                    status = RandomWorld.describe("SUPPORTED " + v.value(), cut.getKey(), dissent);
                    break;
                }
            }
            if (status == null) {
                Confidence strength = null;
                for (Map.Entry<Confidence, ElderOracle.Answer> cut : answers.entrySet()) {
                    Map<Literal, String> l = cut.getValue().labels();
                    if (ElderOracle.supported(l.get(yes)) || ElderOracle.supported(l.get(no))) {
                        strength = cut.getKey();
                        break;
                    }
                }
                String onWeakest = ElderOracle.status(answers.get(weakest).labels(), Set.of(), p);
                status = RandomWorld.describe(onWeakest, strength, List.of());
            }
            out.put(p, status);
        }
        return out;
    }
}
