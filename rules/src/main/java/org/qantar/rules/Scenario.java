package org.qantar.rules;

import org.qantar.model.Confidence;
import org.qantar.model.Literal;

import java.util.Collection;

/**
 * One stateful evaluation: the workbench keeps one per session and changes it one assumption at a
 * time; the engine updates what follows incrementally. Not thread-safe. Close it when done.
 */
public interface Scenario extends AutoCloseable {

    /** Assumes a literal, replacing any assumption on the same proposition. */
    void assume(Literal literal);

    /** Withdraws the assumption on a proposition, if any. */
    void unassume(String proposition);

    /** Replaces all assumptions (only the differences reach the engine). */
    void assumeOnly(Collection<Literal> literals);

    /** Counts only these sources' claims; an empty collection counts every source. */
    void lens(Collection<String> sources);

    /**
     * Reasons with the record (each fact at its recorded value unless assumed otherwise) or without
     * it. A new scenario has the record on.
     */
    void record(boolean on);

    /**
     * Counts only the claims at or above a confidence level (the confidence floor); a new scenario
     * counts every claim ({@code possible}).
     */
    void minConfidence(Confidence level);

    /** The current answer; settles pending changes first. */
    Evaluation evaluation();

    @Override
    void close();
}
