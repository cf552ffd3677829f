package org.qantar.shell.input;

import org.jline.reader.Candidate;
import org.jline.reader.impl.CompletionMatcherImpl;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * JLine's completion matching, except that a word shorter than {@value #MIN_TYPO_LENGTH} characters
 * is never taken for a misspelling: JLine compared it with as many leading characters of each
 * candidate, so that {@code diff afternoon c<Tab>} became {@code afternoon} (newcomer trial #15).
 * {@code fual_price<Tab>} is still corrected.
 */
public final class ShortWordMatcher extends CompletionMatcherImpl {

    static final int MIN_TYPO_LENGTH = 4;

    @Override
    protected Function<Map<String, List<Candidate>>, Map<String, List<Candidate>>> typoMatcher(
            String word, int errors, boolean caseInsensitive, String originalGroupName) {
        if (word.length() < MIN_TYPO_LENGTH) {
            return candidates -> Map.of();
        }
        return super.typoMatcher(word, errors, caseInsensitive, originalGroupName);
    }
}
