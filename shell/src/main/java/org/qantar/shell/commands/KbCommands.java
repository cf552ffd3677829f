package org.qantar.shell.commands;

import org.qantar.rules.Engine;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.kb.CatalogueExport;
import org.qantar.rules.kb.KbValidator;
import org.qantar.rules.kb.KnowledgeBaseLoader;
import org.qantar.rules.kb.QuoteVerifier;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.errors.CommandFailure;
import org.qantar.shell.errors.UsageException;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checking the knowledge base itself: soundness, quotes against the texts, the catalogue as JSON. */
@Component
public class KbCommands {

    static final String GROUP = "Knowledge-base checks";

    private final Workbench workbench;

    public KbCommands(Workbench workbench) {
        this.workbench = workbench;
    }

    @Command(name = "kb validate", group = GROUP, completionProvider = Completion.BEAN,
            description = "Check the knowledge base is sound; exit 1 with one line per problem if not.",
            help = """
                    usage: kb validate
                    Complete rule metadata (claim id, source, confidence, section, quote), unique \
                    claim ids, known propositions and sources, quotes of at most 30 words, every \
                    proposition used, premises that can hold together, compiled rules equal to the \
                    rule files; the record: each fact recorded once, only facts recorded, known \
                    sources, a quote.""")
    public void validate(CommandContext context) {
        Engine engine = workbench.engine();
        KnowledgeBaseLoader.Loaded loaded = KnowledgeBaseLoader.fromClasspath().load();
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
                    usage: kb verify --texts DIR
                    DIR holds the article texts under the seed file names of the registry. A recorded \
                    fact's quote must be found in one of the sources that report it. Quotes \
                    are compared after normalisation (whitespace, Markdown emphasis, escapes, curly \
                    quotes and dashes, hyphens broken across lines); each text's SHA-256 is checked \
                    against the registry. Prints N/N quotes verified and each failure.""")
    public void verify(@Option(longName = "texts", required = true, description = "the directory of article texts")
                       String texts, CommandContext context) {
        Path dir = Path.of(texts);
        if (!Files.isDirectory(dir)) {
            throw new UsageException("no such directory: " + texts + " (kb verify --texts DIR)");
        }
        QuoteVerifier.Report report = new QuoteVerifier().verify(workbench.knowledgeBase(), dir);
        PrintWriter out = context.outputWriter();
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
}
