package org.qantar.rules;

import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.rules.drools.DroolsRuleBase;
import org.qantar.rules.graph.GraphEvaluator;
import org.qantar.rules.kb.KnowledgeBaseLoader;
import org.qantar.rules.kb.KnowledgeBaseSource;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The entry point: the knowledge base, the compiled rules that reason over it, and evaluations.
 * Build it once per process ({@link #load()} costs the rule base's start-up) and share it.
 */
public final class Engine {

    private final KnowledgeBase kb;
    private final List<String> loadProblems;
    /** Builds the rule base on first use; null once {@link #ruleBase} is built. */
    private Supplier<DroolsRuleBase> builder;
    /** Whether the rules to be built are the catalogue's own claims (a directory's), not the jar's. */
    private boolean rulesFromCatalogue;
    private volatile DroolsRuleBase ruleBase;
    private volatile GraphEvaluator graph;
    private KnowledgeBaseSource source = new KnowledgeBaseSource.Shipped();

    public Engine(KnowledgeBase kb, List<String> loadProblems, DroolsRuleBase ruleBase) {
        this.kb = kb;
        this.loadProblems = List.copyOf(loadProblems);
        this.ruleBase = ruleBase;
    }

    /**
     * An engine whose rule base is built from {@code kb}'s claims when first needed (a scenario, an
     * evaluation): a directory knowledge base, whose catalogue alone serves {@code kb validate},
     * {@code kb export} and the like without the Rete network of every claim.
     */
    static Engine buildingRulesOnFirstUse(KnowledgeBase kb, List<String> loadProblems) {
        Engine e = new Engine(kb, loadProblems, null);
        e.builder = () -> DroolsRuleBase.forClaims(kb.claims());
        e.rulesFromCatalogue = true;
        return e;
    }

    private DroolsRuleBase rules() {
        DroolsRuleBase r = ruleBase;
        if (r == null) {
            synchronized (this) {
                r = ruleBase;
                if (r == null) {
                    r = builder.get();
                    ruleBase = r;
                    builder = null;
                }
            }
        }
        return r;
    }

    /** The knowledge base and rule base shipped in this jar. */
    public static Engine load() {
        KnowledgeBaseLoader.Loaded loaded = KnowledgeBaseLoader.fromClasspath().load();
        DroolsRuleBase rules = DroolsRuleBase.hasShippedClaimRules()
                ? DroolsRuleBase.fromClasspath() : DroolsRuleBase.forClaims(loaded.knowledgeBase().claims());
        return new Engine(loaded.knowledgeBase(), loaded.problems(), rules);
    }

    /**
     * The knowledge base {@code source} names: the shipped one, or a directory opened with
     * {@link DirectoryKnowledgeBase} (validated, its verdict cached under {@code cacheDir}).
     *
     * @param cacheDir where verdicts on directory knowledge bases are kept; null keeps none
     * @throws org.qantar.rules.kb.KnowledgeBaseProblems when a directory knowledge base must not start
     */
    public static Engine open(KnowledgeBaseSource source, Path cacheDir) {
        Engine engine = openCatalogue(source, cacheDir);
        if (!(source instanceof KnowledgeBaseSource.Directory)) {
            engine.rules();
        }
        return engine;
    }

    /**
     * As {@link #open}, but the rule base (the Rete network of every claim, the larger part of the
     * cost) is built when first needed, or by {@link #buildRules()}: the catalogue alone answers
     * what the knowledge base holds, so an interactive shell can show its prompt first.
     */
    public static Engine openCatalogue(KnowledgeBaseSource source, Path cacheDir) {
        Engine engine;
        if (source instanceof KnowledgeBaseSource.Directory dir) {
            engine = DirectoryKnowledgeBase.open(dir.dir(), cacheDir);
        } else {
            KnowledgeBaseLoader.Loaded loaded = KnowledgeBaseLoader.fromClasspath().load();
            engine = new Engine(loaded.knowledgeBase(), loaded.problems(), null);
            engine.builder = DroolsRuleBase.hasShippedClaimRules()
                    ? DroolsRuleBase::fromClasspath : () -> DroolsRuleBase.forClaims(loaded.knowledgeBase().claims());
        }
        engine.source = source;
        return engine;
    }

    /** Builds the rule base now, if it is not built yet (a thread of its own may call this ahead of need). */
    public void buildRules() {
        rules();
    }

    /** Where this engine's knowledge base came from. */
    public KnowledgeBaseSource source() {
        return source;
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** Lines of the rule files that could not be read as claims (empty for a sound knowledge base). */
    public List<String> loadProblems() {
        return loadProblems;
    }

    /**
     * The claim ids of the compiled rules, to check against the catalogue. A rule base built from the
     * catalogue's own claims and not built yet answers with those claims' ids, one rule per claim
     * ({@code ClaimRuleModel}; {@code KnowledgeBaseDirectoryTest} checks the built one agrees).
     */
    public Set<String> compiledClaimIds() {
        if (ruleBase == null && builder != null && rulesFromCatalogue) {
            return new java.util.TreeSet<>(kb.claimIds());
        }
        return rules().compiledClaimIds();
    }

    /** Whether the rule base is built (tests: a directory knowledge base builds it on first use). */
    boolean rulesBuilt() {
        return ruleBase != null;
    }

    /** A new stateful Drools evaluation: nothing assumed, every source counted. */
    public Scenario newScenario() {
        return rules().newScenario(kb);
    }

    /** One evaluation with Drools, in a scenario of its own, with the record on. */
    public Evaluation evaluate(Collection<Literal> assumptions, Collection<String> lens) {
        return evaluate(assumptions, lens, true);
    }

    /** One evaluation with Drools, in a scenario of its own, counting every claim. */
    public Evaluation evaluate(Collection<Literal> assumptions, Collection<String> lens, boolean record) {
        return evaluate(assumptions, lens, record, Confidence.POSSIBLE);
    }

    /** One evaluation with Drools, in a scenario of its own. */
    public Evaluation evaluate(Collection<Literal> assumptions, Collection<String> lens, boolean record,
                               Confidence minConfidence) {
        try (Scenario s = newScenario()) {
            s.record(record);
            s.minConfidence(minConfidence);
            s.assumeOnly(assumptions);
            s.lens(lens);
            return s.evaluation();
        }
    }

    /** The plain-Java evaluator of the same semantics, for bulk analysis. */
    public GraphEvaluator graph() {
        GraphEvaluator g = graph;
        if (g == null) {
            g = new GraphEvaluator(kb);
            graph = g;
        }
        return g;
    }
}
