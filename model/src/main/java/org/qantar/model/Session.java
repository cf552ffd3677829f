package org.qantar.model;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A named scenario as saved on disk: the inputs (assumptions, lens, priors) and, for the record,
 * the statuses evaluated at save time under the knowledge base with {@code kbFingerprint}.
 *
 * <p>Assumptions are kept as literal text ({@code x}, {@code !x}) so that an assumption about a
 * proposition the knowledge base no longer has survives a load and the next save. In memory a
 * session is always of the current {@link #SCHEMA_VERSION}: older files are migrated when read
 * (see {@code org.qantar.model.session.SessionCodec}).
 *
 * <p>Maps are sorted by key, so two equal sessions also iterate alike.
 *
 * @param name          the session's name; empty for an untitled working session. Whether it is a
 *                      valid file name is the store's business, not the record's
 * @param note          free text kept with the session, never null (empty when there is none)
 * @param created       when the session was first saved
 * @param saved         when it was last saved
 * @param assumptions   literal texts in canonical form ({@code x} or {@code !x}), each proposition at most once
 * @param lens          counted source ids; empty means every source
 * @param priors        proposition id → prior on it
 * @param kbFingerprint fingerprint of the knowledge base the statuses were evaluated under; empty if unknown
 * @param statuses      proposition id → status label ({@code SUPPORTED true}, {@code OPEN}) at save time
 * @param extras        top-level fields of the file this version does not know, kept and written back
 *                      so that a newer Qantar's additions survive a round trip through this one
 * @param record        whether the session reasons with the record (schema 2; older sessions: on)
 * @param minConfidence the confidence floor: only claims at least this confident count (schema 2;
 *                      older sessions: {@code possible}, every claim)
 */
public record Session(String name, String note, Instant created, Instant saved,
                      List<String> assumptions, List<String> lens, Map<String, Prior> priors,
                      String kbFingerprint, Map<String, String> statuses, Map<String, JsonNode> extras,
                      boolean record, Confidence minConfidence) {

    /** The schema version this code writes. Bump it, and keep a fixture, whenever the file shape changes. */
    public static final int SCHEMA_VERSION = 2;

    /** The field names of the current schema, in the order they are written; no extra may reuse one. */
    public static final List<String> FIELDS = List.of("format", "schemaVersion", "name", "note", "created",
            "saved", "kbFingerprint", "assumptions", "lens", "record", "minConfidence", "priors", "statuses");

    /** A session reasoning with the record and every claim (what a session before schema 2 did). */
    public Session(String name, String note, Instant created, Instant saved, List<String> assumptions,
                   List<String> lens, Map<String, Prior> priors, String kbFingerprint, Map<String, String> statuses,
                   Map<String, JsonNode> extras) {
        this(name, note, created, saved, assumptions, lens, priors, kbFingerprint, statuses, extras, true,
                Confidence.POSSIBLE);
    }

    public Session {
        Objects.requireNonNull(name, "name");
        note = note == null ? "" : note;
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(saved, "saved");
        assumptions = canonicalAssumptions(assumptions == null ? List.of() : assumptions);
        lens = checkedLens(lens == null ? List.of() : lens);
        priors = sortedByProposition(priors == null ? Map.of() : priors, "prior");
        kbFingerprint = kbFingerprint == null ? "" : kbFingerprint;
        statuses = checkedStatuses(statuses == null ? Map.of() : statuses);
        extras = checkedExtras(extras == null ? Map.of() : extras);
        minConfidence = minConfidence == null ? Confidence.POSSIBLE : minConfidence;
    }

    /** An empty, untitled session created (and notionally saved) at {@code now}. */
    public static Session empty(Instant now) {
        return new Session("", "", now, now, List.of(), List.of(), Map.of(), "", Map.of(), Map.of());
    }

    /** The assumptions as literals, in the order kept. */
    public List<Literal> literals() {
        return assumptions.stream().map(Literal::parse).toList();
    }

    /** Deep copies: a caller cannot change this session through a returned node. */
    @Override
    public Map<String, JsonNode> extras() {
        return copyOfExtras(extras);
    }

    public Session withName(String newName) {
        return new Session(newName, note, created, saved, assumptions, lens, priors, kbFingerprint, statuses, extras,
                record, minConfidence);
    }

    public Session withNote(String newNote) {
        return new Session(name, newNote, created, saved, assumptions, lens, priors, kbFingerprint, statuses, extras,
                record, minConfidence);
    }

    public Session withSaved(Instant when) {
        return new Session(name, note, created, when, assumptions, lens, priors, kbFingerprint, statuses, extras,
                record, minConfidence);
    }

    /** The same session with new inputs, e.g. the workbench's current state; the extras are kept. */
    public Session withInputs(List<String> newAssumptions, List<String> newLens, Map<String, Prior> newPriors) {
        return new Session(name, note, created, saved, newAssumptions, newLens, newPriors, kbFingerprint, statuses,
                extras, record, minConfidence);
    }

    /** The same session reasoning with or without the record, and with another confidence floor. */
    public Session withReasoning(boolean newRecord, Confidence newMinConfidence) {
        return new Session(name, note, created, saved, assumptions, lens, priors, kbFingerprint, statuses, extras,
                newRecord, newMinConfidence);
    }

    /** The same session with the outcomes of an evaluation under the knowledge base {@code fingerprint}. */
    public Session withOutcomes(String fingerprint, Map<String, String> newStatuses) {
        return new Session(name, note, created, saved, assumptions, lens, priors, fingerprint, newStatuses, extras,
                record, minConfidence);
    }

    private static List<String> canonicalAssumptions(List<String> texts) {
        List<String> canonical = new ArrayList<>(texts.size());
        Map<String, String> byProposition = new TreeMap<>();
        for (String text : texts) {
            Objects.requireNonNull(text, "assumption");
            Literal literal = Literal.parse(text);
            String earlier = byProposition.put(literal.proposition(), literal.toString());
            if (earlier != null) {
                throw new IllegalArgumentException("proposition '" + literal.proposition()
                        + "' is assumed twice (" + earlier + ", " + literal + ")");
            }
            canonical.add(literal.toString());
        }
        return List.copyOf(canonical);
    }

    private static List<String> checkedLens(List<String> sources) {
        Set<String> seen = new HashSet<>();
        for (String source : sources) {
            if (source == null || source.isBlank() || !source.strip().equals(source)) {
                throw new IllegalArgumentException("a lens names source ids, got '" + source + "'");
            }
            if (!seen.add(source)) {
                throw new IllegalArgumentException("source '" + source + "' is twice in the lens");
            }
        }
        return List.copyOf(sources);
    }

    private static <V> SortedMap<String, V> sortedByProposition(Map<String, V> map, String what) {
        SortedMap<String, V> sorted = new TreeMap<>();
        for (Map.Entry<String, V> e : map.entrySet()) {
            if (!Proposition.isValidId(e.getKey())) {
                throw new IllegalArgumentException(what + " on '" + e.getKey() + "', which is not a proposition id");
            }
            sorted.put(e.getKey(), Objects.requireNonNull(e.getValue(), what));
        }
        return Collections.unmodifiableSortedMap(sorted);
    }

    private static SortedMap<String, String> checkedStatuses(Map<String, String> statuses) {
        SortedMap<String, String> sorted = sortedByProposition(statuses, "status");
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            String label = e.getValue();
            if (label.isBlank() || label.indexOf('\n') >= 0 || label.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("the status of '" + e.getKey() + "' is not a one-line label");
            }
        }
        return sorted;
    }

    private static Map<String, JsonNode> checkedExtras(Map<String, JsonNode> extras) {
        for (Map.Entry<String, JsonNode> e : extras.entrySet()) {
            if (FIELDS.contains(e.getKey())) {
                throw new IllegalArgumentException("extra field '" + e.getKey() + "' is a field of the schema");
            }
            Objects.requireNonNull(e.getValue(), "extra field value");
        }
        return copyOfExtras(extras);
    }

    private static Map<String, JsonNode> copyOfExtras(Map<String, JsonNode> extras) {
        SortedMap<String, JsonNode> copy = new TreeMap<>();
        extras.forEach((key, node) -> copy.put(key, node.deepCopy()));
        return Collections.unmodifiableSortedMap(copy);
    }
}
