package org.qantar.rules.workbench;

import org.qantar.model.Literal;
import org.qantar.model.Position;
import org.qantar.model.json.Json;
import org.qantar.rules.Engine;
import org.qantar.rules.Evaluation;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.compare.Article;
import org.qantar.rules.compare.Articles;
import org.qantar.rules.kb.KbJson;
import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Expected results kept inside a knowledge base, as Carneades keeps argument-graph tests beside its
 * graphs: each case is some assumptions and a lens, and the statuses they must give. Cases live in
 * {@code tests/*.json} of a knowledge-base directory (the shipped one: {@code seeds/tests/*.json}):
 * <pre>
 * {"cases":[{"name":"Cornell's own reading","assume":["csto_invited","!elite_split"],
 *            "lens":["cornell-ni"],"expect":{"kazakhstan_beholden_to_russia":"SUPPORTED true",
 *                                             "elite_power_struggle":"OPEN"}}]}
 * </pre>
 * An expected status is a label as {@code status} prints it ({@code SUPPORTED true}, {@code OPEN}),
 * or its first word alone to accept either value. {@code lens} may be left out (every source).
 */
public final class KbTestCases {

    /** One case as written. */
    public record Case(String file, String name, List<String> assume, List<String> lens, Map<String, String> expect) {
        public Case {
            assume = assume == null ? List.of() : List.copyOf(assume);
            lens = lens == null ? List.of() : List.copyOf(lens);
            expect = expect == null ? Map.of() : new TreeMap<>(expect);
        }
    }

    /** What one case gave: each line a proposition whose status was not the expected one. */
    public record Outcome(Case testCase, List<String> failures) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /** The JSON of a test file. */
    record CaseFile(List<CaseJson> cases) {
    }

    record CaseJson(String name, List<String> assume, List<String> lens, Map<String, String> expect) {
    }

    private KbTestCases() {
    }

    /** The cases of a knowledge-base directory's {@code tests/}, by file name; none when it has no tests. */
    public static List<Case> fromDirectory(Path kbDir) {
        Path tests = kbDir.resolve("tests");
        if (!Files.isDirectory(tests)) {
            return List.of();
        }
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(tests)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                texts.put("tests/" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new OperationFailed("cannot read " + tests + ": " + e.getMessage(), e);
        }
        return parse(texts);
    }

    /** The cases shipped in the jar, {@code seeds/tests/*.json}. */
    public static List<Case> shipped() {
        Map<String, String> texts = new TreeMap<>();
        ClassLoader loader = KbTestCases.class.getClassLoader();
        try {
            Enumeration<URL> dirs = loader.getResources("seeds/tests");
            while (dirs.hasMoreElements()) {
                URL url = dirs.nextElement();
                if (url.getProtocol().equals("jar")) {
                    JarURLConnection c = (JarURLConnection) url.openConnection();
                    c.setUseCaches(false);
                    try (JarFile jar = c.getJarFile()) {
                        String prefix = c.getEntryName() + "/";
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            JarEntry entry = e.nextElement();
                            if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".json")) {
                                try (InputStream in = jar.getInputStream(entry)) {
                                    texts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                                }
                            }
                        }
                    }
                } else if (url.getProtocol().equals("file")) {
                    Path dir = Path.of(url.toURI());
                    try (Stream<Path> files = Files.list(dir)) {
                        for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                            texts.put("seeds/tests/" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new OperationFailed("cannot read the shipped test cases: " + e.getMessage(), e);
        }
        return parse(texts);
    }

    private static List<Case> parse(Map<String, String> texts) {
        List<Case> out = new ArrayList<>();
        texts.forEach((file, text) -> {
            CaseFile parsed;
            try {
                parsed = Json.read(text, CaseFile.class);
            } catch (JacksonException e) {
                KbJson.FileProblem p = KbJson.problem(file, e);
                throw new InvalidInput(file + (p.line() > 0 ? ":" + p.line() : "") + ": not a test file: " + p.problem()
                        + " (write {\"cases\":[{\"name\",\"assume\",\"lens\",\"expect\"}]})");
            }
            if (parsed.cases() == null) {
                throw new InvalidInput(file + ": no \"cases\" (write {\"cases\":[{\"name\",\"assume\",\"lens\",\"expect\"}]})");
            }
            int i = 0;
            for (CaseJson c : parsed.cases()) {
                i++;
                String name = c.name() == null || c.name().isBlank() ? "case " + i : c.name();
                out.add(new Case(file, name, c.assume(), c.lens(), c.expect()));
            }
        });
        return out;
    }

    /**
     * Runs every case on {@code engine}. Ids the knowledge base does not know are failures of their
     * case, not errors of the run, so that one stale case does not hide the others.
     */
    public static List<Outcome> run(Engine engine, List<Case> cases) {
        Ids ids = new Ids(engine.knowledgeBase());
        List<Outcome> out = new ArrayList<>();
        for (Case c : cases) {
            List<String> failures = new ArrayList<>();
            Evaluation e;
            try {
                List<Literal> literals = new ArrayList<>();
                for (String a : c.assume()) {
                    literals.add(ids.literal(a));
                }
                List<String> lens = new ArrayList<>();
                for (String s : c.lens()) {
                    lens.add(ids.source(s));
                }
                e = engine.evaluate(literals, lens);
            } catch (InvalidInput bad) {
                out.add(new Outcome(c, List.of(bad.getMessage())));
                continue;
            }
            Map<String, String> got = new LinkedHashMap<>();
            for (PropositionStatus s : e.statuses()) {
                got.put(s.id(), s.label());
            }
            c.expect().forEach((proposition, expected) -> {
                String actual = got.get(proposition);
                if (actual == null) {
                    failures.add("unknown proposition " + proposition + Suggestions.hint(proposition, List.copyOf(got.keySet())));
                } else if (!matches(expected.strip(), actual)) {
                    failures.add(proposition + ": expected " + expected.strip() + ", got " + actual);
                }
            });
            out.add(new Outcome(c, failures));
        }
        return out;
    }

    /**
     * One case per article: its own reading (the drivers it asserts assumed, the lens on its voice),
     * expecting each of its outcome positions SUPPORTED with its value, as {@code replay} scores it.
     * Where the knowledge base does not reproduce a position today the case expects what it gives,
     * and says so in its name, so that the cases pass now and any change to a reading shows.
     * What {@code kb test --write-readings FILE} writes.
     */
    public static String readings(Engine engine) {
        List<CaseJson> cases = new ArrayList<>();
        for (Article a : new Articles(engine.knowledgeBase()).all()) {
            if (a.outcomes().isEmpty()) {
                continue;
            }
            Evaluation e = engine.evaluate(a.assumptions(), List.of(a.source()));
            Map<String, String> expect = new TreeMap<>();
            List<String> departures = new ArrayList<>();
            for (Position p : a.outcomes()) {
                PropositionStatus s = e.status(p.proposition()).orElseThrow();
                String stated = "SUPPORTED " + p.value();
                expect.put(p.proposition(), s.label().equals(stated) ? stated : s.label());
                if (!s.label().equals(stated)) {
                    departures.add(p.proposition());
                }
            }
            String name = a.source() + "'s own reading"
                    + (departures.isEmpty() ? "" : " (not reproduced today: " + String.join(", ", departures) + ")");
            cases.add(new CaseJson(name, a.assumptions().stream().map(Literal::toString).toList(),
                    List.of(a.source()), expect));
        }
        return Json.writePretty(new CaseFile(cases)) + "\n";
    }

    private static boolean matches(String expected, String actual) {
        return expected.equalsIgnoreCase(actual)
                || (!expected.contains(" ") && actual.split(" ")[0].equalsIgnoreCase(expected));
    }
}
