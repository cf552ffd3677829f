package org.qantar.rules.drools;

import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.RecordedFact;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.KnowledgeBaseIndex;
import org.qantar.rules.Scenario;
import org.qantar.rules.StrataFlags;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A stateful Drools session for one scenario. Assumptions (with the recorded facts) and the strata
 * of the cuts evaluated are stated facts, changed one at a time; everything else is inserted
 * logically by the rules, so truth maintenance withdraws exactly what rested on a changed fact. The
 * lens is carried by the strata ({@link Stratum#countsSource}): a change of lens, rare beside a
 * change of assumption, replaces them, and the session derives everything again.
 *
 * <p>What holds is read from counters kept by a listener on the session's insertions and
 * deletions, so reading an evaluation costs the size of the answer, not of working memory. Which
 * claims fired follows from what holds (a counted claim of the cut fires in a stratum when its
 * premises hold there and, when established, none of its unless-literals is possible), as in the
 * graph evaluator.
 *
 * <p>A cut that counts no claim beyond the next stronger cut's (no counted source has a claim of
 * exactly its confidence) has the same strata as that cut: its Stratum facts are left out of the
 * session and its readout is the stronger cut's. A knowledge base whose claims are all {@code likely}
 * thus evaluates one cut with claims instead of two.
 */
final class DroolsScenario implements Scenario {

    private final KnowledgeBase kb;
    private final KieSession session;
    private final ClaimGraphComponents components;
    /** The user's assumptions, by proposition. */
    private final Map<String, Literal> assumed = new HashMap<>();
    /** What is inserted as an Assumption, by proposition: the user's assumption, else the record's value. */
    private final Map<String, Literal> inForce = new HashMap<>();
    private final Map<String, FactHandle> assumptionHandles = new HashMap<>();
    /** The counted sources. */
    private Set<String> lens;
    /** This scenario's six strata under the lens, by {@link Stratum#index()}. */
    private Stratum[] strata;
    private final Map<Stratum, FactHandle> strataHandles = new HashMap<>();
    private boolean record = true;
    private Confidence floor = Confidence.POSSIBLE;

    private final KnowledgeBaseIndex index;
    /** Literal as the rules write it ({@code x}, {@code !x}) → literal index. */
    private final Map<String, Integer> literalIndex = new HashMap<>();
    private final List<String> sourceIds;
    /** Per claim: the index of its source in {@link #sourceIds}, its cut, its premises and unless-literals. */
    private final int[] claimSource;
    private final int[] claimCut;
    private final int[][] premises;
    private final int[][] unless;
    /** Per confidence ordinal and source index: how many claims of exactly that confidence the source has. */
    private final int[][] claimsAt;
    /** Per stratum index and literal index: how many Holds facts (one per rank) are in working memory. */
    private final int[][] holds;

    DroolsScenario(KnowledgeBase kb, KieSession session) {
        this.kb = kb;
        this.session = session;
        this.index = kb.index();
        for (int l = 0; l < index.literalCount(); l++) {
            literalIndex.putIfAbsent(index.literal(l).toString(), l);
        }
        sourceIds = kb.sourceIds();
        int claims = index.claimCount();
        claimSource = new int[claims];
        claimCut = new int[claims];
        premises = new int[claims][];
        unless = new int[claims][];
        claimsAt = new int[Confidence.values().length][sourceIds.size()];
        for (int c = 0; c < claims; c++) {
            Claim claim = index.claim(c);
            claimSource[c] = sourceIds.indexOf(claim.source());
            // A claim without a confidence counts as the weakest (as in the graph evaluator).
            claimCut[c] = claim.confidence() == null ? Confidence.POSSIBLE.ordinal() : claim.confidence().ordinal();
            premises[c] = indexes(claim.premises());
            unless[c] = indexes(claim.unless());
            if (claimSource[c] >= 0) {
                claimsAt[claimCut[c]][claimSource[c]]++;
            }
        }
        holds = new int[2 * Confidence.values().length][index.literalCount()];
        session.addEventListener(new Counter());
        components = ClaimGraphComponents.of(kb.claims());
        lens(List.of());
        kb.record().forEach(f -> settle(f.proposition()));
    }

    /** Literal indexes; a literal the knowledge base does not know is -1 (it never holds in the readout). */
    private int[] indexes(List<Literal> literals) {
        return literals.stream().mapToInt(l -> literalIndex.getOrDefault(l.toString(), -1)).toArray();
    }

    /** Keeps {@link #holds} in step with working memory. */
    private final class Counter implements RuleRuntimeEventListener {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            count(event.getObject(), 1);
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            count(event.getOldObject(), -1);
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // Nothing is ever modified: facts are inserted and withdrawn.
        }

        private void count(Object fact, int delta) {
            if (fact instanceof Holds h) {
                Integer l = literalIndex.get(h.getLiteral());
                if (l != null) {
                    holds[h.getStratum().index()][l] += delta;
                }
            }
        }
    }

    @Override
    public void assume(Literal literal) {
        assumed.put(literal.proposition(), literal);
        settle(literal.proposition());
    }

    @Override
    public void unassume(String proposition) {
        if (assumed.remove(proposition) != null) {
            settle(proposition);
        }
    }

    @Override
    public void record(boolean on) {
        if (on != record) {
            record = on;
            kb.record().forEach(f -> settle(f.proposition()));
        }
    }

    @Override
    public void minConfidence(Confidence level) {
        Objects.requireNonNull(level, "level");
        if (level == floor) {
            return;
        }
        floor = level;
        settleStrata();
    }

    /** Makes the session's Stratum facts those of the cuts down to the floor that count a claim of their own. */
    private void settleStrata() {
        List<Stratum> wanted = new ArrayList<>();
        for (int k = 0; k <= floor.ordinal(); k++) {
            if (evaluatedOnItsOwn(k)) {
                Confidence cut = Confidence.values()[k];
                wanted.add(strata[Stratum.possibleIndex(cut)]);
                wanted.add(strata[Stratum.establishedIndex(cut)]);
            }
        }
        for (Stratum s : List.copyOf(strataHandles.keySet())) {
            if (!wanted.contains(s)) {
                session.delete(strataHandles.remove(s));
            }
        }
        for (Stratum s : wanted) {
            if (!strataHandles.containsKey(s)) {
                strataHandles.put(s, session.insert(s));
            }
        }
    }

    /**
     * Whether cut {@code k} needs strata of its own: the strongest cut always; a weaker one only if a
     * counted source has a claim of exactly its confidence (else it counts the claims of cut k-1).
     */
    private boolean evaluatedOnItsOwn(int k) {
        if (k == 0) {
            return true;
        }
        for (int src = 0; src < sourceIds.size(); src++) {
            if (claimsAt[k][src] > 0 && lens.contains(sourceIds.get(src))) {
                return true;
            }
        }
        return false;
    }

    /** Makes the Assumption fact of a proposition what the user's assumption and the record say. */
    private void settle(String proposition) {
        Literal wanted = assumed.get(proposition);
        if (wanted == null && record) {
            wanted = kb.recorded(proposition).map(RecordedFact::literal).orElse(null);
        }
        if (Objects.equals(wanted, inForce.get(proposition))) {
            return;
        }
        FactHandle handle = assumptionHandles.remove(proposition);
        if (handle != null) {
            session.delete(handle);
            inForce.remove(proposition);
        }
        if (wanted != null) {
            inForce.put(proposition, wanted);
            assumptionHandles.put(proposition, session.insert(new Assumption(wanted.toString())));
        }
    }

    @Override
    public void assumeOnly(Collection<Literal> literals) {
        Map<String, Literal> wanted = new HashMap<>();
        literals.forEach(l -> wanted.put(l.proposition(), l));
        for (String p : List.copyOf(assumed.keySet())) {
            if (!wanted.containsKey(p)) {
                unassume(p);
            }
        }
        wanted.values().forEach(this::assume);
    }

    @Override
    public void lens(Collection<String> sources) {
        Set<String> wanted = Set.copyOf(sources.isEmpty() ? kb.sourceIds() : sources);
        if (wanted.equals(lens)) {
            return;
        }
        lens = wanted;
        // New strata under the new lens: the old ones, and all that rested on them, are withdrawn.
        for (FactHandle h : strataHandles.values()) {
            session.delete(h);
        }
        strataHandles.clear();
        strata = Stratum.family(components, lens);
        settleStrata();
    }

    @Override
    public Evaluation evaluation() {
        session.fireAllRules();
        boolean[] counted = new boolean[sourceIds.size()];
        for (int i = 0; i < counted.length; i++) {
            counted[i] = lens.contains(sourceIds.get(i));
        }
        StrataFlags[] cuts = new StrataFlags[Confidence.values().length];
        for (int k = 0; k <= floor.ordinal(); k++) {
            Confidence cut = Confidence.values()[k];
            cuts[k] = strataHandles.containsKey(strata[Stratum.possibleIndex(cut)])
                    ? flags(k, counted)
                    : cuts[k - 1];
        }
        return Evaluation.derive(kb, assumed.values(), new TreeSet<>(lens), record, floor, cuts);
    }

    /** What working memory holds in one cut's strata, as flags, with the claims that fired there. */
    private StrataFlags flags(int cut, boolean[] counted) {
        int[] possibleCount = holds[Stratum.possibleIndex(Confidence.values()[cut])];
        int[] establishedCount = holds[Stratum.establishedIndex(Confidence.values()[cut])];
        int literals = index.literalCount();
        boolean[] possible = new boolean[literals];
        boolean[] established = new boolean[literals];
        for (int l = 0; l < literals; l++) {
            possible[l] = possibleCount[l] > 0;
            established[l] = establishedCount[l] > 0;
        }
        int claims = index.claimCount();
        boolean[] firedPossible = new boolean[claims];
        boolean[] firedEstablished = new boolean[claims];
        for (int c = 0; c < claims; c++) {
            if (claimCut[c] > cut || claimSource[c] < 0 || !counted[claimSource[c]]) {
                continue;
            }
            int slot = index.slot(c);
            firedPossible[slot] |= allHold(premises[c], possible);
            firedEstablished[slot] |= allHold(premises[c], established) && !anyHolds(unless[c], possible);
        }
        return new StrataFlags(possible, established, firedPossible, firedEstablished);
    }

    private static boolean allHold(int[] literals, boolean[] holds) {
        for (int l : literals) {
            if (l < 0 || !holds[l]) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyHolds(int[] literals, boolean[] holds) {
        for (int l : literals) {
            if (l >= 0 && holds[l]) {
                return true;
            }
        }
        return false;
    }

    KieSession session() {
        return session;
    }

    @Override
    public void close() {
        session.dispose();
    }
}
