package org.qantar.shell.commands;

import org.qantar.model.Confidence;
import org.qantar.rules.Evaluation;
import org.qantar.rules.workbench.Ids;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.errors.UsageException;
import org.qantar.shell.render.EvaluationView;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

import java.util.List;

/** How the session reasons: the confidence floor and the record of facts. Both undoable, both saved. */
@Component
public class ReasoningCommands {

    static final String GROUP = "Lens";

    private final Workbench workbench;
    private final ScreenSettings screen;

    public ReasoningCommands(Workbench workbench, ScreenSettings screen) {
        this.workbench = workbench;
        this.screen = screen;
    }

    @Command(name = "confidence", group = GROUP, completionProvider = Completion.BEAN,
            description = "Count only claims at or above a confidence level: confidence stated|likely|possible; alone, show it.",
            help = """
                    usage: confidence [stated|likely|possible]
                    What follows from what the authors state firmly? confidence likely counts only \\
                    claims hedged likely or stated; confidence possible counts every claim (the \\
                    default). Shown in the prompt, kept in the session, undone by undo. Prints what \\
                    changed.""")
    public String confidence(@Arguments List<String> words) {
        List<String> items = Ids.split(words);
        if (items.isEmpty()) {
            return describeFloor(workbench.minConfidence());
        }
        if (items.size() > 1) {
            throw new UsageException("confidence takes one level: stated, likely or possible");
        }
        Confidence level = StatusCommands.confidence(items.get(0));
        Evaluation before = workbench.evaluation();
        List<Evaluation.Change> changes = workbench.setMinConfidence(level);
        return describeFloor(level) + "\n"
                + Out.text(EvaluationView.changes(changes, before, workbench.evaluation(), screen.get()));
    }

    @Command(name = "record", group = GROUP, completionProvider = Completion.BEAN,
            description = "Reason with the record of facts (record on) or without it (record off); alone, show it.",
            help = """
                    usage: record [on|off]
                    With the record on (the default) each fact stands at the value the articles \\
                    report (RECORDED) unless you assume it otherwise, which is a counterfactual. With \\
                    it off, facts are reasoned to like outcomes. Kept in the session, undone by undo. \\
                    Prints what changed.""")
    public String record(@Arguments List<String> words) {
        List<String> items = Ids.split(words);
        if (items.isEmpty()) {
            return describeRecord(workbench.record());
        }
        if (items.size() > 1 || !(items.get(0).equals("on") || items.get(0).equals("off"))) {
            throw new UsageException("record takes on or off, e.g. record off");
        }
        boolean on = items.get(0).equals("on");
        Evaluation before = workbench.evaluation();
        List<Evaluation.Change> changes = workbench.setRecord(on);
        return describeRecord(on) + "\n"
                + Out.text(EvaluationView.changes(changes, before, workbench.evaluation(), screen.get()));
    }

    private String describeRecord(boolean on) {
        int facts = workbench.knowledgeBase().record().size();
        return on ? "the record holds: " + facts + (facts == 1 ? " fact" : " facts") + " at their recorded values"
                : "the record is off: facts are reasoned to like outcomes";
    }

    private static String describeFloor(Confidence level) {
        return switch (level) {
            case POSSIBLE -> "counting every claim (stated, likely and possible)";
            case LIKELY -> "counting claims hedged likely or stated";
            case STATED -> "counting only claims the authors state";
        };
    }
}
