package org.qantar.rules.kb;

import org.qantar.model.Literal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the claim rules of a knowledge-base DRL file as data: premises, unless-defeaters and the
 * conclusion come from the rule's own patterns, so the catalogue that {@code kb export} reports is
 * the DRL itself. The grammar is deliberately narrow (one pattern per line, in the shape the
 * knowledge base uses); any other line inside a rule is reported, never guessed at.
 * {@code DrlClaimAgreementTest} proves, rule by rule, that Drools agrees with this reading.
 */
public final class DrlClaimReader {

    private static final Pattern RULE = Pattern.compile("^rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$");
    private static final Pattern META = Pattern.compile("@(\\w+)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
    private static final Pattern META_LINE = Pattern.compile("^(\\s*@\\w+\\(\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\))+\\s*$");
    private static final Pattern STRATUM = Pattern.compile(
            "^\\$s\\s*:\\s*Stratum\\(\\s*(countsLikely|countsPossible)?\\s*\\)$");
    private static final Pattern HOLDS = Pattern.compile(
            "^Holds\\(\\s*stratum\\s*==\\s*\\$s\\s*,\\s*literal\\s*==\\s*\"(!?[a-z][a-z0-9_]*)\"\\s*\\)$");
    private static final Pattern DEFEATER = Pattern.compile(
            "^not\\s+Defeater\\(\\s*stratum\\s*==\\s*\\$s\\s*,\\s*literal\\s*==\\s*\"(!?[a-z][a-z0-9_]*)\"\\s*\\)$");
    private static final Pattern CONCLUDE = Pattern.compile(
            "^conclude\\(\\s*drools\\s*,\\s*\\$s\\s*,\\s*\"(!?[a-z][a-z0-9_]*)\"\\s*\\);$");

    /** What reading one file gave: the rules, and the lines it could not read. */
    public record Result(List<ParsedRule> rules, List<String> problems) {
        public Result {
            rules = List.copyOf(rules);
            problems = List.copyOf(problems);
        }
    }

    private enum Part { OUTSIDE, HEADER, WHEN, THEN }

    public Result read(String file, String text) {
        List<ParsedRule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Part part = Part.OUTSIDE;
        String name = null;
        int start = 0;
        boolean stratumBound = false;
        Map<String, String> meta = new LinkedHashMap<>();
        List<Literal> premises = new ArrayList<>();
        List<Literal> unless = new ArrayList<>();
        Literal conclusion = null;

        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            String where = file + ":" + lineNo;
            switch (part) {
                case OUTSIDE -> {
                    Matcher m = RULE.matcher(line);
                    if (m.matches()) {
                        name = unescape(m.group(1));
                        start = lineNo;
                        meta.clear();
                        premises.clear();
                        unless.clear();
                        conclusion = null;
                        stratumBound = false;
                        part = Part.HEADER;
                    } else if (!(line.startsWith("package ") || line.startsWith("import "))) {
                        problems.add(where + ": unexpected text outside a rule: " + line);
                    }
                }
                case HEADER -> {
                    if (line.equals("when")) {
                        part = Part.WHEN;
                    } else if (META_LINE.matcher(line).matches()) {
                        Matcher m = META.matcher(line);
                        while (m.find()) {
                            if (meta.put(m.group(1), unescape(m.group(2))) != null) {
                                problems.add(where + ": rule \"" + name + "\" repeats @" + m.group(1));
                            }
                        }
                    } else {
                        problems.add(where + ": rule \"" + name + "\": unexpected line before 'when': " + line);
                    }
                }
                case WHEN -> {
                    Matcher holds = HOLDS.matcher(line);
                    Matcher defeater = DEFEATER.matcher(line);
                    Matcher stratum = STRATUM.matcher(line);
                    if (line.equals("then")) {
                        part = Part.THEN;
                    } else if (stratum.matches()) {
                        stratumBound = true;
                        String wanted = DrlClaimWriter.stratumPattern(meta.get("confidence"));
                        if (stratum.group(1) != null && !wanted.contains(stratum.group(1))) {
                            // A narrower pattern than the claim's confidence would leave it out of cuts it belongs to.
                            problems.add(where + ": rule \"" + name + "\": a " + meta.get("confidence")
                                    + " claim binds $s : " + wanted + " (or $s : Stratum()), not: " + line);
                        }
                    } else if (holds.matches()) {
                        premises.add(Literal.parse(holds.group(1)));
                    } else if (defeater.matches()) {
                        unless.add(Literal.parse(defeater.group(1)));
                    } else {
                        problems.add(where + ": rule \"" + name + "\": not a premise or unless pattern: " + line);
                    }
                }
                case THEN -> {
                    Matcher m = CONCLUDE.matcher(line);
                    if (line.equals("end")) {
                        if (!stratumBound) {
                            problems.add(file + ":" + start + ": rule \"" + name + "\" does not bind $s : Stratum()");
                        }
                        rules.add(new ParsedRule(file, start, name, meta, premises, unless, conclusion));
                        part = Part.OUTSIDE;
                    } else if (m.matches() && conclusion == null) {
                        conclusion = Literal.parse(m.group(1));
                    } else {
                        problems.add(where + ": rule \"" + name
                                + "\": a claim's consequence is one conclude(drools, $s, \"literal\"); call: " + line);
                    }
                }
            }
        }
        if (part != Part.OUTSIDE) {
            problems.add(file + ":" + start + ": rule \"" + name + "\" has no 'end'");
        }
        return new Result(rules, problems);
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
