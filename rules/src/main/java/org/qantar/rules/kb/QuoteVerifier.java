package org.qantar.rules.kb;

import org.qantar.model.Claim;
import org.qantar.model.Position;
import org.qantar.model.RecordedFact;
import org.qantar.model.Source;
import org.qantar.rules.KnowledgeBase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Checks every claim's, position's and recorded fact's quote against its article's text, and each
 * text against the SHA-256 in the registry. A reprint's quotes may be found in the reprint or in its original.
 */
public final class QuoteVerifier {

    /** The outcome: how many quotes were checked and found, and one line per failure. */
    public record Report(int checked, int verified, List<String> failures, List<String> textProblems) {
        public Report {
            failures = List.copyOf(failures);
            textProblems = List.copyOf(textProblems);
        }

        public boolean ok() {
            return failures.isEmpty() && textProblems.isEmpty();
        }
    }

    private record Texts(String joined, String keptHyphens) {
        boolean contains(String quote) {
            return joined.contains(TextNormalizer.normalize(quote))
                    || keptHyphens.contains(TextNormalizer.normalizeKeepingHyphens(quote));
        }
    }

    public Report verify(KnowledgeBase kb, Path textsDir) {
        Map<String, Texts> texts = new HashMap<>();
        List<String> textProblems = new ArrayList<>();
        for (Source s : kb.sources()) {
            Path file = textsDir.resolve(s.seedFile());
            if (!Files.isRegularFile(file)) {
                textProblems.add(s.id() + ": text not found: " + file);
                continue;
            }
            try {
                byte[] bytes = Files.readAllBytes(file);
                String sha = sha256(bytes);
                if (!sha.equalsIgnoreCase(s.sha256())) {
                    textProblems.add(s.id() + ": " + s.seedFile() + " has SHA-256 " + sha + ", the registry says " + s.sha256());
                }
                String text = new String(bytes, StandardCharsets.UTF_8);
                texts.put(s.id(), new Texts(TextNormalizer.normalize(text), TextNormalizer.normalizeKeepingHyphens(text)));
            } catch (IOException e) {
                textProblems.add(s.id() + ": cannot read " + file + ": " + e.getMessage());
            }
        }
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (Claim c : kb.claims()) {
            checked++;
            check(kb, texts, c.source(), c.quote(), c.id()).ifPresent(failures::add);
        }
        for (Position p : kb.positions()) {
            checked++;
            check(kb, texts, p.source(), p.quote(), "position " + p.source() + "/" + p.proposition()).ifPresent(failures::add);
        }
        for (RecordedFact f : kb.record()) {
            checked++;
            checkAny(kb, texts, f.sources(), f.quote(), "record " + f.proposition()).ifPresent(failures::add);
        }
        return new Report(checked, checked - failures.size(), failures, textProblems);
    }

    /** A recorded fact's quote must be found in the text of one of the sources that report it. */
    private static java.util.Optional<String> checkAny(KnowledgeBase kb, Map<String, Texts> texts, List<String> sourceIds,
                                                       String quote, String what) {
        java.util.Optional<String> failure = java.util.Optional.of(what + ": names no source");
        for (String id : sourceIds) {
            failure = check(kb, texts, id, quote, what);
            if (failure.isEmpty()) {
                return failure;
            }
        }
        return sourceIds.size() <= 1 ? failure : java.util.Optional.of(what + ": quote not found in any of "
                + String.join(", ", sourceIds) + ": \"" + quote + "\"");
    }

    private static java.util.Optional<String> check(KnowledgeBase kb, Map<String, Texts> texts, String sourceId,
                                                    String quote, String what) {
        if (quote == null || quote.isBlank()) {
            return java.util.Optional.of(what + ": no quote");
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(sourceId);
        kb.source(sourceId).map(Source::reprintOf).ifPresent(candidates::add);
        boolean anyText = false;
        for (String id : candidates) {
            Texts t = texts.get(id);
            if (t != null) {
                anyText = true;
                if (t.contains(quote)) {
                    return java.util.Optional.empty();
                }
            }
        }
        return java.util.Optional.of(what + (anyText ? ": quote not found in " : ": no text for ") + sourceId
                + ": \"" + quote + "\"");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
