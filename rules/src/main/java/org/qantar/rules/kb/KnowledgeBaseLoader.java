package org.qantar.rules.kb;

import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.RecordedFact;
import org.qantar.model.Source;
import org.qantar.model.json.Json;
import org.qantar.model.json.SeedFiles;
import org.qantar.rules.KnowledgeBase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Loads the knowledge base from the classpath: the registry from {@code seeds/*.json} (the record,
 * {@code seeds/record.json}, is optional: a knowledge base may record no facts) and the claims from
 * each source's claim file {@code seeds/SOURCE.claims}, or else its rule file in the engine's DRL
 * shape {@code org/qantar/kb/SOURCE.drl} (a reprint has neither). The shipped knowledge base keeps
 * its claims in claim files; the build expands them to DRL for the rule base ({@link ClaimExpansion})
 * but ships only the claim files, so the catalogue has one source.
 * A rule whose metadata is incomplete is left out of the catalogue and reported in
 * {@link Loaded#problems()}; {@code kb validate} lists them.
 */
public final class KnowledgeBaseLoader {

    public static final String SEEDS = "seeds/";
    public static final String RULES = "org/qantar/kb/";
    public static final String RECORD = "record.json";

    /** The catalogue, the rules as read, and what could not be read. */
    public record Loaded(KnowledgeBase knowledgeBase, List<ParsedRule> rules, List<String> problems) {
        public Loaded {
            rules = List.copyOf(rules);
            problems = List.copyOf(problems);
        }
    }

    /** A knowledge base's files by classpath-style path ({@code seeds/sources.json}); null when absent. */
    @FunctionalInterface
    public interface Files {
        InputStream open(String path) throws IOException;
    }

    private final Files files;
    /** Whether files are named as in a directory ({@code sources.json}) rather than the classpath ({@code seeds/sources.json}). */
    private final boolean directory;

    public KnowledgeBaseLoader(ClassLoader loader) {
        this(loader::getResourceAsStream);
    }

    public KnowledgeBaseLoader(Files files) {
        this(files, false);
    }

    private KnowledgeBaseLoader(Files files, boolean directory) {
        this.files = files;
        this.directory = directory;
    }

    public static KnowledgeBaseLoader fromClasspath() {
        return new KnowledgeBaseLoader(KnowledgeBaseLoader.class.getClassLoader());
    }

    /**
     * A knowledge base kept in a directory: {@code sources.json}, {@code propositions.json},
     * {@code positions.json} and the optional registry files side by side with the rule files
     * ({@code SOURCE.claims}, or {@code SOURCE.drl} in the engine's own shape).
     */
    public static KnowledgeBaseLoader fromDirectory(Path dir) {
        return new KnowledgeBaseLoader(path -> {
            Path file = dir.resolve(inDirectory(path));
            return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.newInputStream(file) : null;
        }, true);
    }

    /** A classpath-style path's file in a knowledge-base directory: {@code seeds/x.json} is {@code x.json}. */
    private static String inDirectory(String path) {
        return path.startsWith(SEEDS) ? path.substring(SEEDS.length())
                : path.startsWith(RULES) ? path.substring(RULES.length()) : path;
    }

    /** A file's name in messages: as the user's directory has it, or as the classpath does. */
    private String name(String path) {
        return directory ? inDirectory(path) : path;
    }

    public Loaded load() {
        MessageDigest fingerprint = sha256();
        String sourcesJson = text(SEEDS + "sources.json", true);
        String propositionsJson = text(SEEDS + "propositions.json", true);
        String positionsJson = text(SEEDS + "positions.json", true);
        for (String t : List.of(sourcesJson, propositionsJson, positionsJson)) {
            fingerprint.update(t.getBytes(StandardCharsets.UTF_8));
        }
        var sources = KbJson.read(name(SEEDS + "sources.json"), sourcesJson, SeedFiles.Sources.class).sources();
        var propositions = KbJson.read(name(SEEDS + "propositions.json"), propositionsJson,
                SeedFiles.Propositions.class).propositions();
        var positions = KbJson.read(name(SEEDS + "positions.json"), positionsJson, SeedFiles.Positions.class).positions();
        List<String> problems = new ArrayList<>();
        String recordJson = text(SEEDS + RECORD, false);
        List<RecordedFact> record = List.of();
        if (recordJson != null) {
            fingerprint.update(recordJson.getBytes(StandardCharsets.UTF_8));
            record = RecordReader.read(name(SEEDS + RECORD), recordJson, problems);
        }

        List<ParsedRule> rules = new ArrayList<>();
        DrlClaimReader reader = new DrlClaimReader();
        ClaimFileReader claimReader = new ClaimFileReader();
        for (Source s : sources) {
            // A source's claims are in the analyst's format (SOURCE.claims) or in the engine's (SOURCE.drl).
            String file = s.id() + ClaimFileReader.EXTENSION;
            String text = text(SEEDS + file, false);
            if (text == null) {
                file = s.id() + ".drl";
                text = text(RULES + file, false);
            }
            if (text == null) {
                continue;
            }
            fingerprint.update(text.getBytes(StandardCharsets.UTF_8));
            DrlClaimReader.Result r = file.endsWith(".drl") ? reader.read(file, text) : claimReader.read(file, text);
            rules.addAll(r.rules());
            problems.addAll(r.problems());
        }
        List<Claim> claims = new ArrayList<>();
        for (ParsedRule r : rules) {
            toClaim(r).ifPresent(claims::add);
        }
        String hash = HexFormat.of().formatHex(fingerprint.digest()).substring(0, 16);
        return new Loaded(new KnowledgeBase(sources, propositions, claims, positions, record, hash), rules, problems);
    }

    /** A claim when its metadata is complete enough to be one; {@link KbValidator} reports the rest. */
    static java.util.Optional<Claim> toClaim(ParsedRule r) {
        String id = r.meta("claim");
        String source = r.meta("source");
        String confidence = r.meta("confidence");
        if (id == null || source == null || confidence == null || r.conclusion() == null) {
            return java.util.Optional.empty();
        }
        Confidence c;
        try {
            c = Confidence.fromLabel(confidence);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Claim(id, source, r.name(), r.premises(), r.unless(), r.conclusion(), c,
                r.meta("section"), r.meta("quote"), r.meta("paraphrase")));
    }

    private String text(String path, boolean required) {
        try (InputStream in = files.open(path)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("the knowledge base is incomplete: missing " + path);
                }
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
