package org.qantar.rules.drools;

import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.RecordedFact;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.KnowledgeBaseIndex;
import org.qantar.rules.Scenario;
import org.qantar.rules.StrataFlags;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A stateful Drools session for one scenario. Assumptions (with the recorded facts), counted
 * sources and the strata of the cuts evaluated are stated facts, changed one at a time; everything
 * else is inserted logically by the rules, so truth maintenance withdraws exactly what rested on a
 * changed fact.
 *
 * <p>What holds is read from counters kept by a listener on the session's insertions and
 * deletions, so reading an evaluation costs the size of the answer, not of working memory.
 *
 * <p>A cut that counts no claim beyond the next stronger cut's (no counted source has a claim of
 * exactly its confidence) has the same strata as that cut: its Stratum facts are left out of the
 * session and its readout is the stronger cut's. A knowledge base whose claims are all {@code likely}
 * thus evaluates one cut with claims instead of two.
 */
final class DroolsScenario implements Scenario {

    private final KnowledgeBase kb;
    private final KieSession session;
    /** The user's assumptions, by proposition. */
    private final Map<String, Literal> assumed = new HashMap<>();
    /** What is inserted as an Assumption, by proposition: the user's assumption, else the record's value. */
    private final Map<String, Literal> inForce = new HashMap<>();
    private final Map<String, FactHandle> assumptionHandles = new HashMap<>();
    private final Map<String, FactHandle> countedHandles = new HashMap<>();
    private final Map<Stratum, FactHandle> strataHandles = new HashMap<>();
    private boolean record = true;
    private Confidence floor = Confidence.POSSIBLE;

    private final KnowledgeBaseIndex index;
    /** Literal as the rules write it ({@code x}, {@code !x}) → literal index. */
    private final Map<String, Integer> literalIndex = new HashMap<>();
    /** Per claim slot: the index of its source in {@link #sourceIds}. */
    private final int[] claimSource;
    /** Per confidence ordinal and source index: how many claims of exactly that confidence the source has. */
    private final int[][] claimsAt;
    private final List<String> sourceIds;
    /** Per stratum index and literal index: how many Holds facts (one per rank) are in working memory. */
    private final int[][] holds;
    /** Per stratum index and claim slot: how many Conclusion facts are in working memory. */
    private final int[][] concluded;

    DroolsScenario(KnowledgeBase kb, KieSession session) {
        this.kb = kb;
        this.session = session;
        this.index = kb.index();
        for (int l = 0; l < index.literalCount(); l++) {
            literalIndex.putIfAbsent(index.literal(l).toString(), l);
        }
        sourceIds = kb.sourceIds();
        claimSource = new int[index.claimCount()];
        claimsAt = new int[Confidence.values().length][sourceIds.size()];
        for (int c = 0; c < claimSource.length; c++) {
            claimSource[c] = sourceIds.indexOf(index.claim(c).source());
            if (claimSource[c] >= 0) {
                claimsAt[index.claim(c).confidence().ordinal()][claimSource[c]]++;
            }
        }
        int strata = 2 * Confidence.values().length;
        holds = new int[strata][index.literalCount()];
        concluded = new int[strata][index.claimCount()];
        session.addEventListener(new Counter());
        RankLimit.of(kb).forEach(session::insert);
        lens(List.of());
        kb.record().forEach(f -> settle(f.proposition()));
    }

    /** Keeps {@link #holds} and {@link #concluded} in step with working memory. */
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
            } else if (fact instanceof Conclusion c) {
                int slot = index.slot(c.getClaim());
                if (slot >= 0) {
                    concluded[c.getStratum().index()][slot] += delta;
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
        List<Stratum> wanted = new java.util.ArrayList<>();
        for (int k = 0; k <= floor.ordinal(); k++) {
            if (evaluatedOnItsOwn(k)) {
                Confidence cut = Confidence.values()[k];
                wanted.add(Stratum.possible(cut));
                wanted.add(Stratum.established(cut));
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
            if (claimsAt[k][src] > 0 && countedHandles.containsKey(sourceIds.get(src))) {
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
        Set<String> wanted = new HashSet<>(sources.isEmpty() ? kb.sourceIds() : sources);
        for (String s : List.copyOf(countedHandles.keySet())) {
            if (!wanted.contains(s)) {
                session.delete(countedHandles.remove(s));
            }
        }
        for (String s : wanted) {
            if (!countedHandles.containsKey(s)) {
                countedHandles.put(s, session.insert(new CountedSource(s)));
            }
        }
        settleStrata();
    }

    @Override
    public Evaluation evaluation() {
        session.fireAllRules();
        boolean[] counted = new boolean[sourceIds.size()];
        for (int i = 0; i < counted.length; i++) {
            counted[i] = countedHandles.containsKey(sourceIds.get(i));
        }
        StrataFlags[] cuts = new StrataFlags[Confidence.values().length];
        for (int k = 0; k <= floor.ordinal(); k++) {
            Confidence cut = Confidence.values()[k];
            cuts[k] = strataHandles.containsKey(Stratum.possible(cut))
                    ? flags(Stratum.possible(cut).index(), Stratum.established(cut).index(), counted)
                    : cuts[k - 1];
        }
        return Evaluation.derive(kb, assumed.values(), new TreeSet<>(countedHandles.keySet()), record, floor, cuts);
    }

    /** What working memory holds in one cut's strata, as flags (fired: only the claims of counted sources). */
    private StrataFlags flags(int possibleIndex, int establishedIndex, boolean[] counted) {
        int literals = index.literalCount();
        boolean[] possible = new boolean[literals];
        boolean[] established = new boolean[literals];
        for (int l = 0; l < literals; l++) {
            possible[l] = holds[possibleIndex][l] > 0;
            established[l] = holds[establishedIndex][l] > 0;
        }
        int claims = index.claimCount();
        boolean[] firedPossible = new boolean[claims];
        boolean[] firedEstablished = new boolean[claims];
        for (int c = 0; c < claims; c++) {
            if (claimSource[c] >= 0 && counted[claimSource[c]]) {
                firedPossible[c] = concluded[possibleIndex][c] > 0;
                firedEstablished[c] = concluded[establishedIndex][c] > 0;
            }
        }
        return new StrataFlags(possible, established, firedPossible, firedEstablished);
    }

    KieSession session() {
        return session;
    }

    @Override
    public void close() {
        session.dispose();
    }
}
