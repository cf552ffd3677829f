package org.qantar.shell.render;

import org.junit.jupiter.api.Test;
import org.qantar.rules.Justifier;
import org.qantar.rules.workbench.Conflict;
import org.qantar.rules.workbench.json.JsonViews;

import static org.assertj.core.api.Assertions.assertThat;

class JsonViewsTest {

    @Test
    void an_evaluation_has_exactly_the_evaluate_json_shape() {
        String json = JsonViews.evaluation(TinyKb.evaluate("x", "!y"));

        assertThat(json).isEqualTo("{\"assumptions\":[\"x\",\"!y\"],\"lens\":[\"alpha\",\"beta\"],\"propositions\":["
                + "{\"id\":\"x\",\"status\":\"ASSUMED\",\"value\":true,\"supportedBy\":[],\"contestedBy\":{\"true\":[],\"false\":[]},"
                + "\"kind\":\"driver\",\"strength\":null,\"dissent\":[],\"counterfactual\":false},"
                + "{\"id\":\"w\",\"status\":\"OPEN\",\"value\":null,\"supportedBy\":[],\"contestedBy\":{\"true\":[],\"false\":[]},"
                + "\"kind\":\"driver\",\"strength\":null,\"dissent\":[],\"counterfactual\":false},"
                + "{\"id\":\"y\",\"status\":\"ASSUMED\",\"value\":false,\"supportedBy\":[],\"contestedBy\":{\"true\":[],\"false\":[]},"
                + "\"kind\":\"outcome\",\"strength\":null,\"dissent\":[],\"counterfactual\":false},"
                + "{\"id\":\"z\",\"status\":\"SUPPORTED\",\"value\":false,\"supportedBy\":[\"b-1\"],\"contestedBy\":{\"true\":[],\"false\":[]},"
                + "\"kind\":\"outcome\",\"strength\":\"likely\",\"dissent\":[],\"counterfactual\":false},"
                + "{\"id\":\"v\",\"status\":\"OPEN\",\"value\":null,\"supportedBy\":[],\"contestedBy\":{\"true\":[],\"false\":[]},"
                + "\"kind\":\"outcome\",\"strength\":null,\"dissent\":[],\"counterfactual\":false}],"
                + "\"tensions\":[{\"proposition\":\"y\",\"claim\":\"a-1\",\"source\":\"alpha\"}],"
                + "\"record\":true,\"minConfidence\":\"possible\"}");
    }

    @Test
    void a_contested_proposition_lists_both_sides() {
        String json = JsonViews.evaluation(TinyKb.evaluate("x"));

        assertThat(json).contains("{\"id\":\"z\",\"status\":\"CONTESTED\",\"value\":null,\"supportedBy\":[],"
                + "\"contestedBy\":{\"true\":[\"a-2\"],\"false\":[\"b-1\"]},\"kind\":\"outcome\",\"strength\":\"likely\","
                + "\"dissent\":[],\"counterfactual\":false}");
    }

    @Test
    void why_and_conflicts_have_their_documented_shapes() {
        var e = TinyKb.evaluate("x");

        assertThat(JsonViews.why(Justifier.explain(TinyKb.KB, e, "y"))).isEqualTo(
                "{\"proposition\":\"y\",\"status\":\"SUPPORTED\",\"value\":true,\"support\":[{\"claim\":\"a-1\","
                        + "\"source\":\"alpha\",\"confidence\":\"stated\",\"quote\":\"quote of a-1\",\"conclusion\":\"y\","
                        + "\"premises\":[{\"literal\":\"x\",\"status\":\"ASSUMED true\",\"assumed\":true,\"shownAbove\":false,"
                        + "\"because\":[],\"strength\":null}],\"defeatedBy\":[]}],\"contested\":{\"true\":[],\"false\":[]},"
                        + "\"tensions\":[],\"strength\":\"stated\",\"counterfactual\":false,\"dissent\":[],\"record\":null}");
        assertThat(JsonViews.conflicts(Conflict.find(TinyKb.KB, java.util.List.of(), e))).isEqualTo(
                "{\"conflicts\":[{\"proposition\":\"z\",\"status\":\"CONTESTED\",\"value\":null,\"claims\":{"
                        + "\"true\":[{\"claim\":\"a-2\",\"source\":\"alpha\"}],\"false\":[{\"claim\":\"b-1\",\"source\":\"beta\"}]}}]}");
    }
}
