package org.qantar.rules.analysis;

import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.Prior;
import org.qantar.model.Proposition;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.graph.GraphEvaluator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every analysis starts from: the current assumptions, the record (when on) and the lens, held
 * fixed, and the priors of the drivers left free. Facts are never varied: the record holds them, or,
 * with the record off, they are reasoned to like outcomes. Immutable and thread-safe; each thread asks for its own workspace.
 *
 * <p>Conventions, the same as the engine's: an empty lens counts every source; of two assumptions
 * on one proposition the last wins; assumptions on propositions the knowledge base does not have,
 * and lens entries naming no source, reach no claim and are ignored. A driver without a prior
 * counts as {@link Prior#UNIFORM}; a prior on a proposition that is not a free driver (assumed, an
 * outcome, or unknown) is ignored, since the analysis never samples it — {@link #requireDriver}
 * is the check for whoever sets priors.
 */
public final class Baseline {

    private final GraphEvaluator graph;
    /** Held fixed in every world, by literal index: the assumptions and the record's facts not assumed. */
    private final boolean[] assumed;
    /** By proposition index: held fixed by the record alone (a fact the user did not assume). */
    private final boolean[] recordHeld;
    private final boolean record;
    private final Confidence floor;
    private final boolean[] counted;
    private final int[] freeDrivers;
    private final Prior[] driverPriors;
    private final int[] freeOutcomes;

    private Baseline(GraphEvaluator graph, boolean[] assumed, boolean[] recordHeld, boolean record, Confidence floor,
                     boolean[] counted, Map<String, Prior> priors) {
        this.graph = graph;
        this.floor = floor;
        this.assumed = assumed;
        this.recordHeld = recordHeld;
        this.record = record;
        this.counted = counted;
        List<Proposition> props = graph.knowledgeBase().propositions();
        List<Integer> drivers = new ArrayList<>();
        List<Integer> outcomes = new ArrayList<>();
        for (int p = 0; p < props.size(); p++) {
            if (isAssumed(p)) {
                continue;
            }
            (props.get(p).isDriver() ? drivers : outcomes).add(p);
        }
        this.freeDrivers = drivers.stream().mapToInt(Integer::intValue).toArray();
        this.freeOutcomes = outcomes.stream().mapToInt(Integer::intValue).toArray();
        this.driverPriors = new Prior[freeDrivers.length];
        for (int i = 0; i < freeDrivers.length; i++) {
            driverPriors[i] = priors.getOrDefault(props.get(freeDrivers[i]).id(), Prior.UNIFORM);
        }
    }

    /** A baseline with the record on. */
    public static Baseline of(GraphEvaluator graph, Collection<Literal> assumptions, Collection<String> lens,
                              Map<String, Prior> priors) {
        return of(graph, assumptions, lens, priors, true);
    }

    /**
     * @param assumptions the current assumptions, held fixed in every world
     * @param lens        the counted sources; empty counts every source
     * @param priors      driver id → prior; drivers missing here count as {@link Prior#UNIFORM}
     * @param record      whether the record holds: its facts are then held fixed too (never varied)
     */
    public static Baseline of(GraphEvaluator graph, Collection<Literal> assumptions, Collection<String> lens,
                              Map<String, Prior> priors, boolean record) {
        return of(graph, assumptions, lens, priors, record, Confidence.POSSIBLE);
    }

    /** As above, counting only the claims at or above {@code minConfidence}. */
    public static Baseline of(GraphEvaluator graph, Collection<Literal> assumptions, Collection<String> lens,
                              Map<String, Prior> priors, boolean record, Confidence minConfidence) {
        KnowledgeBase kb = graph.knowledgeBase();
        Map<String, Literal> byProposition = new LinkedHashMap<>();
        for (Literal l : assumptions) {
            if (kb.proposition(l.proposition()).isPresent()) {
                byProposition.put(l.proposition(), l);
            }
        }
        boolean[] assumed = new boolean[2 * graph.propositionCount()];
        boolean[] recordHeld = new boolean[graph.propositionCount()];
        for (Literal l : kb.inForce(byProposition.values(), record).values()) {
            if (kb.proposition(l.proposition()).isPresent()) {
                assumed[graph.literalIndex(l)] = true;
                recordHeld[graph.propositionIndex(l.proposition())] = !byProposition.containsKey(l.proposition());
            }
        }
        boolean[] counted = new boolean[graph.sourceCount()];
        if (lens.isEmpty()) {
            Arrays.fill(counted, true);
        } else {
            for (String s : lens) {
                if (kb.source(s).isPresent()) {
                    counted[graph.sourceIndex(s)] = true;
                }
            }
        }
        return new Baseline(graph, assumed, recordHeld, record, minConfidence, counted, Map.copyOf(priors));
    }

    /**
     * Checks that {@code id} names a driver, the only kind of proposition a prior applies to.
     *
     * @throws IllegalArgumentException with a one-line message saying what to type instead
     */
    public static Proposition requireDriver(KnowledgeBase kb, String id) {
        Proposition p = kb.proposition(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown proposition '" + id + "'" + hint(kb, id)));
        if (!p.isDriver()) {
            throw new IllegalArgumentException("'" + id + "' is " + (p.isFact() ? "a fact" : "an outcome")
                    + ": priors apply to drivers only (see `propositions`)");
        }
        return p;
    }

    private static String hint(KnowledgeBase kb, String id) {
        List<String> near = KnowledgeBase.nearest(id, kb.propositionIds(), 3);
        return near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?";
    }

    public GraphEvaluator graph() {
        return graph;
    }

    public KnowledgeBase knowledgeBase() {
        return graph.knowledgeBase();
    }

    /** A workspace holding the fixed assumptions and the lens; analyses add the free drivers' values. */
    public GraphEvaluator.Workspace newWorkspace() {
        GraphEvaluator.Workspace w = graph.newWorkspace();
        reset(w);
        return w;
    }

    /** Puts the fixed assumptions, the lens and the floor back into {@code w}, dropping anything else assumed. */
    public void reset(GraphEvaluator.Workspace w) {
        w.minConfidence(floor);
        System.arraycopy(assumed, 0, w.assumed, 0, assumed.length);
        System.arraycopy(counted, 0, w.counted, 0, counted.length);
    }

    /** Whether proposition {@code p} (an index of the graph) is held fixed by an assumption or the record. */
    public boolean isAssumed(int p) {
        return assumed[2 * p] || assumed[2 * p + 1];
    }

    /** Whether proposition {@code p} is held fixed by the record alone (a fact the user did not assume). */
    public boolean isRecordHeld(int p) {
        return recordHeld[p];
    }

    /** The value the record gives proposition {@code p} when the record holds, else null. */
    public Boolean recordedValue(int p) {
        return record ? knowledgeBase().recorded(id(p)).map(f -> f.value()).orElse(null) : null;
    }

    /** Whether the record holds. */
    public boolean record() {
        return record;
    }

    /** The confidence floor: only claims at least this confident count. */
    public Confidence minConfidence() {
        return floor;
    }

    /** The value proposition {@code p} is held at (by an assumption or the record), or null. */
    public Boolean assumedValue(int p) {
        return assumed[2 * p] ? Boolean.TRUE : assumed[2 * p + 1] ? Boolean.FALSE : null;
    }

    /** Proposition indexes of the drivers not assumed, in knowledge-base order. */
    public int[] freeDrivers() {
        return freeDrivers.clone();
    }

    /** The prior of the {@code i}-th free driver. */
    public Prior prior(int i) {
        return driverPriors[i];
    }

    /** Proposition indexes of the outcomes not assumed, in knowledge-base order: what analyses report. */
    public int[] freeOutcomes() {
        return freeOutcomes.clone();
    }

    /** The user's assumptions in force (unknown propositions dropped; not the record), in knowledge-base order. */
    public List<Literal> assumptions() {
        List<Literal> literals = new ArrayList<>();
        for (int p = 0; p < graph.propositionCount(); p++) {
            Boolean v = assumedValue(p);
            if (v != null && !recordHeld[p]) {
                literals.add(new Literal(id(p), v));
            }
        }
        return literals;
    }

    /** The ids of the counted sources (never empty unless the lens named no known source). */
    public List<String> lens() {
        List<String> ids = new ArrayList<>();
        for (int s = 0; s < counted.length; s++) {
            if (counted[s]) {
                ids.add(graph.knowledgeBase().sources().get(s).id());
            }
        }
        return ids;
    }

    /** Whether the source at index {@code s} is counted. */
    public boolean counts(int s) {
        return counted[s];
    }

    public String id(int p) {
        return graph.knowledgeBase().propositions().get(p).id();
    }

    /**
     * The proposition index of {@code id}.
     *
     * @throws IllegalArgumentException naming the unknown id, with the nearest known ones
     */
    public int index(String id) {
        if (graph.knowledgeBase().proposition(id).isEmpty()) {
            throw new IllegalArgumentException("unknown proposition '" + id + "'" + hint(graph.knowledgeBase(), id));
        }
        return graph.propositionIndex(id);
    }
}
