package org.qantar.rules.workbench;

import org.qantar.model.json.Json;
import org.qantar.rules.kb.ClaimFileReader;
import org.qantar.rules.kb.ClaimFileWriter;
import org.qantar.rules.kb.DrlClaimReader;
import org.qantar.rules.kb.DrlComments;
import org.qantar.rules.kb.KbJson;
import org.qantar.rules.kb.KnowledgeBaseLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Knowledge bases as directories a user keeps: making one ({@code kb init}), registering an article
 * in one ({@code kb add-source}), and converting rule files from the engine's DRL shape to the
 * analyst's claim format ({@code kb convert}). Everything a user KB needs without Maven.
 */
public final class KnowledgeBaseFiles {

    /** The registry files a knowledge base may have, the first three always. */
    public static final List<String> REGISTRY = List.of("sources.json", "propositions.json", "positions.json",
            "record.json", "resolutions.json");

    private static final String TEMPLATE = "org/qantar/kbinit/";
    private static final List<String> TEMPLATE_FILES = List.of("README.md", "propositions.json", "positions.json",
            "example.claims", "texts/example.txt", "tests/example.json");
    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private KnowledgeBaseFiles() {
    }

    /**
     * Makes a new knowledge base in {@code dir} (which must not exist, or be empty): a copy of the
     * shipped one (its registry, claim files and tests; a rule file in the DRL shape is converted to
     * the claim format), or one worked example claim about a short example text. Either way with
     * {@code README.md}, the format's description.
     *
     * @return the files written, relative to {@code dir}
     */
    public static List<String> init(Path dir, boolean fromShipped) {
        requireEmpty(dir);
        List<String> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            write(dir, "README.md", template("README.md"), written);
            if (fromShipped) {
                ClassLoader loader = KnowledgeBaseFiles.class.getClassLoader();
                for (String f : REGISTRY) {
                    String text = resource(loader, KnowledgeBaseLoader.SEEDS + f);
                    if (text != null) {
                        write(dir, f, text, written);
                    }
                }
                JsonNode sources = Json.tree(resource(loader, KnowledgeBaseLoader.SEEDS + "sources.json")).get("sources");
                for (JsonNode s : sources) {
                    String id = s.get("id").stringValue();
                    String claims = resource(loader, KnowledgeBaseLoader.SEEDS + id + ClaimFileReader.EXTENSION);
                    String drl = resource(loader, KnowledgeBaseLoader.RULES + id + ".drl");
                    if (claims != null) {
                        write(dir, id + ClaimFileReader.EXTENSION, claims, written);
                    } else if (drl != null) {
                        write(dir, id + ClaimFileReader.EXTENSION, convert(id + ".drl", drl, heading(s)), written);
                    }
                }
                String tests = resource(loader, KnowledgeBaseLoader.SEEDS + "tests/shipped.json");
                if (tests != null) {
                    write(dir, "tests/shipped.json", tests, written);
                }
            } else {
                for (String f : TEMPLATE_FILES) {
                    if (!f.equals("README.md")) {
                        write(dir, f, template(f), written);
                    }
                }
                String text = template("texts/example.txt");
                write(dir, "sources.json", template("sources.json")
                        .replace("SHA256", sha256(text.getBytes(StandardCharsets.UTF_8))), written);
            }
        } catch (IOException e) {
            throw new OperationFailed("cannot write the knowledge base in " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** What {@link #addSource} registered. */
    public record Added(String id, String sha256, Path claimsFile, boolean claimsFileCreated) {
    }

    /**
     * Registers an article in a knowledge base: appends it to {@code sources.json} with the SHA-256 of
     * its text (so that {@code kb verify} knows the text is the one quoted), and starts its claim file
     * {@code ID.claims} if there is none.
     */
    public static Added addSource(Path dir, String id, Path text, String title, String author, String outlet,
                                  String date, String url) {
        Path sourcesFile = dir.resolve("sources.json");
        if (!Files.isRegularFile(sourcesFile)) {
            throw new InvalidInput("no knowledge base at " + dir + " (no sources.json; kb init " + dir + " makes one)");
        }
        if (id == null || !SOURCE_ID.matcher(id).matches()) {
            throw new InvalidInput("not a source id: '" + id + "' (lower case letters, digits and dashes, e.g. my-article)");
        }
        if (!Files.isRegularFile(text)) {
            throw new InvalidInput("no such file: " + text + " (--text names the article's text file)");
        }
        try {
            ObjectNode root = (ObjectNode) KbJson.tree(sourcesFile.toString(), Files.readString(sourcesFile, StandardCharsets.UTF_8));
            ArrayNode sources = (ArrayNode) root.get("sources");
            for (JsonNode s : sources) {
                if (id.equals(s.get("id").stringValue())) {
                    throw new InvalidInput("source " + id + " is registered already in " + sourcesFile
                            + " (choose another id, or edit the file)");
                }
            }
            String sha = sha256(Files.readAllBytes(text));
            ObjectNode s = sources.addObject();
            s.put("id", id);
            s.put("title", title);
            s.put("author", author);
            s.put("outlet", outlet);
            s.put("date", date);
            s.put("url", url);
            s.put("seedFile", text.getFileName().toString());
            s.put("sha256", sha);
            s.putNull("reprintOf");
            Files.writeString(sourcesFile, Json.writePretty(root) + "\n", StandardCharsets.UTF_8);
            Path claims = dir.resolve(id + ClaimFileReader.EXTENSION);
            boolean created = !Files.exists(claims);
            if (created) {
                Files.writeString(claims, "# " + (title == null ? id : title) + (author == null ? "" : ", " + author)
                        + "\n# Claims of this article: see README.md for the format.\n\nsection Main\n",
                        StandardCharsets.UTF_8);
            }
            return new Added(id, sha, claims, created);
        } catch (IOException e) {
            throw new OperationFailed("cannot register " + id + " in " + sourcesFile + ": " + e.getMessage(), e);
        } catch (KbJson.FileProblem e) {
            throw new InvalidInput(e.getMessage() + " (fix the JSON first)");
        } catch (ClassCastException | NullPointerException e) {
            throw new InvalidInput(sourcesFile + " is not {\"sources\":[...]}: fix it first");
        }
    }

    /**
     * Converts one rule file in the engine's DRL shape to the claim format, mechanically: every rule
     * becomes one claim with the same id, name, metadata, premises, unless and conclusion, and the
     * file's comments stay where they were (a section banner becomes a {@code section} line).
     *
     * @param file the DRL file's name, for problems ({@code cepa.drl:12: ...})
     * @throws InvalidInput listing every line the DRL reader could not read as a claim rule
     */
    public static String convert(String file, String drl, String heading) {
        DrlClaimReader.Result read = new DrlClaimReader().read(file, drl);
        if (!read.problems().isEmpty()) {
            throw new InvalidInput(file + " cannot be converted: " + String.join("; ", read.problems()));
        }
        String source = file.replaceFirst("\\.drl$", "");
        for (var r : read.rules()) {
            if (r.meta("source") != null && !r.meta("source").equals(source)) {
                throw new InvalidInput(r.location() + ": the claim's @source is " + r.meta("source")
                        + " but a claim file's source is its name (" + source + "): move the rule to "
                        + r.meta("source") + ".drl first");
            }
        }
        return ClaimFileWriter.write(heading, read.rules(), DrlComments.read(drl));
    }

    /** Converts DRL rule files to {@code .claims} files beside them; returns the files written. */
    public static List<Path> convertFiles(List<Path> drlFiles) {
        List<Path> written = new ArrayList<>();
        for (Path f : drlFiles) {
            if (!f.toString().endsWith(".drl") || !Files.isRegularFile(f)) {
                throw new InvalidInput("not a .drl file: " + f);
            }
        }
        for (Path f : drlFiles) {
            try {
                String name = f.getFileName().toString();
                Path out = f.resolveSibling(name.replaceFirst("\\.drl$", ClaimFileReader.EXTENSION));
                String heading = "Claims of " + name.replaceFirst("\\.drl$", "")
                        + " (converted from " + name + "); format: the README of kb init";
                Files.writeString(out, convert(name, Files.readString(f, StandardCharsets.UTF_8), heading),
                        StandardCharsets.UTF_8);
                written.add(out);
            } catch (IOException e) {
                throw new OperationFailed("cannot convert " + f + ": " + e.getMessage(), e);
            }
        }
        return written;
    }

    private static String heading(JsonNode source) {
        StringBuilder h = new StringBuilder();
        h.append(text(source, "id"));
        String title = text(source, "title");
        String author = text(source, "author");
        if (!title.isEmpty()) {
            h.append(": ").append(title);
        }
        if (!author.isEmpty()) {
            h.append(", ").append(author);
        }
        return h.toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asString();
    }

    private static void requireEmpty(Path dir) {
        if (Files.isRegularFile(dir)) {
            throw new InvalidInput(dir + " is a file: kb init needs a new directory");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new InvalidInput(dir + " is not empty: kb init writes a new knowledge base into a new directory");
                }
            } catch (IOException e) {
                throw new OperationFailed("cannot read " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    private static void write(Path dir, String name, String text, List<String> written) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        written.add(name);
    }

    private static String template(String name) {
        String text = resource(KnowledgeBaseFiles.class.getClassLoader(), TEMPLATE + name);
        if (text == null) {
            throw new IllegalStateException("missing template " + TEMPLATE + name + ": rebuild Qantar");
        }
        return text;
    }

    private static String resource(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OperationFailed("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
