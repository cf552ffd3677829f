package org.qantar.model.session;

import org.qantar.model.Literal;
import org.qantar.model.Prior;
import org.qantar.model.Session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What differs between two sessions: the inputs (assumptions, lens, priors) and the outcomes (the
 * status labels each session carries). Each line names what it is about, the value in the first
 * session and the value in the second; {@link #ABSENT} stands for "none there".
 *
 * <p>Which statuses a session carries is the caller's choice: as saved, or evaluated anew.
 *
 * @param inputs   assumption, lens and prior lines, in that order, propositions in the given order
 * @param outcomes status lines, propositions in the given order
 */
public record SessionDiff(List<Line> inputs, List<Line> outcomes) {

    /** The value of a line's side where the session has nothing: no assumption, no prior, no status. */
    public static final String ABSENT = "-";

    /** What a line is about. */
    public enum Kind {
        ASSUMPTION, LENS, RECORD, CONFIDENCE, PRIOR, STATUS;

        /** Lower case, for tables and JSON. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One difference.
     *
     * @param subject the proposition id (for the lens, the record and the confidence floor: {@code lens},
     *                {@code record}, {@code confidence})
     * @param from    the value in the first session, or {@link #ABSENT}
     * @param to      the value in the second session, or {@link #ABSENT}
     */
    public record Line(Kind kind, String subject, String from, String to) {
        public Line {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    public SessionDiff {
        inputs = List.copyOf(inputs);
        outcomes = List.copyOf(outcomes);
    }

    /**
     * The differences from {@code a} to {@code b}.
     *
     * @param propositionOrder order of propositions in the lines, e.g. the knowledge base's; propositions it
     *                         does not rank (unknown to the knowledge base) come after, by id
     */
    public static SessionDiff between(Session a, Session b, List<String> propositionOrder) {
        Comparator<String> order = orderOf(propositionOrder);
        List<Line> inputs = new ArrayList<>();
        Map<String, Boolean> assumedA = assumed(a);
        Map<String, Boolean> assumedB = assumed(b);
        for (String p : union(order, assumedA.keySet(), assumedB.keySet())) {
            add(inputs, Kind.ASSUMPTION, p, assumption(assumedA.get(p)), assumption(assumedB.get(p)));
        }
        if (!new TreeSet<>(a.lens()).equals(new TreeSet<>(b.lens()))) {
            inputs.add(new Line(Kind.LENS, "lens", lens(a.lens()), lens(b.lens())));
        }
        if (a.record() != b.record()) {
            inputs.add(new Line(Kind.RECORD, "record", a.record() ? "on" : "off", b.record() ? "on" : "off"));
        }
        if (a.minConfidence() != b.minConfidence()) {
            inputs.add(new Line(Kind.CONFIDENCE, "confidence", a.minConfidence().label(), b.minConfidence().label()));
        }
        for (String p : union(order, a.priors().keySet(), b.priors().keySet())) {
            add(inputs, Kind.PRIOR, p, prior(a.priors().get(p)), prior(b.priors().get(p)));
        }
        List<Line> outcomes = new ArrayList<>();
        for (String p : union(order, a.statuses().keySet(), b.statuses().keySet())) {
            add(outcomes, Kind.STATUS, p, a.statuses().getOrDefault(p, ABSENT), b.statuses().getOrDefault(p, ABSENT));
        }
        return new SessionDiff(inputs, outcomes);
    }

    public boolean isEmpty() {
        return inputs.isEmpty() && outcomes.isEmpty();
    }

    private static void add(List<Line> lines, Kind kind, String subject, String from, String to) {
        if (!from.equals(to)) {
            lines.add(new Line(kind, subject, from, to));
        }
    }

    private static Map<String, Boolean> assumed(Session s) {
        Map<String, Boolean> values = new java.util.HashMap<>();
        for (Literal l : s.literals()) {
            values.put(l.proposition(), l.value());
        }
        return values;
    }

    private static String assumption(Boolean value) {
        return value == null ? ABSENT : value.toString();
    }

    private static String prior(Prior prior) {
        return prior == null ? ABSENT : prior.toString();
    }

    private static String lens(List<String> sources) {
        return sources.isEmpty() ? "all" : String.join(",", new TreeSet<>(sources));
    }

    private static TreeSet<String> union(Comparator<String> order, java.util.Set<String> x, java.util.Set<String> y) {
        TreeSet<String> all = new TreeSet<>(order);
        all.addAll(x);
        all.addAll(y);
        return all;
    }

    private static Comparator<String> orderOf(List<String> ranked) {
        Map<String, Integer> rank = new java.util.HashMap<>();
        for (String id : ranked) {
            rank.putIfAbsent(id, rank.size());
        }
        return Comparator.comparing((String id) -> rank.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }
}
