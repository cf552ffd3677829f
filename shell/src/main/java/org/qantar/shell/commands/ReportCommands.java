package org.qantar.shell.commands;

import org.qantar.rules.hindsight.Hindsight;
import org.qantar.rules.map.svg.LayoutCache;
import org.qantar.rules.map.svg.SvgMapWriter;
import org.qantar.rules.report.HtmlReport;
import org.qantar.rules.report.MarkdownReport;
import org.qantar.rules.report.Report;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.config.QantarHome;
import org.qantar.shell.errors.UsageException;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/** A report of the session to share: one self-contained HTML page, or Markdown with the map beside it. */
@Component
public class ReportCommands {

    private final Workbench workbench;
    private final Hindsight hindsight;
    private final LayoutCache layouts;

    public ReportCommands(Workbench workbench, Hindsight hindsight, QantarHome home) {
        this.workbench = workbench;
        this.hindsight = hindsight;
        this.layouts = MapCommands.layouts(home);
    }

    @Command(name = "report", group = MapCommands.GROUP, completionProvider = Completion.BEAN,
            description = "Write a report of the session: scenario, outcomes, map, reasons, comparison, analyses.",
            help = """
                    usage: report [--format html|md] [--out FILE] [--force]
                    One self-contained HTML page (default; no network needed, it opens from a USB stick) \
                    with the scenario (name, note, assumptions, counterfactuals, lens, priors), every \
                    outcome with status, value and strength, the argument map, each outcome's \
                    justification with the articles' words, the comparison with the articles, the \
                    scorecard when resolutions exist, and the latest simulate and sensitivity kept with \
                    the session (a one-shot simulate too; one run on other inputs is named, not shown). md writes \
                    Markdown and the map as an .svg beside it. Default file: qantar-report-NAME.html \
                    (.md) in the current folder; an existing file is replaced only with --force.""")
    public String report(@Option(longName = "format", description = "html (default) or md") String format,
                         @Option(longName = "out", description = "the file to write") String out,
                         @Option(longName = "force", description = "replace an existing file") boolean force) {
        String kind = format == null ? "html" : format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("html") && !kind.equals("md")) {
            throw new UsageException("unknown report format '" + format + "' (use html or md)");
        }
        Path file = OutputFiles.path(out != null ? out : "qantar-report-" + safe(workbench.sessionName()) + "." + kind,
                "--out");
        CommandTiming timing = CommandTiming.start();
        Report report = Report.of(workbench, hindsight, Instant.now());
        String written;
        Path svg = null;
        if (kind.equals("html")) {
            written = HtmlReport.write(report, layouts);
        } else {
            String base = file.getFileName().toString().replaceFirst("\\.md$", "");
            svg = file.resolveSibling(base + "-map.svg");
            written = MarkdownReport.write(report, svg.getFileName().toString());
            // Refuse before writing either file, so a refusal leaves nothing half done.
            OutputFiles.refuseToReplace(file, force);
            OutputFiles.write(svg, SvgMapWriter.write(report.map(), layouts), force);
        }
        OutputFiles.write(file, written, force);
        timing.report("report");
        return "report written to " + file + (svg == null ? "" : " (map in " + svg.getFileName() + ")") + ": "
                + report.outcomes().size() + " outcomes" + (report.scorecard().isPresent() ? ", scorecard" : "")
                + (report.simulation().isPresent() ? ", simulation" : "")
                + (report.sensitivity().isPresent() ? ", sensitivity" : "")
                + (report.simulationRun().isPresent() && report.simulation().isEmpty() ? " (the kept simulation is stale)" : "")
                + (report.sensitivityRun().isPresent() && report.sensitivity().isEmpty() ? " (the kept sensitivity is stale)" : "");
    }

    /** A session name as a file-name part: letters, digits, '-', '_' and '.' only. */
    static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "untitled" + s : s;
    }
}
