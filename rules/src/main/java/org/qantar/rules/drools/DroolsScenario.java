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
    /** Per stratum index and literal index: whether the literal holds there (a Holds of some rank is in working memory). */
    private final boolean[][] holding;
    /** Per literal index: the claims naming it as a premise or in unless, whose firing it can change. */
    private final int[][] claimsNaming;
    /** Per cut and claim: whether the claim fired in the cut's possible / established stratum, as last read. */
    private final boolean[][] firedPossible;
    private final boolean[][] firedEstablished;
    /** Per cut: the claims whose firing may have changed since it was last read, each once ({@link #stale}). */
    private final int[][] staleClaims;
    private final int[] staleCount;
    private final boolean[][] stale;
    /** Whether every claim's firing is to be read again (the strata or the lens changed). */
    private boolean allStale = true;
    /** Whether two claims share an id (then a claim slot's flags are the OR of its claims'). */
    private final boolean sharedSlots;

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
        int strataCount = 2 * Confidence.values().length;
        int cuts = Confidence.values().length;
        holds = new int[strataCount][index.literalCount()];
        holding = new boolean[strataCount][index.literalCount()];
        List<List<Integer>> naming = new ArrayList<>();
        for (int l = 0; l < index.literalCount(); l++) {
            naming.add(new ArrayList<>());
        }
        boolean shared = false;
        for (int c = 0; c < claims; c++) {
            for (int l : premises[c]) {
                if (l >= 0) {
                    naming.get(l).add(c);
                }
            }
            for (int l : unless[c]) {
                if (l >= 0) {
                    naming.get(l).add(c);
                }
            }
            shared |= index.slot(c) != c;
        }
        sharedSlots = shared;
        claimsNaming = naming.stream().map(cs -> cs.stream().distinct().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        firedPossible = new boolean[cuts][claims];
        firedEstablished = new boolean[cuts][claims];
        staleClaims = new int[cuts][claims];
        staleCount = new int[cuts];
        stale = new boolean[cuts][claims];
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
                    int s = h.getStratum().index();
                    int count = holds[s][l] += delta;
                    boolean now = count > 0;
                    if (now != holding[s][l]) {
                        holding[s][l] = now;
                        markStale(s / 2, l);
                    }
                }
            }
        }
    }

    /** The claims naming literal {@code l} may fire differently now in cut {@code cut}. */
    private void markStale(int cut, int l) {
        for (int c : claimsNaming[l]) {
            if (!stale[cut][c]) {
                stale[cut][c] = true;
                staleClaims[cut][staleCount[cut]++] = c;
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
        allStale = true;
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
        allStale = true;
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
        allStale = false;
        return Evaluation.derive(kb, assumed.values(), new TreeSet<>(lens), record, floor, cuts);
    }

    /**
     * What working memory holds in one cut's strata, as flags, with the claims that fired there: read
     * again only for the claims naming a literal that came or went since the last reading.
     */
    private StrataFlags flags(int cut, boolean[] counted) {
        boolean[] possible = holding[Stratum.possibleIndex(Confidence.values()[cut])];
        boolean[] established = holding[Stratum.establishedIndex(Confidence.values()[cut])];
        boolean[] fp = firedPossible[cut];
        boolean[] fe = firedEstablished[cut];
        if (allStale) {
            for (int c = 0; c < fp.length; c++) {
                fire(cut, c, counted, possible, established);
            }
        } else {
            for (int i = 0; i < staleCount[cut]; i++) {
                fire(cut, staleClaims[cut][i], counted, possible, established);
            }
        }
        for (int i = 0; i < staleCount[cut]; i++) {
            stale[cut][staleClaims[cut][i]] = false;
        }
        staleCount[cut] = 0;
        return new StrataFlags(possible.clone(), established.clone(), bySlot(fp), bySlot(fe));
    }

    /** Whether claim {@code c} fires in the strata of {@code cut}: counted, in the cut, premises holding, not defeated. */
    private void fire(int cut, int c, boolean[] counted, boolean[] possible, boolean[] established) {
        boolean counts = claimCut[c] <= cut && claimSource[c] >= 0 && counted[claimSource[c]];
        firedPossible[cut][c] = counts && allHold(premises[c], possible);
        firedEstablished[cut][c] = counts && allHold(premises[c], established) && !anyHolds(unless[c], possible);
    }

    /** Flags by claim slot: a copy, or, where claims share an id, the OR of theirs. */
    private boolean[] bySlot(boolean[] byClaim) {
        if (!sharedSlots) {
            return byClaim.clone();
        }
        boolean[] out = new boolean[byClaim.length];
        for (int c = 0; c < byClaim.length; c++) {
            out[index.slot(c)] |= byClaim[c];
        }
        return out;
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
