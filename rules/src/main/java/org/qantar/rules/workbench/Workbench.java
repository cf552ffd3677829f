package org.qantar.rules.workbench;

import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.Prior;
import org.qantar.model.Source;
import org.qantar.rules.Engine;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.Scenario;
import org.qantar.rules.analysis.SensitivityResult;
import org.qantar.rules.analysis.SimulationResult;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The working session, and its single owner: the assumptions, the lens and the priors the user set,
 * the session's name and note, undo/redo, and the current {@link Evaluation}.
 *
 * <p>The evaluation comes from one long-lived Drools {@link Scenario}: every change reaches it as
 * the difference it makes (an assumption added or withdrawn, a source counted or not) and truth
 * maintenance updates what follows; the scenario is never rebuilt.
 *
 * <p>Every mutator returns the propositions whose status or value it moved (empty when none did)
 * and then calls the change listeners with the new {@link #state()}. Input changes (assumptions,
 * lens, priors) are one undo step per call; a call that changes nothing is no step. Name and note
 * are not undone. Ids are checked against the knowledge base: an unknown one is a
 * {@link InvalidInput} naming the nearest known ids. Methods are synchronized so that a listener
 * or a completer on another thread sees a consistent session.
 */
public final class Workbench implements AutoCloseable {

    /** Default name of a session nobody has named. */
    public static final String UNTITLED = "untitled";

    private static final int MAX_UNDO = 500;

    // Replaced together, only by switchTo; volatile so that the unsynchronized getters see the new ones.
    private volatile Engine engine;
    private volatile KnowledgeBase kb;
    private volatile Ids ids;
    /** Null until first needed when the workbench was made with a scenario to come (see {@link #pending}). */
    private Scenario scenario;
    /** Where the scenario comes from, until it is made; null once it is. */
    private Supplier<Scenario> pending;
    private final List<Consumer<WorkbenchState>> listeners = new CopyOnWriteArrayList<>();
    private final Deque<Inputs> undo = new ArrayDeque<>();
    private final Deque<Inputs> redo = new ArrayDeque<>();

    private String name = UNTITLED;
    private String note = "";
    private Instant created = Instant.now();
    private Inputs inputs = Inputs.EMPTY;
    /** The scenario's evaluation of {@link #inputs}; null while the scenario is still to come. */
    private Evaluation evaluation;
    private KeptAnalysis<SimulationResult> simulation;
    private KeptAnalysis<SensitivityResult> sensitivity;

    public Workbench(Engine engine) {
        this(engine, engine.newScenario());
    }

    /**
     * A workbench over a scenario {@code engine} made and nobody changed yet (nothing assumed, every
     * source counted): a program can make it, and pay for its first evaluation, on another thread
     * while it starts up. The workbench owns and closes it.
     */
    public Workbench(Engine engine, Scenario fresh) {
        this(engine, supplied(Objects.requireNonNull(fresh, "fresh")));
        scenario();
    }

    /**
     * A workbench whose scenario comes from {@code fresh} (a scenario nobody changed yet) only when
     * something first needs an evaluation: until then it keeps the inputs (a session restored at
     * start-up included) and answers everything that does not need the rule engine, such as the
     * session's name, its assumptions and what the prompt shows. An interactive front end can so
     * show its prompt while the rule base is built on another thread; the first command that needs
     * an evaluation waits for it. The supplier is called at most once, on the thread that needs it.
     */
    public Workbench(Engine engine, Supplier<Scenario> fresh) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.kb = engine.knowledgeBase();
        this.ids = new Ids(kb);
        this.pending = Objects.requireNonNull(fresh, "fresh");
    }

    private static Supplier<Scenario> supplied(Scenario fresh) {
        return () -> fresh;
    }

    // ---------------------------------------------------------------- reading

    public Engine engine() {
        return engine;
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** Look-ups of typed ids against this workbench's knowledge base. */
    public Ids ids() {
        return ids;
    }

    public synchronized String sessionName() {
        return name;
    }

    public synchronized String note() {
        return note;
    }

    /** The assumptions about known propositions, sorted by proposition id. */
    public synchronized List<Literal> assumptions() {
        return List.copyOf(inputs.assumptions());
    }

    /** Literal texts about propositions this knowledge base lacks, kept verbatim (set by {@link #restore}). */
    public synchronized List<String> unknownAssumptions() {
        return inputs.unknown();
    }

    /** The counted sources; empty means every source. */
    public synchronized List<String> lens() {
        return inputs.lens();
    }

    /** Whether the session reasons with the record (each fact at its recorded value unless assumed otherwise). */
    public synchronized boolean record() {
        return inputs.record();
    }

    /** The confidence floor: only claims at least this confident count ({@code possible}: every claim). */
    public synchronized Confidence minConfidence() {
        return inputs.minConfidence();
    }

    /** Priors by proposition id, sorted. */
    public synchronized Map<String, Prior> priors() {
        return java.util.Collections.unmodifiableMap(inputs.priors());
    }

    /** The current evaluation (never null; made now if the scenario was still to come). */
    public synchronized Evaluation evaluation() {
        scenario();
        return evaluation;
    }

    /**
     * How many assumptions contradict the record while it is on: the counterfactuals, as the
     * evaluation marks them, but read off the inputs and the record, without the rule engine.
     */
    public synchronized int counterfactuals() {
        if (!inputs.record()) {
            return 0;
        }
        int n = 0;
        for (Literal l : inputs.assumptions()) {
            if (kb.recorded(l.proposition()).filter(f -> f.value() != l.value()).isPresent()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Keeps the result of a simulation run on the current inputs, so that a report shows what the
     * shell showed; it replaces the previous one. The change listeners hear of it (the autosave
     * keeps it with the session, so that a later process's report shows it too).
     */
    public synchronized void keepSimulation(SimulationResult result) {
        simulation = new KeptAnalysis<>(Objects.requireNonNull(result, "result"), analysisInputs(), Instant.now());
        notifyListeners();
    }

    /** Keeps the result of a sensitivity analysis run on the current inputs; it replaces the previous one. */
    public synchronized void keepSensitivity(SensitivityResult result) {
        sensitivity = new KeptAnalysis<>(Objects.requireNonNull(result, "result"), analysisInputs(), Instant.now());
        notifyListeners();
    }

    /**
     * Puts back analyses kept with a saved session (each may be null: none), without telling the
     * listeners; {@link #restore} follows and tells them.
     */
    public synchronized void restoreAnalyses(KeptAnalysis<SimulationResult> simulation,
                                             KeptAnalysis<SensitivityResult> sensitivity) {
        this.simulation = simulation;
        this.sensitivity = sensitivity;
    }

    /** What an analysis run now would be run on: the inputs and the knowledge base. */
    public synchronized AnalysisInputs analysisInputs() {
        return AnalysisInputs.of(state(), kb.fingerprint());
    }

    /** The latest simulation kept, whatever it was run on (see {@link KeptAnalysis#currentFor}). */
    public synchronized Optional<KeptAnalysis<SimulationResult>> keptSimulation() {
        return Optional.ofNullable(simulation);
    }

    /** The latest sensitivity analysis kept, whatever it was run on. */
    public synchronized Optional<KeptAnalysis<SensitivityResult>> keptSensitivity() {
        return Optional.ofNullable(sensitivity);
    }

    /** The latest simulation, if it was run on the inputs as they are now (assumptions, lens, priors, record, floor, knowledge base). */
    public synchronized Optional<SimulationResult> latestSimulation() {
        return keptSimulation().filter(k -> k.currentFor(analysisInputs())).map(KeptAnalysis::result);
    }

    /** The latest sensitivity analysis, if it was run on the inputs as they are now. */
    public synchronized Optional<SensitivityResult> latestSensitivity() {
        return keptSensitivity().filter(k -> k.currentFor(analysisInputs())).map(KeptAnalysis::result);
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    // ---------------------------------------------------------------- changing the inputs

    /**
     * Assumes literals, each replacing any assumption on the same proposition.
     *
     * @throws InvalidInput for an unknown proposition, or both values of one proposition
     */
    public synchronized List<Evaluation.Change> assume(List<Literal> literals) {
        Map<String, Literal> byProposition = byProposition(literals);
        TreeSet<Literal> next = new TreeSet<>(inputs.assumptions());
        next.removeIf(l -> byProposition.containsKey(l.proposition()));
        next.addAll(byProposition.values());
        return change(inputs.withAssumptions(next, inputs.unknown()));
    }

    /**
     * Withdraws the assumptions on these propositions (a leading {@code !} is ignored). An id that is
     * known but not assumed is no change; an id that is neither a known proposition nor one of the
     * {@link #unknownAssumptions()} is a {@link InvalidInput}.
     */
    public synchronized List<Evaluation.Change> unassume(List<String> propositions) {
        Set<String> withdraw = new LinkedHashSet<>();
        for (String raw : propositions) {
            String id = raw.strip().startsWith("!") ? raw.strip().substring(1).strip() : raw.strip();
            if (kb.proposition(id).isEmpty() && !unknownPropositions().contains(id)) {
                List<String> known = new ArrayList<>(kb.propositionIds());
                known.addAll(unknownPropositions());
                throw Ids.unknown("proposition", id, known);
            }
            withdraw.add(id);
        }
        TreeSet<Literal> next = new TreeSet<>(inputs.assumptions());
        next.removeIf(l -> withdraw.contains(l.proposition()));
        List<String> unknown = inputs.unknown().stream()
                .filter(t -> !withdraw.contains(Ids.parseLiteral(t).proposition())).toList();
        return change(inputs.withAssumptions(next, unknown));
    }

    /**
     * Replaces every assumption (those about unknown propositions included) with {@code literals}, as
     * one undo step: what {@code adopt} does with an article's own driver positions.
     *
     * @throws InvalidInput for an unknown proposition, or both values of one proposition
     */
    public synchronized List<Evaluation.Change> replaceAssumptions(List<Literal> literals) {
        Map<String, Literal> byProposition = byProposition(literals);
        return change(inputs.withAssumptions(new TreeSet<>(byProposition.values()), List.of()));
    }

    /** The literals by proposition, each known; both values of one proposition are a usage error. */
    private Map<String, Literal> byProposition(List<Literal> literals) {
        Map<String, Literal> byProposition = new HashMap<>();
        for (Literal l : literals) {
            ids.proposition(l.proposition());
            Literal earlier = byProposition.put(l.proposition(), l);
            if (earlier != null && !earlier.equals(l)) {
                throw new InvalidInput("cannot assume both " + earlier + " and " + l);
            }
        }
        return byProposition;
    }

    /**
     * An evaluation of its own, the working session untouched: what {@code evaluate} and
     * {@code why --assume} show. An empty {@code sources} counts every source.
     *
     * @throws InvalidInput for an unknown proposition or source, or both values of one proposition
     */
    public Evaluation evaluateOnce(List<Literal> literals, List<String> sources) {
        return evaluateOnce(literals, sources, true, Confidence.POSSIBLE);
    }

    /**
     * As {@link #evaluateOnce(List, List)}, with or without the record and with a confidence floor.
     *
     * @throws InvalidInput for an unknown proposition or source, or both values of one proposition
     */
    public Evaluation evaluateOnce(List<Literal> literals, List<String> sources, boolean record,
                                   Confidence minConfidence) {
        Map<String, Literal> byProposition = byProposition(literals);
        List<String> counted = new ArrayList<>();
        for (String s : sources) {
            // A reprint counts as its original, as in setLensToVoicesOf: its own id has no claims.
            String voice = kb.source(ids.source(s)).map(Source::voice).orElse(s);
            if (!counted.contains(voice)) {
                counted.add(voice);
            }
        }
        return engine.evaluate(byProposition.values(), counted, record, minConfidence);
    }

    /** Withdraws every assumption, including those about unknown propositions; lens and priors stay. */
    public synchronized List<Evaluation.Change> reset() {
        return change(inputs.withAssumptions(new TreeSet<>(), List.of()));
    }

    /**
     * Counts only these sources' claims; an empty list (or every source) counts all.
     *
     * @throws InvalidInput for an unknown source id
     */
    public synchronized List<Evaluation.Change> setLens(List<String> sources) {
        TreeSet<String> lens = new TreeSet<>();
        for (String s : sources) {
            lens.add(ids.source(s));
        }
        if (lens.equals(new TreeSet<>(kb.sourceIds()))) {
            lens.clear();
        }
        return change(inputs.withLens(List.copyOf(lens)));
    }

    /**
     * Counts these sources as voices: a reprint counts with its original, so that {@code lens 004_x}
     * reasons as the article it reprints. An empty list counts every source.
     *
     * @throws InvalidInput for an unknown source id
     */
    public synchronized List<Evaluation.Change> setLensToVoicesOf(List<String> sources) {
        LinkedHashSet<String> voices = new LinkedHashSet<>();
        for (String id : sources) {
            ids.source(id);
            voices.add(kb.source(id).map(Source::voice).orElse(id));
        }
        return setLens(new ArrayList<>(voices));
    }

    /** Reasons with the record (on) or without it (off); undoable. Returns what moved. */
    public synchronized List<Evaluation.Change> setRecord(boolean on) {
        return change(inputs.withReasoning(on, inputs.minConfidence()));
    }

    /** Counts only the claims at or above {@code level} ({@code possible}: every claim); undoable. */
    public synchronized List<Evaluation.Change> setMinConfidence(Confidence level) {
        return change(inputs.withReasoning(inputs.record(), Objects.requireNonNull(level, "level")));
    }

    /** Sets the prior of a proposition. Priors do not move statuses: returns an empty list. */
    public synchronized List<Evaluation.Change> setPrior(String proposition, Prior prior) {
        ids.proposition(proposition);
        Objects.requireNonNull(prior, "prior");
        TreeMap<String, Prior> next = new TreeMap<>(inputs.priors());
        next.put(proposition, prior);
        return change(inputs.withPriors(next));
    }

    /** Removes the prior of a proposition, if it has one. */
    public synchronized List<Evaluation.Change> removePrior(String proposition) {
        TreeMap<String, Prior> next = new TreeMap<>(inputs.priors());
        if (next.remove(proposition) == null && kb.proposition(proposition).isEmpty()) {
            throw Ids.unknown("proposition", proposition, kb.propositionIds());
        }
        return change(inputs.withPriors(next));
    }

    /** Goes back one input change; nothing to undo is no change (see {@link #canUndo()}). */
    public synchronized List<Evaluation.Change> undo() {
        if (undo.isEmpty()) {
            return List.of();
        }
        redo.push(inputs);
        return apply(undo.pop());
    }

    /** Goes forward again after {@link #undo()}; nothing to redo is no change. */
    public synchronized List<Evaluation.Change> redo() {
        if (redo.isEmpty()) {
            return List.of();
        }
        undo.push(inputs);
        return apply(redo.pop());
    }

    // ---------------------------------------------------------------- naming

    public synchronized void setNote(String note) {
        this.note = note == null ? "" : note;
        notifyListeners();
    }

    public synchronized void rename(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("a session name cannot be empty");
        }
        this.name = name.strip();
        notifyListeners();
    }

    // ---------------------------------------------------------------- snapshots

    /** The session as it stands, for saving. */
    public synchronized WorkbenchState state() {
        List<String> assumed = new ArrayList<>(inputs.assumptions().stream().map(Literal::toString).toList());
        assumed.addAll(inputs.unknown());
        assumed.sort(WorkbenchState.ASSUMPTION_ORDER);
        return new WorkbenchState(name, note, created, assumed, inputs.lens(), inputs.priors(), inputs.record(),
                inputs.minConfidence());
    }

    /**
     * Replaces the session with a saved one and re-evaluates; returns what moved. Assumptions about
     * propositions this knowledge base lacks are kept verbatim in {@link #unknownAssumptions()};
     * lens ids it lacks are dropped (a lens of only unknown sources counts every source); priors are
     * kept as they are. A restored session starts a fresh undo history.
     *
     * @throws InvalidInput for an assumption that is not a literal at all
     */
    public synchronized List<Evaluation.Change> restore(WorkbenchState state) {
        return apply(restoredInputs(state));
    }

    /**
     * As {@link #restore}, but a workbench whose scenario is still to come stays so: the restored
     * inputs are evaluated when something first needs an evaluation (a session restored at start-up,
     * before anything was shown, has nothing that moved).
     *
     * @throws InvalidInput for an assumption that is not a literal at all
     */
    public synchronized void restoreDeferred(WorkbenchState state) {
        Inputs next = restoredInputs(state);
        if (scenario == null) {
            inputs = next;
            notifyListeners();
        } else {
            apply(next);
        }
    }

    /** The inputs of a saved session; sets its name, note and creation time and clears undo and redo. */
    private Inputs restoredInputs(WorkbenchState state) {
        TreeSet<Literal> known = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        Map<String, Literal> seen = new HashMap<>();
        for (String text : state.assumptions()) {
            Literal l = Ids.parseLiteral(text);
            if (seen.put(l.proposition(), l) != null) {
                throw new InvalidInput("the session assumes " + l.proposition() + " twice");
            }
            if (kb.proposition(l.proposition()).isPresent()) {
                known.add(l);
            } else {
                unknown.add(l.toString());
            }
        }
        List<String> lens = state.lens().stream().filter(s -> kb.source(s).isPresent()).sorted().distinct().toList();
        this.name = state.name();
        this.note = state.note();
        this.created = state.created();
        undo.clear();
        redo.clear();
        return new Inputs(known, unknown, lens, new TreeMap<>(state.priors()), state.record(), state.minConfidence());
    }

    /**
     * Goes on with this session on another knowledge base: its inputs, re-evaluated there as
     * {@link #restore} does (assumptions about propositions the new one lacks kept verbatim, lens
     * sources it lacks not counted, priors kept), with a fresh undo history. The name and note stay.
     */
    public synchronized void switchTo(Engine next) {
        Objects.requireNonNull(next, "next");
        WorkbenchState current = state();
        Scenario old = scenario;
        this.engine = next;
        this.kb = next.knowledgeBase();
        this.ids = new Ids(kb);
        this.scenario = next.newScenario();
        this.pending = null;
        this.inputs = Inputs.EMPTY;
        this.evaluation = scenario.evaluation();
        if (old != null) {
            old.close();
        }
        restore(current);
    }

    /**
     * Called with the new state after every change (assumptions, lens, priors, name, note, restore),
     * on the changing thread. The change stands whatever a listener does; an exception a listener
     * throws reaches the caller of the mutator (and the user, as one line).
     */
    public void addChangeListener(Consumer<WorkbenchState> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public synchronized void close() {
        if (scenario != null) {
            scenario.close();
        }
    }

    // ---------------------------------------------------------------- internals

    private List<String> unknownPropositions() {
        return inputs.unknown().stream().map(t -> Ids.parseLiteral(t).proposition()).toList();
    }

    /** One undoable step: applies {@code next} unless it equals the current inputs. */
    private List<Evaluation.Change> change(Inputs next) {
        if (next.equals(inputs)) {
            return List.of();
        }
        undo.push(inputs);
        while (undo.size() > MAX_UNDO) {
            undo.removeLast();
        }
        redo.clear();
        return apply(next);
    }

    private List<Evaluation.Change> apply(Inputs next) {
        Scenario s = scenario();
        Evaluation before = evaluation;
        send(s, inputs, next);
        inputs = next;
        evaluation = scenario.evaluation();
        notifyListeners();
        return evaluation.changesSince(before);
    }

    /** The scenario, made now (from {@link #pending}, brought up to the current inputs) if it was still to come. */
    private Scenario scenario() {
        if (scenario == null) {
            Scenario fresh = pending.get();
            pending = null;
            send(fresh, Inputs.EMPTY, inputs);
            scenario = fresh;
            evaluation = fresh.evaluation();
        }
        return scenario;
    }

    /** Brings a scenario that reflects {@code from} to {@code to}: only what differs reaches truth maintenance. */
    private static void send(Scenario s, Inputs from, Inputs to) {
        if (!to.assumptions().equals(from.assumptions())) {
            s.assumeOnly(to.assumptions());
        }
        if (!to.lens().equals(from.lens())) {
            s.lens(to.lens());
        }
        s.record(to.record());
        s.minConfidence(to.minConfidence());
    }

    private void notifyListeners() {
        WorkbenchState s = state();
        for (Consumer<WorkbenchState> l : listeners) {
            l.accept(s);
        }
    }

    /** What undo and redo restore. */
    private record Inputs(TreeSet<Literal> assumptions, List<String> unknown, List<String> lens,
                          TreeMap<String, Prior> priors, boolean record, Confidence minConfidence) {

        static final Inputs EMPTY = new Inputs(new TreeSet<>(), List.of(), List.of(), new TreeMap<>(), true,
                Confidence.POSSIBLE);

        Inputs {
            assumptions = new TreeSet<>(assumptions);
            unknown = List.copyOf(unknown);
            lens = List.copyOf(lens);
            priors = new TreeMap<>(priors);
        }

        @Override
        public TreeSet<Literal> assumptions() {
            return new TreeSet<>(assumptions);
        }

        @Override
        public TreeMap<String, Prior> priors() {
            return new TreeMap<>(priors);
        }

        Inputs withAssumptions(Collection<Literal> known, List<String> unknownTexts) {
            return new Inputs(new TreeSet<>(known), unknownTexts, lens, priors, record, minConfidence);
        }

        Inputs withLens(List<String> sources) {
            return new Inputs(assumptions, unknown, sources, priors, record, minConfidence);
        }

        Inputs withPriors(TreeMap<String, Prior> next) {
            return new Inputs(assumptions, unknown, lens, next, record, minConfidence);
        }

        Inputs withReasoning(boolean withRecord, Confidence floor) {
            return new Inputs(assumptions, unknown, lens, priors, withRecord, floor);
        }
    }
}
