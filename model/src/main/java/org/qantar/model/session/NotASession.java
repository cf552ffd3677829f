package org.qantar.model.session;

/**
 * Inside the decoder: the JSON is well formed but is not a session of any known shape. Carries the
 * problem only; {@link SessionCodec} adds the file name and turns it into a {@link SessionFileException}.
 */
final class NotASession extends RuntimeException {

    NotASession(String problem) {
        super(problem, null, false, false);
    }
}
