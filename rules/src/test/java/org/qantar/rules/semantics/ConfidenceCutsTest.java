package org.qantar.rules.semantics;

import org.junit.jupiter.api.Test;
import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Status;
import org.qantar.rules.graph.GraphEvaluator;
import org.qantar.rules.testkb.SyntheticKb;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qantar.model.Confidence.LIKELY;
import static org.qantar.model.Confidence.POSSIBLE;
import static org.qantar.model.Confidence.STATED;

/**
 * The three properties issue 10 names for evaluation at confidence cuts, on the graph evaluator
 * (the differential tests hold Drools to the same answers): a chain through a {@code possible}
 * claim supports only at strength {@code possible}; a {@code possible} claim never overturns a
 * {@code stated} one; adding a weaker claim never lowers a stronger conclusion's strength.
 */
class ConfidenceCutsTest {

    private static Evaluation evaluate(KnowledgeBase kb, String... assumptions) {
        List<Literal> literals = new ArrayList<>();
        for (String a : assumptions) {
            literals.add(Literal.parse(a));
        }
        return new GraphEvaluator(kb).evaluate(literals, kb.sourceIds(), true, POSSIBLE);
    }

    private static PropositionStatus status(Evaluation e, String id) {
        return e.status(id).orElseThrow();
    }

    @Test
    void a_chain_through_a_possible_claim_supports_only_at_strength_possible() {
        KnowledgeBase kb = new SyntheticKb()
                .claim("s", STATED, "a -> b")
                .claim("s", POSSIBLE, "b -> c")
                .claim("s", STATED, "c -> d")
                .claim("s", LIKELY, "a -> e")
                .claim("s", STATED, "e -> f")
                .knowledgeBase();

        Evaluation e = evaluate(kb, "a");

        assertThat(status(e, "b").strength()).isEqualTo(STATED);
        assertThat(status(e, "c").strength()).isEqualTo(POSSIBLE);
        assertThat(status(e, "d").label()).isEqualTo("SUPPORTED true");
        assertThat(status(e, "d").strength()).isEqualTo(POSSIBLE);
        assertThat(status(e, "f").strength()).isEqualTo(LIKELY);
    }

    @Test
    void a_possible_claim_never_overturns_a_stated_one_it_is_the_dissent() {
        KnowledgeBase kb = new SyntheticKb()
                .claim("cautious", STATED, "a -> x")
                .claim("bold", POSSIBLE, "a -> !x")
                .claim("bold", POSSIBLE, "a -> y")
                .claim("cautious", STATED, "a -> !y")
                .knowledgeBase();
        String weaker = "bold-02";

        Evaluation e = evaluate(kb, "a");

        PropositionStatus x = status(e, "x");
        assertThat(x.label()).isEqualTo("SUPPORTED true");
        assertThat(x.strength()).isEqualTo(STATED);
        assertThat(x.dissent()).containsExactly(weaker);
        assertThat(status(e, "y").label()).isEqualTo("SUPPORTED false");
        // On the weakest cut alone the two would be a contest.
        assertThat(e.strata().possible()).contains(Literal.parse("x"), Literal.parse("!x"));
    }

    @Test
    void two_stated_claims_against_each_other_are_a_firm_contest() {
        KnowledgeBase kb = new SyntheticKb()
                .claim("one", STATED, "a -> x")
                .claim("two", STATED, "a -> !x")
                .claim("two", POSSIBLE, "a -> z")
                .claim("one", POSSIBLE, "a -> !z")
                .knowledgeBase();

        Evaluation e = evaluate(kb, "a");

        assertThat(status(e, "x").status()).isEqualTo(Status.CONTESTED);
        assertThat(status(e, "x").strength()).isEqualTo(STATED);
        assertThat(status(e, "z").status()).isEqualTo(Status.CONTESTED);
        assertThat(status(e, "z").strength()).isEqualTo(POSSIBLE);
    }

    @Test
    void the_confidence_floor_counts_only_claims_at_or_above_it() {
        KnowledgeBase kb = new SyntheticKb()
                .claim("s", STATED, "a -> x")
                .claim("s", POSSIBLE, "a -> !x")
                .claim("s", LIKELY, "a -> y")
                .knowledgeBase();
        GraphEvaluator graph = new GraphEvaluator(kb);

        Evaluation likely = graph.evaluate(List.of(Literal.parse("a")), kb.sourceIds(), true, LIKELY);
        Evaluation stated = graph.evaluate(List.of(Literal.parse("a")), kb.sourceIds(), true, STATED);

        assertThat(likely.minConfidence()).isEqualTo(LIKELY);
        assertThat(status(likely, "x").dissent()).isEmpty();
        assertThat(status(likely, "y").label()).isEqualTo("SUPPORTED true");
        assertThat(status(stated, "y").label()).isEqualTo("OPEN");
        assertThat(stated.cuts().keySet()).containsExactly(STATED);
    }

    @Test
    void adding_a_weaker_claim_never_lowers_a_stronger_conclusions_strength() {
        Random random = new Random(10);
        int checked = 0;
        for (long seed = 1; seed <= 60; seed++) {
            SyntheticKb spec = SyntheticKb.random(seed, 10, 24, 3, true);
            KnowledgeBase before = spec.knowledgeBase();
            for (int extra = 0; extra < 5; extra++) {
                Claim added = randomClaim(random, before, extra);
                KnowledgeBase after = with(before, added);
                for (int world = 0; world < 10; world++) {
                    List<Literal> assumptions = new ArrayList<>();
                    for (String p : before.propositionIds()) {
                        if (random.nextInt(4) == 0) {
                            assumptions.add(new Literal(p, random.nextBoolean()));
                        }
                    }
                    Evaluation e0 = new GraphEvaluator(before).evaluate(assumptions, before.sourceIds(), true);
                    Evaluation e1 = new GraphEvaluator(after).evaluate(assumptions, after.sourceIds(), true);
                    for (PropositionStatus s0 : e0.statuses()) {
                        PropositionStatus s1 = e1.status(s0.id()).orElseThrow();
                        if (s0.strength() != null && s0.strength().ordinal() < added.confidence().ordinal()) {
                            checked++;
                            String why = s0.id() + " after adding " + added;
                            if (s0.status() == Status.SUPPORTED) {
                                assertThat(s1.label()).as(why).isEqualTo(s0.label());
                                assertThat(s1.strength()).as(why).isEqualTo(s0.strength());
                            } else {
                                assertThat(s1.strength().ordinal()).as(why).isLessThanOrEqualTo(s0.strength().ordinal());
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).as("conclusions stronger than the added claim").isGreaterThan(500);
    }

    /** A claim weaker than {@code stated}, between random propositions of {@code kb}. */
    private static Claim randomClaim(Random random, KnowledgeBase kb, int n) {
        List<String> ids = kb.propositionIds();
        String premise = ids.get(random.nextInt(ids.size()));
        String conclusion = ids.get(random.nextInt(ids.size()));
        while (conclusion.equals(premise)) {
            conclusion = ids.get(random.nextInt(ids.size()));
        }
        Confidence weaker = random.nextBoolean() ? LIKELY : POSSIBLE;
        return new Claim("added-" + n, kb.sourceIds().get(0), "added", List.of(new Literal(premise, random.nextBoolean())),
                List.of(), new Literal(conclusion, random.nextBoolean()), weaker, "S", "q", "p");
    }

    private static KnowledgeBase with(KnowledgeBase kb, Claim claim) {
        List<Claim> claims = new ArrayList<>(kb.claims());
        claims.add(claim);
        return new KnowledgeBase(kb.sources(), kb.propositions(), claims, kb.positions(), kb.record(), kb.fingerprint());
    }
}
