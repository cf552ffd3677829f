package org.qantar.rules.workbench.sessions;

import org.qantar.model.Confidence;
import org.qantar.model.Prior;
import org.qantar.model.json.Json;
import org.qantar.rules.analysis.Interval;
import org.qantar.rules.analysis.SensitivityResult;
import org.qantar.rules.analysis.SimulationResult;
import org.qantar.rules.analysis.StatusValue;
import org.qantar.rules.workbench.AnalysisInputs;
import org.qantar.rules.workbench.KeptAnalysis;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The session file's field {@value #NAME}: the latest simulation and sensitivity analysis kept with
 * the working session, each with what it was run on and when, so that a report in a later process
 * (a one-shot {@code report} after a one-shot {@code simulate}) shows them and can tell whether they
 * are current. An extra top-level field, so the schema version stays and older Qantars keep it as
 * they keep any unknown field:
 *
 * <pre>{"simulation": {"ranAt": ISO instant,
 *                 "inputs": {"assumptions": [..], "lens": [..], "priors": {id: {"p"}|{"alpha","beta"}},
 *                            "record": bool, "minConfidence": label, "kbFingerprint": ".."},
 *                 "result": what simulate --json prints},
 *  "sensitivity": {the same, "result": what sensitivity --json prints}}</pre>
 *
 * Reading is strict and never throws: a field that is not exactly this shape reads as no analysis
 * (and stays in the file untouched until an analysis replaces it).
 */
public final class KeptAnalysesField {

    public static final String NAME = "analyses";

    private KeptAnalysesField() {
    }

    /** What was read: either analysis may be absent. */
    public record Read(Optional<KeptAnalysis<SimulationResult>> simulation,
                       Optional<KeptAnalysis<SensitivityResult>> sensitivity) {
        static final Read NONE = new Read(Optional.empty(), Optional.empty());
    }

    /** The field's value, or empty when neither analysis is kept. */
    public static Optional<JsonNode> encode(Optional<KeptAnalysis<SimulationResult>> simulation,
                                            Optional<KeptAnalysis<SensitivityResult>> sensitivity) {
        if (simulation.isEmpty() && sensitivity.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode field = Json.mapper().createObjectNode();
        simulation.ifPresent(k -> field.set("simulation", encode(k)));
        sensitivity.ifPresent(k -> field.set("sensitivity", encode(k)));
        return Optional.of(field);
    }

    /** The analyses in the field {@code node} (null: the file has none). */
    public static Read decode(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Read.NONE;
        }
        return new Read(decode(node.get("simulation"), KeptAnalysesField::simulation),
                decode(node.get("sensitivity"), KeptAnalysesField::sensitivity));
    }

    // ---------------------------------------------------------------- writing

    private static ObjectNode encode(KeptAnalysis<?> kept) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("ranAt", kept.ranAt().toString());
        AnalysisInputs in = kept.inputs();
        ObjectNode inputs = node.putObject("inputs");
        ArrayNode assumptions = inputs.putArray("assumptions");
        in.assumptions().forEach(assumptions::add);
        ArrayNode lens = inputs.putArray("lens");
        in.lens().forEach(lens::add);
        ObjectNode priors = inputs.putObject("priors");
        in.priors().forEach((id, p) -> {
            ObjectNode prior = priors.putObject(id);
            if (p.isBeta()) {
                prior.put("alpha", p.alpha());
                prior.put("beta", p.beta());
            } else {
                prior.put("p", p.p());
            }
        });
        inputs.put("record", in.record());
        inputs.put("minConfidence", in.minConfidence().label());
        inputs.put("kbFingerprint", in.kbFingerprint());
        node.set("result", Json.mapper().valueToTree(kept.result()));
        return node;
    }

    // ---------------------------------------------------------------- reading

    private interface ResultReader<T> {
        T read(JsonNode result);
    }

    private static <T> Optional<KeptAnalysis<T>> decode(JsonNode node, ResultReader<T> reader) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        try {
            Instant ranAt = Instant.parse(text(node, "ranAt"));
            AnalysisInputs inputs = inputs(object(node, "inputs"));
            return Optional.of(new KeptAnalysis<>(reader.read(object(node, "result")), inputs, ranAt));
        } catch (RuntimeException e) {
            // Not this shape (hand-edited, damaged, a future version's): no analysis, the field kept as it is.
            return Optional.empty();
        }
    }

    private static AnalysisInputs inputs(JsonNode node) {
        Map<String, Prior> priors = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : object(node, "priors").properties()) {
            JsonNode p = e.getValue();
            priors.put(e.getKey(), p.has("p") ? Prior.probability(number(p, "p"))
                    : Prior.beta(number(p, "alpha"), number(p, "beta")));
        }
        return new AnalysisInputs(strings(node, "assumptions"), strings(node, "lens"), priors, bool(node, "record"),
                Confidence.fromLabel(text(node, "minConfidence")), text(node, "kbFingerprint"));
    }

    private static SimulationResult simulation(JsonNode node) {
        List<SimulationResult.OutcomeDistribution> outcomes = new ArrayList<>();
        for (JsonNode o : array(node, "outcomes")) {
            Map<StatusValue, Double> p = new EnumMap<>(StatusValue.class);
            Map<StatusValue, Interval> ci = new EnumMap<>(StatusValue.class);
            for (StatusValue sv : StatusValue.values()) {
                p.put(sv, number(object(o, "probabilities"), sv.name()));
                ci.put(sv, interval(object(o, "intervals").get(sv.name())));
            }
            JsonNode strength = object(o, "strength");
            outcomes.add(new SimulationResult.OutcomeDistribution(text(o, "proposition"), p, ci,
                    new SimulationResult.Strength(number(strength, "stated"), number(strength, "atLeastLikely"))));
        }
        return new SimulationResult(whole(node, "samples"), longNumber(node, "seed"), outcomes);
    }

    private static SensitivityResult sensitivity(JsonNode node) {
        List<SensitivityResult.DriverEffect> drivers = new ArrayList<>();
        for (JsonNode d : array(node, "drivers")) {
            drivers.add(new SensitivityResult.DriverEffect(text(d, "driver"), number(d, "whenTrue"),
                    number(d, "whenFalse"), number(d, "effect"), interval(d.get("interval"))));
        }
        return new SensitivityResult(text(node, "target"), whole(node, "samples"), longNumber(node, "seed"),
                number(node, "probability"), drivers);
    }

    private static Interval interval(JsonNode pair) {
        if (pair == null || !pair.isArray() || pair.size() != 2 || !pair.get(0).isNumber() || !pair.get(1).isNumber()) {
            throw new IllegalArgumentException("not an interval: " + pair);
        }
        return new Interval(pair.get(0).doubleValue(), pair.get(1).doubleValue());
    }

    private static JsonNode object(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isObject()) {
            throw new IllegalArgumentException(field + " is not an object");
        }
        return v;
    }

    private static JsonNode array(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException(field + " is not an array");
        }
        return v;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isString()) {
            throw new IllegalArgumentException(field + " is not a string");
        }
        return v.stringValue();
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(node, field)) {
            if (!v.isString()) {
                throw new IllegalArgumentException(field + " holds a non-string");
            }
            out.add(v.stringValue());
        }
        return out;
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isBoolean()) {
            throw new IllegalArgumentException(field + " is not true or false");
        }
        return v.booleanValue();
    }

    private static double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new IllegalArgumentException(field + " is not a number");
        }
        return v.doubleValue();
    }

    private static int whole(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException(field + " is not a whole number");
        }
        return v.intValue();
    }

    private static long longNumber(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException(field + " is not a whole number");
        }
        return v.longValue();
    }
}
