package org.qantar.rules.compare;

import org.qantar.model.Literal;
import org.qantar.rules.Evaluation;

import java.util.Collection;

/**
 * One evaluation from scratch, whichever evaluator does it: {@code engine::evaluate} (Drools) or
 * {@code engine.graph()::evaluate} (the plain-Java graph evaluator, same semantics).
 * {@link Replay} always passes a non-empty lens, on which both agree.
 */
@FunctionalInterface
public interface Evaluator {

    /** The evaluation under exactly these assumptions, counting only the claims of the {@code lens} sources. */
    Evaluation evaluate(Collection<Literal> assumptions, Collection<String> lens);
}
