package org.qantar.rules.hindsight;

import org.qantar.model.RecordedFact;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.workbench.InvalidInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What happened after the articles, and each article's record: the shipped resolutions, the user's
 * own (kept in a {@link ResolutionStore}, overriding the shipped ones), the scorecard. Front-end
 * neutral: errors are {@link InvalidInput} (a bad request) or
 * {@link org.qantar.rules.workbench.OperationFailed} (a file that cannot be read or written).
 */
public final class Hindsight {

    private final Supplier<KnowledgeBase> knowledgeBase;
    private final Function<KnowledgeBase, List<Resolution>> shippedWith;
    private final ResolutionStore store;

    /**
     * For a fixed knowledge base and its shipped resolutions.
     */
    public Hindsight(KnowledgeBase kb, List<Resolution> shipped, ResolutionStore store) {
        this(() -> kb, k -> shipped, store);
    }

    /**
     * For the knowledge base in use, which may change ({@code kb use}): each call asks for it and
     * for the resolutions shipped with it. The autopsy takes what that knowledge base's record
     * establishes wherever no resolution speaks.
     */
    public Hindsight(Supplier<KnowledgeBase> knowledgeBase, Function<KnowledgeBase, List<Resolution>> shippedWith,
                     ResolutionStore store) {
        this.knowledgeBase = knowledgeBase;
        this.shippedWith = shippedWith;
        this.store = store;
    }

    private KnowledgeBase kb() {
        return knowledgeBase.get();
    }

    private List<Resolution> shipped(KnowledgeBase kb) {
        return List.copyOf(shippedWith.apply(kb));
    }

    /** The resolutions in force: the shipped ones with the user's laid over them. */
    public Resolutions resolutions() {
        KnowledgeBase kb = kb();
        return Resolutions.of(kb, shipped(kb), store.load());
    }

    /**
     * What {@code resolutions --json} prints.
     *
     * @param file        the user's resolutions file
     * @param resolutions the resolutions in force, in knowledge-base order
     * @param unknown     resolutions of propositions the knowledge base lacks, never applied
     */
    public record Listing(String file, List<Resolutions.Entry> resolutions, List<Resolution> unknown) {
        public Listing {
            resolutions = List.copyOf(resolutions);
            unknown = List.copyOf(unknown);
        }
    }

    /** The resolutions in force with where the user's are kept. */
    public Listing listing() {
        Resolutions r = resolutions();
        return new Listing(store.file().toString(), r.entries(), r.unknown());
    }

    /** The user's resolutions file. */
    public ResolutionStore store() {
        return store;
    }

    /**
     * Records the user's resolution of a proposition (replacing their earlier one; overriding a
     * shipped one), saved at once.
     *
     * @return the entry now in force
     * @throws InvalidInput on an unknown proposition (naming the nearest), a bad value or date, no
     *                      evidence, or {@code partly} without a note
     */
    public Resolutions.Entry resolve(String proposition, String value, String on, String evidence, String url,
                                     String note) {
        requireKnown(kb(), proposition);
        if (value == null || value.isBlank()) {
            throw new InvalidInput("resolve " + proposition + " needs a value: true, false or partly");
        }
        Resolution r = new Resolution(proposition, ResolvedValue.fromLabel(value.strip()), on, evidence, url, note);
        List<Resolution> mine = new ArrayList<>(store.load());
        mine.removeIf(x -> x.proposition().equals(proposition));
        mine.add(r);
        store.save(mine);
        return resolutions().get(proposition).orElseThrow();
    }

    /**
     * Withdraws the user's own resolution of a proposition.
     *
     * @return the entry in force afterwards (the shipped one, if any)
     * @throws InvalidInput on an unknown proposition, or one the user has not resolved
     */
    public Optional<Resolutions.Entry> unresolve(String proposition) {
        KnowledgeBase kb = kb();
        requireKnown(kb, proposition);
        List<Resolution> mine = new ArrayList<>(store.load());
        if (!mine.removeIf(x -> x.proposition().equals(proposition))) {
            boolean hasShipped = shipped(kb).stream().anyMatch(r -> r.proposition().equals(proposition));
            throw new InvalidInput("you have not resolved " + proposition + (hasShipped
                    ? " (its shipped resolution stays; override it with resolve " + proposition + " ...)"
                    : "; 'resolutions' lists what is resolved"));
        }
        store.save(mine);
        return resolutions().get(proposition);
    }

    /** Every article's record under {@code probabilities}, with the claim autopsy. */
    public Scorecard scorecard(ProbabilityMap probabilities) {
        KnowledgeBase kb = kb();
        return Scorecard.of(kb, Resolutions.of(kb, shipped(kb), store.load()), probabilities,
                p -> kb.recorded(p).map(RecordedFact::value));
    }

    private static void requireKnown(KnowledgeBase kb, String proposition) {
        if (proposition == null || kb.proposition(proposition).isEmpty()) {
            List<String> near = KnowledgeBase.nearest(String.valueOf(proposition), kb.propositionIds(), 3);
            throw new InvalidInput("unknown proposition '" + proposition + "'" + (near.isEmpty()
                    ? " ('propositions' lists them)" : " (did you mean " + String.join(", ", near) + "?)"));
        }
    }
}
