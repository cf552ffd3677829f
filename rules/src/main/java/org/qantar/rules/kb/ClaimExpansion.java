package org.qantar.rules.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The build step that lets the shipped knowledge base be written in the claim format and still
 * start from a rule base compiled at build time: each {@code SOURCE.claims} of {@code seeds/} is
 * expanded to {@code SOURCE.drl} in the engine's DRL shape ({@link DrlClaimWriter}), which
 * kie-maven-plugin then compiles into the executable model of the kjar. The claim files stay the one
 * source of the catalogue; the expanded DRL is a build product under {@code target/}.
 *
 * <p>Run by exec-maven-plugin in the {@code rules} module's compile phase:
 * {@code ClaimExpansion CLAIMS_DIR OUT_DIR}. A claim file the reader cannot read fails the build,
 * one line per problem with its file and line.
 */
public final class ClaimExpansion {

    private ClaimExpansion() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ClaimExpansion CLAIMS_DIR OUT_DIR");
        }
        // Quiet on success, as a build step under mvn -q should be; a problem fails the build.
        expandDirectory(Path.of(args[0]), Path.of(args[1]));
    }

    /**
     * Expands every claim file of {@code claimsDir} into {@code outDir}, and removes any other
     * {@code .drl} there (the expansion of a claim file since deleted).
     *
     * @return the DRL files written
     * @throws IllegalStateException listing every problem, one per line, when a claim file is unsound
     */
    public static List<Path> expandDirectory(Path claimsDir, Path outDir) {
        try {
            List<Path> claimFiles;
            try (Stream<Path> files = Files.list(claimsDir)) {
                claimFiles = files.filter(f -> f.getFileName().toString().endsWith(ClaimFileReader.EXTENSION))
                        .sorted().toList();
            }
            Map<String, String> drlByFile = new HashMap<>();
            List<String> problems = new ArrayList<>();
            Map<String, String> ruleNames = new HashMap<>();
            for (Path f : claimFiles) {
                String name = f.getFileName().toString();
                Expanded e = expand(name, Files.readString(f, StandardCharsets.UTF_8));
                problems.addAll(e.problems());
                for (ParsedRule r : e.rules()) {
                    // One package holds every claim rule: Drools refuses two rules of one name.
                    String other = ruleNames.putIfAbsent(r.name(), r.location());
                    if (other != null) {
                        problems.add(r.location() + ": claim " + r.meta("claim") + " has the name of the claim at "
                                + other + " (\"" + r.name() + "\"): rename one");
                    }
                }
                drlByFile.put(name.substring(0, name.length() - ClaimFileReader.EXTENSION.length()) + ".drl", e.drl());
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException(problems.size() + " problem(s) in the claim files of " + claimsDir
                        + ":\n  " + String.join("\n  ", problems));
            }
            Files.createDirectories(outDir);
            Set<String> keep = new TreeSet<>(drlByFile.keySet());
            try (Stream<Path> old = Files.list(outDir)) {
                for (Path f : old.toList()) {
                    if (f.getFileName().toString().endsWith(".drl") && !keep.contains(f.getFileName().toString())) {
                        Files.delete(f);
                    }
                }
            }
            List<Path> written = new ArrayList<>();
            for (String file : keep) {
                Path out = outDir.resolve(file);
                String drl = drlByFile.get(file);
                // Unchanged text keeps its timestamp, so that nothing downstream sees a change.
                if (!Files.isRegularFile(out) || !Files.readString(out, StandardCharsets.UTF_8).equals(drl)) {
                    Files.writeString(out, drl, StandardCharsets.UTF_8);
                }
                written.add(out);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot expand the claim files of " + claimsDir + ": " + e.getMessage(), e);
        }
    }

    /** One claim file's expansion: its rules as read, the DRL they expand to, the problems found. */
    public record Expanded(List<ParsedRule> rules, String drl, List<String> problems) {
        public Expanded {
            rules = List.copyOf(rules);
            problems = List.copyOf(problems);
        }
    }

    /**
     * One claim file expanded to DRL. A claim missing what the catalogue needs of it (its id, source,
     * confidence or conclusion) is a problem, since the catalogue would leave out a rule the rule base
     * has.
     */
    public static Expanded expand(String file, String text) {
        DrlClaimReader.Result read = new ClaimFileReader().read(file, text);
        List<String> problems = new ArrayList<>(read.problems());
        for (ParsedRule r : read.rules()) {
            if (KnowledgeBaseLoader.toClaim(r).isEmpty() && r.conclusion() != null) {
                problems.add(r.location() + ": claim " + r.meta("claim") + " is not a complete claim (its confidence is "
                        + r.meta("confidence") + ": write stated, likely or possible)");
            }
        }
        String drl = problems.isEmpty()
                ? DrlClaimWriter.write("Expanded at build time from " + file + " (ClaimExpansion): edit that file, not this one.",
                        read.rules())
                : "";
        return new Expanded(read.rules(), drl, problems);
    }
}
