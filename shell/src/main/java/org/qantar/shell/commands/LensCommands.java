package org.qantar.shell.commands;

import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.workbench.Ids;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.errors.UsageException;
import org.qantar.shell.render.EvaluationView;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

import java.util.List;

/** Which sources' claims count. */
@Component
public class LensCommands {

    static final String GROUP = "Lens";

    private final Workbench workbench;
    private final ScreenSettings screen;

    public LensCommands(Workbench workbench, ScreenSettings screen) {
        this.workbench = workbench;
        this.screen = screen;
    }

    @Command(name = "lens", group = GROUP, completionProvider = Completion.BEAN,
            description = "Reason with only some sources' claims: lens SOURCE..., or lens all; alone, show it.",
            help = """
                    usage: lens [SOURCE... | all]
                    e.g. lens cornell-ni reasons as that article would. A reprint counts as its \
                    original. Prints what changed.""")
    public String lens(@Arguments List<String> sources) {
        KnowledgeBase kb = workbench.knowledgeBase();
        List<String> words = Ids.split(sources);
        if (words.isEmpty()) {
            return describe(workbench.lens(), kb);
        }
        boolean all = words.size() == 1 && words.get(0).equals("all");
        if (!all && words.contains("all")) {
            throw new UsageException("lens takes source ids or all, not both");
        }
        Evaluation before = workbench.evaluation();
        List<Evaluation.Change> changes = workbench.setLensToVoicesOf(all ? List.of() : words);
        return describe(workbench.lens(), kb) + "\n"
                + Out.text(EvaluationView.changes(changes, before, workbench.evaluation(), screen.get()));
    }

    private static String describe(List<String> lens, KnowledgeBase kb) {
        if (lens.isEmpty()) {
            return "counting every source";
        }
        return "counting " + String.join(", ", lens) + " (" + lens.size() + " of " + kb.voices().size()
                + " voices; a reprint counts with its original)";
    }
}
