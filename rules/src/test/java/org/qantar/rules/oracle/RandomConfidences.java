package org.qantar.rules.oracle;

import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.testkb.SyntheticKb;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A synthetic knowledge base whose claims get seeded random confidences ({@link SyntheticKb} writes
 * every claim {@code likely}): the same confidences in the claim graph and in the DRL that Drools reads.
 */
final class RandomConfidences {

    private final KnowledgeBase kb;
    private final Map<String, String> drl;

    private RandomConfidences(KnowledgeBase kb, Map<String, String> drl) {
        this.kb = kb;
        this.drl = drl;
    }

    static RandomConfidences of(SyntheticKb spec, long seed) {
        Random random = new Random(seed ^ 0x9E3779B97F4A7C15L);
        KnowledgeBase plain = spec.knowledgeBase();
        Map<String, Confidence> drawn = new HashMap<>();
        List<Claim> claims = plain.claims().stream().map(c -> {
            Confidence k = Confidence.values()[random.nextInt(Confidence.values().length)];
            drawn.put(c.id(), k);
            return new Claim(c.id(), c.source(), c.name(), c.premises(), c.unless(), c.conclusion(), k, c.section(),
                    c.quote(), c.paraphrase());
        }).toList();
        KnowledgeBase kb = new KnowledgeBase(plain.sources(), plain.propositions(), claims, plain.positions(),
                plain.fingerprint());
        Map<String, String> drl = new LinkedHashMap<>();
        spec.drlFiles().forEach((path, text) -> {
            String out = text;
            for (Map.Entry<String, Confidence> e : drawn.entrySet()) {
                out = out.replaceAll("(@claim\\(\"" + Pattern.quote(e.getKey())
                                        + "\"\\) @source\\(\"[^\"]*\"\\) @confidence\\(\")likely(\"\\))",
                                "$1" + e.getValue().label() + "$2");
            }
            drl.put(path, out);
        });
        return new RandomConfidences(kb, drl);
    }

    KnowledgeBase knowledgeBase() {
        return kb;
    }

    Map<String, String> drlFiles() {
        return drl;
    }
}
