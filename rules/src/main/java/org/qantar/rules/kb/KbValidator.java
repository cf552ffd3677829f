package org.qantar.rules.kb;

import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.Position;
import org.qantar.model.Proposition;
import org.qantar.model.RecordedFact;
import org.qantar.model.Source;
import org.qantar.rules.KnowledgeBase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The soundness checks of {@code kb validate}: one line per problem, empty when sound.
 * Quotes against the texts are {@link QuoteVerifier}'s job; here only their length.
 */
public final class KbValidator {

    public static final int MAX_QUOTE_WORDS = 30;
    private static final List<String> REQUIRED = List.of("claim", "source", "confidence", "section", "quote", "paraphrase");

    /**
     * @param compiledClaimIds the {@code @claim} ids of the rules Drools compiled, which must be
     *                         exactly those read from the rule files
     */
    public List<String> validate(KnowledgeBaseLoader.Loaded loaded, Set<String> compiledClaimIds) {
        KnowledgeBase kb = loaded.knowledgeBase();
        List<String> problems = new ArrayList<>(loaded.problems());
        checkRegistry(kb, problems);
        Set<String> used = new HashSet<>();
        Map<String, String> firstRuleOfId = new HashMap<>();
        for (ParsedRule r : loaded.rules()) {
            checkRule(kb, r, firstRuleOfId, used, problems);
        }
        for (Position p : kb.positions()) {
            String what = "position " + p.source() + "/" + p.proposition();
            checkSource(kb, p.source(), what, problems);
            checkProposition(kb, p.proposition(), what, problems);
            checkQuote(p.quote(), what, problems);
            used.add(p.proposition());
            kb.source(p.source()).filter(Source::isReprint).ifPresent(s ->
                    problems.add(what + ": " + s.id() + " is a reprint of " + s.reprintOf() + " and adds no positions"));
        }
        Set<String> seenPositions = new HashSet<>();
        for (Position p : kb.positions()) {
            if (!seenPositions.add(p.source() + "/" + p.proposition())) {
                problems.add("position " + p.source() + "/" + p.proposition() + " is given twice");
            }
        }
        checkRecord(kb, used, problems);
        for (Proposition p : kb.propositions()) {
            if (!used.contains(p.id())) {
                problems.add("proposition " + p.id() + " is used by no claim or position");
            }
        }
        Set<String> read = new TreeSet<>(kb.claimIds());
        Set<String> compiled = new TreeSet<>(compiledClaimIds);
        if (!read.equals(compiled)) {
            Set<String> onlyCompiled = new TreeSet<>(compiled);
            onlyCompiled.removeAll(read);
            Set<String> onlyRead = new TreeSet<>(read);
            onlyRead.removeAll(compiled);
            problems.add("the compiled rules and the rule files disagree: compiled only " + onlyCompiled
                    + ", read only " + onlyRead + " (rebuild, or fix the rule file)");
        }
        return problems;
    }

    /** Each fact recorded once, each recorded proposition a fact, known sources, a quote. */
    private static void checkRecord(KnowledgeBase kb, Set<String> used, List<String> problems) {
        Set<String> recorded = new HashSet<>();
        for (RecordedFact f : kb.record()) {
            String what = "record " + f.proposition();
            if (!recorded.add(f.proposition())) {
                problems.add(what + " is recorded twice");
            }
            checkProposition(kb, f.proposition(), what, problems);
            kb.proposition(f.proposition()).filter(p -> !p.isFact()).ifPresent(p -> problems.add(what
                    + ": " + p.id() + " is a " + p.kind().label() + "; only a fact is recorded (give it kind fact)"));
            for (String source : f.sources()) {
                checkSource(kb, source, what, problems);
            }
            checkQuote(f.quote(), what, problems);
            used.add(f.proposition());
        }
        for (Proposition p : kb.propositions()) {
            if (p.isFact() && !recorded.contains(p.id())) {
                problems.add("fact " + p.id() + " has no recorded value (add it to the record, record.json)");
            }
        }
    }

    private static void checkRegistry(KnowledgeBase kb, List<String> problems) {
        Set<String> ids = new HashSet<>();
        for (Source s : kb.sources()) {
            if (!ids.add(s.id())) {
                problems.add("source " + s.id() + " is registered twice");
            }
            if (s.reprintOf() != null && kb.source(s.reprintOf()).isEmpty()) {
                problems.add("source " + s.id() + " is a reprint of unknown source " + s.reprintOf());
            }
            if (s.sha256() == null || !s.sha256().matches("[0-9a-f]{64}")) {
                problems.add("source " + s.id() + " has no valid sha256");
            }
        }
        Set<String> props = new HashSet<>();
        for (Proposition p : kb.propositions()) {
            if (!props.add(p.id())) {
                problems.add("proposition " + p.id() + " is registered twice");
            }
        }
    }

    private static void checkRule(KnowledgeBase kb, ParsedRule r, Map<String, String> firstRuleOfId, Set<String> used,
                                  List<String> problems) {
        String what = r.location() + " rule \"" + r.name() + "\"";
        for (String key : REQUIRED) {
            String v = r.meta(key);
            if (v == null || v.isBlank()) {
                problems.add(what + " has no @" + key);
            }
        }
        String id = r.meta("claim");
        if (id != null) {
            String earlier = firstRuleOfId.putIfAbsent(id, r.location());
            if (earlier != null) {
                problems.add(what + ": claim id " + id + " is already used at " + earlier);
            }
            what = r.location() + " " + id;
        }
        String confidence = r.meta("confidence");
        if (confidence != null) {
            try {
                Confidence.fromLabel(confidence);
            } catch (IllegalArgumentException e) {
                problems.add(what + ": " + e.getMessage());
            }
        }
        if (r.meta("source") != null) {
            checkSource(kb, r.meta("source"), what, problems);
            kb.source(r.meta("source")).filter(Source::isReprint).ifPresent(s ->
                    problems.add(r.location() + ": " + s.id() + " is a reprint and adds no claims"));
        }
        if (r.meta("quote") != null) {
            checkQuote(r.meta("quote"), what, problems);
        }
        if (r.premises().isEmpty()) {
            problems.add(what + " has no premise");
        }
        if (r.conclusion() == null) {
            problems.add(what + " concludes nothing");
        }
        List<Literal> all = new ArrayList<>(r.premises());
        all.addAll(r.unless());
        if (r.conclusion() != null) {
            all.add(r.conclusion());
        }
        for (Literal l : all) {
            checkProposition(kb, l.proposition(), what, problems);
            used.add(l.proposition());
        }
        for (Literal p : r.premises()) {
            if (r.premises().contains(p.negate())) {
                problems.add(what + ": premises " + p.proposition() + " and !" + p.proposition()
                        + " can never hold together");
                break;
            }
        }
        for (Literal u : r.unless()) {
            if (r.premises().contains(u)) {
                problems.add(what + ": premise " + u + " is also its unless-defeater, so it can never establish anything");
            }
        }
        if (r.conclusion() != null && r.premises().contains(r.conclusion())) {
            problems.add(what + " concludes its own premise " + r.conclusion());
        }
    }

    private static void checkSource(KnowledgeBase kb, String source, String what, List<String> problems) {
        if (kb.source(source).isEmpty()) {
            problems.add(what + ": unknown source " + source + nearest(source, kb.sourceIds()));
        }
    }

    private static void checkProposition(KnowledgeBase kb, String id, String what, List<String> problems) {
        if (kb.proposition(id).isEmpty()) {
            problems.add(what + ": unknown proposition " + id + nearest(id, kb.propositionIds()));
        }
    }

    private static void checkQuote(String quote, String what, List<String> problems) {
        if (quote == null || quote.isBlank()) {
            problems.add(what + " has no quote");
            return;
        }
        int words = TextNormalizer.wordCount(quote);
        if (words > MAX_QUOTE_WORDS) {
            problems.add(what + ": quote has " + words + " words, at most " + MAX_QUOTE_WORDS);
        }
    }

    private static String nearest(String id, List<String> known) {
        List<String> n = KnowledgeBase.nearest(id, known, 3);
        return n.isEmpty() ? "" : " (did you mean " + String.join(", ", n) + "?)";
    }
}
