package org.qantar.rules;

import org.qantar.rules.kb.KbJson;
import org.qantar.rules.kb.KbValidator;
import org.qantar.rules.kb.KnowledgeBaseLoader;
import org.qantar.rules.kb.KnowledgeBaseProblems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Opens a knowledge base kept in a directory. It is read and checked as {@code kb validate} checks
 * the shipped one; a knowledge base with any problem does not start ({@link KnowledgeBaseProblems},
 * one line each with what to do). Its claim rules are built in-process through Drools'
 * executable-model API, with no source generated or compiled, when the engine first needs them.
 *
 * <p>The check is what a first start pays for; its verdict is kept under {@code cacheDir} by the
 * knowledge base's content fingerprint, so a later start of the same content skips it, and any edit
 * (a new fingerprint) is checked again.
 */
final class DirectoryKnowledgeBase {

    private DirectoryKnowledgeBase() {
    }

    static Engine open(Path dir, Path cacheDir) {
        if (!Files.isDirectory(dir)) {
            throw new KnowledgeBaseProblems("no knowledge base at " + dir,
                    List.of(dir + ": no such directory (kb init " + dir + " --from shipped makes one)"));
        }
        KnowledgeBaseLoader.Loaded loaded;
        try {
            loaded = KnowledgeBaseLoader.fromDirectory(dir).load();
        } catch (RuntimeException e) {
            throw new KnowledgeBaseProblems("the knowledge base " + dir + " cannot be read", List.of(readProblem(dir, e)));
        }
        KnowledgeBase kb = loaded.knowledgeBase();
        Path verdict = cacheDir == null ? null : cacheDir.resolve("kb-cache").resolve(kb.fingerprint() + ".validated");
        if (verdict == null || !Files.exists(verdict)) {
            List<String> problems = new KbValidator().validate(loaded, new HashSet<>(kb.claimIds()));
            if (!problems.isEmpty()) {
                List<String> lines = new ArrayList<>();
                problems.forEach(p -> lines.add(withHint(p)));
                throw new KnowledgeBaseProblems(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                        + " in the knowledge base " + dir + " (fix them; kb validate --kb " + dir + " lists them again)",
                        lines);
            }
            if (verdict != null) {
                keep(verdict, dir);
            }
        }
        // The claim rules are built when first needed: kb validate and kb export need none.
        return Engine.buildingRulesOnFirstUse(kb, loaded.problems());
    }

    /** What to do about the checker's most common problems, added to its line. */
    static String withHint(String raw) {
        // The checker speaks of DRL metadata (@quote); a claim file has lines (quote "...").
        String problem = raw.matches("^[^ ]+\\.claims:\\d+ .*") ? raw.replace(" has no @", " has no ") : raw;
        if (problem.contains("unknown proposition") && !problem.contains("did you mean")) {
            return problem + " (add it to propositions.json, or correct the id)";
        }
        if (problem.contains("unknown source") && !problem.contains("did you mean")) {
            return problem + " (register it with kb add-source, or correct the id)";
        }
        if (problem.endsWith(" has no @quote") || problem.endsWith(" has no quote")) {
            return problem + " (add a line: quote \"...\", at most 30 words found in the article)";
        }
        if (problem.endsWith(" has no section")) {
            return problem + " (add a line 'section NAME' above the claim)";
        }
        if (problem.matches(".* has no @?(paraphrase|section|confidence|claim|source)$")) {
            return problem + " (add the missing line to the claim)";
        }
        if (problem.endsWith("is used by no claim or position")) {
            return problem + " (use it in a claim, or remove it from propositions.json)";
        }
        return problem;
    }

    private static String readProblem(Path dir, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof KbJson.FileProblem p) {
                return dir.resolve(p.file()) + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.problem()
                        + " (fix the JSON)";
            }
        }
        String message = firstLine(e.getMessage());
        if (message.contains("missing seeds/")) {
            String file = message.substring(message.indexOf("missing seeds/") + "missing seeds/".length());
            return dir.resolve(file) + ": missing (every knowledge base has sources.json, propositions.json and "
                    + "positions.json; kb init DIR writes them)";
        }
        return dir + ": " + message;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.strip().lines().findFirst().orElse("");
    }

    private static void keep(Path verdict, Path dir) {
        try {
            Files.createDirectories(verdict.getParent());
            Files.writeString(verdict, dir + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // No cache only costs the next start the check again.
        }
    }
}
