package org.qantar.model.session;

/**
 * Something a user asked of the session store could not be done: a name that breaks the rule, a
 * session that does not exist, a target that does, a disk that refuses a write. The message is one
 * line that says what was wrong and, where there is one, what to do instead; it is meant to be shown
 * as it is.
 */
public class SessionStoreException extends RuntimeException {

    public SessionStoreException(String message) {
        super(OneLine.of(message));
    }

    public SessionStoreException(String message, Throwable cause) {
        super(OneLine.of(message), cause);
    }
}
