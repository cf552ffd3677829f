package org.qantar.shell.commands;

import org.qantar.rules.Engine;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.kb.CatalogueExport;
import org.qantar.rules.kb.KbValidator;
import org.qantar.rules.kb.KnowledgeBaseLoader;
import org.qantar.rules.kb.KnowledgeBaseSource;
import org.qantar.rules.kb.QuoteVerifier;
import org.qantar.rules.workbench.KbTestCases;
import org.qantar.rules.workbench.KnowledgeBaseFiles;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.config.QantarHome;
import org.qantar.shell.errors.CommandFailure;
import org.qantar.shell.errors.UsageException;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The knowledge base itself: soundness, quotes against the texts, the catalogue as JSON, its own
 * test cases; choosing one (kb use) and making and extending one in a directory (kb init, add-source, convert).
 */
@Component
public class KbCommands {

    static final String GROUP = "Knowledge-base checks";

    private final Workbench workbench;
    private final Path home;

    public KbCommands(Workbench workbench, QantarHome home, Environment environment) {
        this.workbench = workbench;
        // As for sessions: the property qantar.home (tests) wins over QANTAR_HOME.
        String configured = environment.getProperty(QantarHome.PROPERTY);
        this.home = configured == null || configured.isBlank() ? home.dir() : Path.of(configured);
    }

    @Command(name = "kb validate", group = GROUP, completionProvider = Completion.BEAN,
            description = "Check the knowledge base is sound; exit 1 with one line per problem if not.",
            help = """
                    usage: kb validate [--kb DIR]
                    Checks the knowledge base in use (--kb DIR, QANTAR_KB, kb use). Complete rule metadata (claim id, source, confidence, section, quote), unique \
                    claim ids, known propositions and sources, quotes of at most 30 words, every \
                    proposition used, premises that can hold together, compiled rules equal to the \
                    rule files; the record: each fact recorded once, only facts recorded, known \
                    sources, a quote.""")
    public void validate(CommandContext context) {
        Engine engine = workbench.engine();
        KnowledgeBaseLoader.Loaded loaded = engine.source() instanceof KnowledgeBaseSource.Directory dir
                ? KnowledgeBaseLoader.fromDirectory(dir.dir()).load() : KnowledgeBaseLoader.fromClasspath().load();
        List<String> problems = new KbValidator().validate(loaded, engine.compiledClaimIds());
        PrintWriter out = context.outputWriter();
        KnowledgeBase kb = loaded.knowledgeBase();
        if (problems.isEmpty()) {
            out.println("knowledge base sound: " + kb.sources().size() + " sources, " + kb.propositions().size()
                    + " propositions, " + kb.claims().size() + " claims, " + kb.positions().size() + " positions");
            return;
        }
        problems.forEach(out::println);
        out.flush();
        throw new CommandFailure(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " in the knowledge base");
    }

    @Command(name = "kb verify", group = GROUP, completionProvider = Completion.BEAN,
            description = "Find every claim's, position's and recorded fact's quote in its article's text; exit 1 on any failure.",
            help = """
                    usage: kb verify [--kb KB_DIR] --texts DIR
                    Checks the knowledge base in use. DIR holds the article texts under the seed \
                    file names of the registry. A recorded \
                    fact's quote must be found in one of the sources that report it. Quotes \
                    are compared after normalisation (whitespace, Markdown emphasis, escapes, curly \
                    quotes and dashes, hyphens broken across lines); each text's SHA-256 is checked \
                    against the registry. Prints N/N quotes verified and each failure.""")
    public void verify(@Option(longName = "texts", description = "the directory of article texts")
                       String texts, CommandContext context) {
        if (texts == null || texts.isBlank()) {
            // newcomer #28: in our words, not Spring's "Required option '--texts' is missing."
            throw new UsageException("kb verify needs --texts DIR, the directory of the article texts");
        }
        Path dir = Path.of(texts);
        if (!Files.isDirectory(dir)) {
            throw new UsageException("no such directory: " + texts + " (kb verify --texts DIR)");
        }
        QuoteVerifier.Report report = new QuoteVerifier().verify(workbench.knowledgeBase(), dir);
        PrintWriter out = context.outputWriter();
        if (report.verified() == 0 && !report.textProblems().isEmpty()) {
            // newcomer #16: the wrong directory gave one failure per quote (204 lines); say it once
            report.textProblems().forEach(out::println);
            out.flush();
            throw new CommandFailure("kb verify: none of the article texts is in " + texts
                    + " (give the directory that holds them)");
        }
        out.println(report.verified() + "/" + report.checked() + " quotes verified");
        report.textProblems().forEach(out::println);
        report.failures().forEach(out::println);
        out.flush();
        if (!report.ok()) {
            int n = report.failures().size() + report.textProblems().size();
            throw new CommandFailure("kb verify: " + n + (n == 1 ? " failure" : " failures"));
        }
    }

    @Command(name = "kb export", group = GROUP, completionProvider = Completion.BEAN,
            description = "Print the whole catalogue as JSON: sources, propositions, claims, positions, record.",
            help = """
                    usage: kb export --json
                    {"sources":[{"id","title","author","outlet","date","url","seedFile","sha256",\
                    "reprintOf"}],"propositions":[{"id","statement","kind"}],"claims":[{"id","source",\
                    "name","premises":[{"proposition","value"}],"unless":[...],"conclusion":\
                    {"proposition","value"},"confidence","section","quote","paraphrase"}],\
                    "positions":[{"source","proposition","value","confidence","quote"}],\
                    "record":[{"proposition","value","sources":[ids],"quote"}]}. The claims \
                    are read from the rule files themselves.""")
    public String export(@Option(longName = "json", description = "JSON (the only format)") boolean json) {
        return CatalogueExport.toJson(workbench.knowledgeBase());
    }

    @Command(name = "kb use", group = GROUP, completionProvider = Completion.BEAN,
            description = "Go on with this session on another knowledge base: a directory, or shipped.",
            help = """
                    usage: kb use DIR|shipped
                    Opens the knowledge base (its first start checks it; a later start of the same \
                    content is quick) and re-evaluates the session's assumptions, lens and priors \
                    there: assumptions about propositions it lacks are kept, sources it lacks are not \
                    counted. A knowledge base with problems is not used: one line per problem.""")
    public String use(@Arguments List<String> words) {
        if (words == null || words.size() != 1) {
            throw new UsageException("kb use takes one directory, or shipped: kb use DIR|shipped");
        }
        Engine next = Engine.open(KnowledgeBaseSource.of(words.get(0)), home);
        workbench.switchTo(next);
        KnowledgeBase kb = next.knowledgeBase();
        int unknown = workbench.unknownAssumptions().size();
        return "using the knowledge base " + next.source().name() + " (" + kb.sources().size() + " sources, "
                + kb.propositions().size() + " propositions, " + kb.claims().size() + " claims)"
                + (unknown == 0 ? "" : "; kept " + unknown + (unknown == 1 ? " assumption" : " assumptions")
                + " about propositions it lacks");
    }

    @Command(name = "kb init", group = GROUP, completionProvider = Completion.BEAN,
            description = "Make a new knowledge base in a directory: one worked example, or a copy of the shipped one.",
            help = """
                    usage: kb init DIR [--from shipped]
                    Writes sources.json, propositions.json, positions.json, the claim files and \
                    README.md (the claim format) into DIR, which must be new or empty. Without \
                    --from: one example article with one claim and its tests; with --from shipped: \
                    the shipped knowledge base, its rule files converted to the claim format.""")
    public String init(@Arguments List<String> words,
                       @Option(longName = "from", description = "shipped: copy the shipped knowledge base") String from) {
        if (words == null || words.size() != 1) {
            throw new UsageException("kb init takes one directory: kb init DIR [--from shipped]");
        }
        if (from != null && !from.equals(KnowledgeBaseSource.SHIPPED)) {
            throw new UsageException("--from takes shipped (kb init DIR --from shipped), not " + from);
        }
        Path dir = Path.of(words.get(0)).toAbsolutePath().normalize();
        List<String> written = KnowledgeBaseFiles.init(dir, from != null);
        return "wrote a knowledge base in " + dir + ": " + String.join(", ", written)
                + "\nuse it with: qantar --kb " + dir + " status";
    }

    @Command(name = "kb add-source", group = GROUP, completionProvider = Completion.BEAN,
            description = "Register an article in a knowledge-base directory, with the SHA-256 of its text.",
            help = """
                    usage: kb add-source DIR --id ID --text FILE [--title T] [--author A] [--outlet O] [--date D] [--url U]
                    Appends the article to DIR/sources.json (seed file: FILE's name) and starts \
                    DIR/ID.claims for its claims if there is none.""")
    public String addSource(@Arguments List<String> words,
                            @Option(longName = "id", required = true, description = "the source id, e.g. my-article") String id,
                            @Option(longName = "text", required = true, description = "the article's text file") String text,
                            @Option(longName = "title", description = "the article's title") String title,
                            @Option(longName = "author", description = "its author") String author,
                            @Option(longName = "outlet", description = "where it appeared") String outlet,
                            @Option(longName = "date", description = "when, YYYY-MM-DD") String date,
                            @Option(longName = "url", description = "where to read it") String url) {
        if (words == null || words.size() != 1) {
            throw new UsageException("kb add-source takes the knowledge-base directory: kb add-source DIR --id ID --text FILE");
        }
        KnowledgeBaseFiles.Added added = KnowledgeBaseFiles.addSource(Path.of(words.get(0)), id, Path.of(text), title,
                author, outlet, date, url);
        return "registered " + added.id() + " (sha256 " + added.sha256() + ")"
                + (added.claimsFileCreated() ? "; write its claims in " + added.claimsFile() : "");
    }

    @Command(name = "kb test", group = GROUP, completionProvider = Completion.BEAN,
            description = "Run the knowledge base's own test cases: assumptions and lens, expected statuses.",
            help = """
                    usage: kb test [--kb DIR] [--write-readings FILE]
                    Runs tests/*.json of the knowledge base in use (the shipped one: seeds/tests). \
                    Prints each case, ok or FAIL with what differed; exit 1 if any fails. \
                    --write-readings writes FILE instead: one case per article, its own reading \
                    and the statuses it gives its outcome positions today.""")
    public void test(@Option(longName = "write-readings", description = "write each article's reading as cases to FILE")
                     String writeReadings, CommandContext context) {
        Engine engine = workbench.engine();
        if (writeReadings != null) {
            Path file = Path.of(writeReadings);
            try {
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                Files.writeString(file, KbTestCases.readings(engine));
            } catch (java.io.IOException e) {
                throw new CommandFailure("cannot write " + file + ": " + e.getMessage());
            }
            context.outputWriter().println("wrote " + file);
            context.outputWriter().flush();
            return;
        }
        List<KbTestCases.Case> cases = engine.source() instanceof KnowledgeBaseSource.Directory dir
                ? KbTestCases.fromDirectory(dir.dir()) : KbTestCases.shipped();
        PrintWriter out = context.outputWriter();
        int failed = 0;
        for (KbTestCases.Outcome o : KbTestCases.run(engine, cases)) {
            out.println((o.passed() ? "ok   " : "FAIL ") + o.testCase().file() + ": " + o.testCase().name());
            o.failures().forEach(f -> out.println("       " + f));
            failed += o.passed() ? 0 : 1;
        }
        out.println((cases.size() - failed) + "/" + cases.size() + " cases pass");
        out.flush();
        if (failed > 0) {
            throw new CommandFailure("kb test: " + failed + (failed == 1 ? " case fails" : " cases fail"));
        }
    }

    @Command(name = "kb convert", group = GROUP, completionProvider = Completion.BEAN,
            description = "Convert rule files from the engine's DRL shape to the claim format, beside them.",
            help = """
                    usage: kb convert FILE.drl...
                    Writes FILE.claims next to each FILE.drl, claim for claim (same ids, names, \
                    metadata, premises, unless and conclusion); the .drl stays: delete it when the \
                    .claims is what you keep (a source's .claims wins over its .drl).""")
    public String convert(@Arguments List<String> files) {
        if (files == null || files.isEmpty()) {
            throw new UsageException("kb convert needs .drl files: kb convert DIR/*.drl");
        }
        List<Path> written = KnowledgeBaseFiles.convertFiles(files.stream().map(Path::of).toList());
        return "wrote " + String.join(", ", written.stream().map(Path::toString).toList());
    }
}
