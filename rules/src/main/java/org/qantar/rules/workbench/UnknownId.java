package org.qantar.rules.workbench;

import java.util.List;

/**
 * An id the knowledge base (or the session store) does not know. The message is one line naming the
 * nearest known ids, e.g. {@code unknown proposition 'csto_withdraw' (did you mean csto_withdraws?)};
 * the parts are kept so that a front end can offer the suggestions its own way.
 *
 * @see Ids#unknown
 */
public class UnknownId extends InvalidInput {

    private final String kind;
    private final String id;
    private final List<String> suggestions;

    public UnknownId(String kind, String id, List<String> suggestions, String message) {
        super(message);
        this.kind = kind;
        this.id = id;
        this.suggestions = List.copyOf(suggestions);
    }

    /** What sort of id: {@code proposition}, {@code source}, {@code claim}, {@code session}. */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    /** The nearest known ids, best first; empty when nothing is close. */
    public List<String> suggestions() {
        return suggestions;
    }
}
