package org.qantar.shell.render;

import org.qantar.model.Literal;
import org.qantar.model.Prior;
import org.qantar.model.Proposition;
import org.qantar.model.json.Json;
import org.qantar.rules.KnowledgeBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code priors}: every driver with the prior the analyses draw it from (0.5 where none is set),
 * and whether an assumption holds it fixed. As JSON:
 * {@code {"priors":[{"driver","prior":{"p":..}|{"alpha":..,"beta":..},"mean","set","assumed"}]}},
 * {@code assumed} being the assumed value or null.
 */
public final class PriorsView {

    private PriorsView() {
    }

    public record PriorJson(String driver, Prior prior, double mean, boolean set, Boolean assumed) {
    }

    public record PriorsJson(List<PriorJson> priors) {
    }

    public static String json(KnowledgeBase kb, Map<String, Prior> priors, List<Literal> assumptions) {
        List<PriorJson> rows = new ArrayList<>();
        for (Proposition p : drivers(kb)) {
            Prior prior = priors.getOrDefault(p.id(), Prior.UNIFORM);
            rows.add(new PriorJson(p.id(), prior, prior.mean(), priors.containsKey(p.id()),
                    assumed(assumptions, p.id()).orElse(null)));
        }
        return Json.write(new PriorsJson(rows));
    }

    public static String render(KnowledgeBase kb, Map<String, Prior> priors, List<Literal> assumptions, Screen screen) {
        Table t = Table.of(Table.Column.of("DRIVER"), Table.Column.of("PRIOR"), Table.Column.right("MEAN"),
                Table.Column.wrapping("NOTE"));
        for (Proposition p : drivers(kb)) {
            Prior prior = priors.get(p.id());
            Optional<Boolean> held = assumed(assumptions, p.id());
            t.row(Table.Cell.of(p.id()),
                    prior == null ? new Table.Cell(Prior.UNIFORM + " (default)", Style.DIM) : Table.Cell.of(prior.toString()),
                    Table.Cell.of(String.format(Locale.ROOT, "%.2f", (prior == null ? Prior.UNIFORM : prior).mean())),
                    held.map(v -> new Table.Cell("assumed " + v + ": held fixed", Style.CYAN)).orElse(Table.Cell.of("")));
        }
        StringBuilder out = new StringBuilder(t.render(screen));
        List<String> ignored = priors.keySet().stream()
                .filter(id -> kb.proposition(id).map(p -> !p.isDriver()).orElse(true)).toList();
        if (!ignored.isEmpty()) {
            out.append(screen.paint("ignored (not a driver of this knowledge base): " + String.join(", ", ignored),
                    Style.YELLOW)).append('\n');
        }
        return out.toString();
    }

    private static List<Proposition> drivers(KnowledgeBase kb) {
        return kb.propositions().stream().filter(Proposition::isDriver).toList();
    }

    private static Optional<Boolean> assumed(List<Literal> assumptions, String id) {
        return assumptions.stream().filter(l -> l.proposition().equals(id)).map(Literal::value).findFirst();
    }
}
