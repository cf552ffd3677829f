package org.qantar.rules.kb;

import org.qantar.model.Literal;
import org.qantar.model.Proposition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a source's claims in the analyst's format ({@code SOURCE.claims}): a claim is its name, its
 * metadata, its premises, its unless-defeaters and its conclusion, nothing of the engine. The source
 * is the file's name; a {@code section} line names the section of the claims that follow it.
 * <pre>
 * section The CSTO intervention
 *
 * claim iwpr-02 stated: The speed of the deployment shows Moscow's readiness for hard power
 *   quote "Considering how quickly the CSTO forces were deployed, we can say that ..."
 *   paraphrase After years of criticism for doing nothing, the bloc's fast deployment ...
 *   if tokayev_calls_in_csto
 *   unless csto_seen_as_occupier
 *   then csto_credibility_boosted
 * </pre>
 * {@code if} and {@code unless} take comma-separated literals ({@code id} or {@code !id}) and may
 * repeat; {@code @key value} adds other metadata. Lines starting with {@code #} are comments. Each
 * claim becomes exactly the rule the engine's DRL shape spells out ({@code ClaimRuleModel}); any line
 * this grammar does not know is a problem naming {@code file:line} and what to write instead.
 */
public final class ClaimFileReader {

    public static final String EXTENSION = ".claims";

    private static final Pattern CLAIM = Pattern.compile("^claim\\s+(\\S+)\\s+(\\w+)\\s*:\\s*(.+)$");
    private static final Pattern SECTION = Pattern.compile("^section\\s+(.+)$");
    private static final Pattern QUOTE = Pattern.compile("^quote\\s+\"(.*)\"$");
    private static final Pattern TEXT = Pattern.compile("^(paraphrase|if|unless|then)\\s+(.+)$");
    private static final Pattern META = Pattern.compile("^@(\\w+)\\s+(.+)$");

    public DrlClaimReader.Result read(String file, String text) {
        String source = file.endsWith(EXTENSION) ? file.substring(0, file.length() - EXTENSION.length()) : file;
        List<ParsedRule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String section = null;
        Draft draft = null;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String where = file + ":" + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m;
            if ((m = CLAIM.matcher(line)).matches()) {
                if (draft != null) {
                    rules.add(draft.finish(problems));
                }
                draft = new Draft(file, i + 1, m.group(3).strip());
                draft.meta.put("claim", m.group(1));
                draft.meta.put("source", source);
                draft.meta.put("confidence", m.group(2));
                draft.section = section;
            } else if ((m = SECTION.matcher(line)).matches()) {
                if (draft != null) {
                    rules.add(draft.finish(problems));
                    draft = null;
                }
                section = m.group(1).strip();
            } else if (draft == null) {
                problems.add(where + ": expected 'claim ID CONFIDENCE: NAME' or 'section NAME', got: " + line);
            } else if ((m = QUOTE.matcher(line)).matches()) {
                draft.once("quote", m.group(1), where, problems);
            } else if ((m = TEXT.matcher(line)).matches()) {
                String value = m.group(2).strip();
                switch (m.group(1)) {
                    case "paraphrase" -> draft.once("paraphrase", value, where, problems);
                    case "if" -> draft.premises.addAll(literals(value, where, problems));
                    case "unless" -> draft.unless.addAll(literals(value, where, problems));
                    default -> {
                        List<Literal> conclusion = literals(value, where, problems);
                        if (draft.conclusion != null || conclusion.size() > 1) {
                            problems.add(where + ": claim " + draft.meta.get("claim")
                                    + " concludes one literal: write a second claim for another conclusion");
                        } else if (!conclusion.isEmpty()) {
                            draft.conclusion = conclusion.get(0);
                        }
                    }
                }
            } else if ((m = META.matcher(line)).matches()) {
                draft.once(m.group(1), m.group(2).strip(), where, problems);
            } else if (line.startsWith("quote")) {
                problems.add(where + ": write the quote between double quotes: quote \"...\"");
            } else {
                problems.add(where + ": claim " + draft.meta.get("claim") + ": not a claim line: " + line
                        + " (expected quote, paraphrase, if, unless, then or @key value)");
            }
        }
        if (draft != null) {
            rules.add(draft.finish(problems));
        }
        return new DrlClaimReader.Result(rules, problems);
    }

    private static List<Literal> literals(String text, String where, List<String> problems) {
        List<Literal> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String t = part.strip();
            String id = t.startsWith("!") ? t.substring(1).strip() : t;
            if (!Proposition.isValidId(id)) {
                problems.add(where + ": not a literal: '" + t
                        + "' (write a proposition id in lower case with underscores, or !id for its negation)");
            } else {
                out.add(Literal.parse(t));
            }
        }
        return out;
    }

    /** A claim being read. */
    private static final class Draft {
        final String file;
        final int line;
        final String name;
        final Map<String, String> meta = new LinkedHashMap<>();
        final List<Literal> premises = new ArrayList<>();
        final List<Literal> unless = new ArrayList<>();
        Literal conclusion;
        /** The file's section at this claim; an {@code @section} line of the claim's own wins. */
        String section;

        Draft(String file, int line, String name) {
            this.file = file;
            this.line = line;
            this.name = name;
        }

        void once(String key, String value, String where, List<String> problems) {
            if (meta.containsKey(key)) {
                problems.add(where + ": claim " + meta.get("claim") + " gives its " + key + " twice");
                return;
            }
            meta.put(key, value);
        }

        ParsedRule finish(List<String> problems) {
            if (section != null) {
                meta.putIfAbsent("section", section);
            }
            if (conclusion == null) {
                problems.add(file + ":" + line + ": claim " + meta.get("claim")
                        + " has no conclusion (add a line: then PROPOSITION or then !PROPOSITION)");
            }
            return new ParsedRule(file, line, name, meta, premises, unless, conclusion);
        }
    }
}
