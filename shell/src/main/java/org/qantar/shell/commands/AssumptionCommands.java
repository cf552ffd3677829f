package org.qantar.shell.commands;

import org.qantar.rules.Evaluation;
import org.qantar.rules.workbench.Ids;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.errors.UsageException;
import org.qantar.shell.render.EvaluationView;
import org.qantar.shell.render.Text;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Supplier;

/** Setting the assumptions: each command prints only the propositions whose status or value moved. */
@Component
public class AssumptionCommands {

    static final String GROUP = "Assumptions";

    private final Workbench workbench;
    private final ScreenSettings screen;

    public AssumptionCommands(Workbench workbench, ScreenSettings screen) {
        this.workbench = workbench;
        this.screen = screen;
    }

    @Command(name = "assume", group = GROUP, completionProvider = Completion.BEAN,
            description = "Assume literals: a proposition id holds, !id that it does not.",
            help = """
                    usage: assume LITERAL...
                    e.g. assume csto_withdraws !elite_split. An assumption replaces any earlier one on \
                    the same proposition. Prints what changed: proposition  FROM -> TO.""")
    public String assume(@Arguments List<String> literals) {
        List<String> words = Ids.split(literals);
        if (words.isEmpty()) {
            throw new UsageException("assume needs at least one literal, e.g. assume some_id !other_id");
        }
        return changed(() -> workbench.assume(workbench.ids().literals(words)));
    }

    @Command(name = "unassume", group = GROUP, completionProvider = Completion.BEAN,
            description = "Withdraw the assumptions on these propositions.",
            help = "usage: unassume PROPOSITION...\nPrints what changed.")
    public String unassume(@Arguments List<String> propositions) {
        List<String> words = Ids.split(propositions);
        if (words.isEmpty()) {
            throw new UsageException("unassume needs at least one proposition id (reset withdraws them all)");
        }
        List<String> notAssumed = words.stream().map(w -> w.startsWith("!") ? w.substring(1) : w)
                .filter(id -> workbench.assumptions().stream().noneMatch(l -> l.proposition().equals(id))
                        && !workbench.unknownAssumptions().contains(id))
                .toList();
        notAssumed.forEach(id -> workbench.ids().proposition(id)); // an unknown id is its own error
        String note = notAssumed.isEmpty() ? "" : String.join(", ", notAssumed)
                + (notAssumed.size() == 1 ? " is" : " are") + " not assumed\n";
        return note + changed(() -> workbench.unassume(words));
    }

    @Command(name = "reset", group = GROUP, completionProvider = Completion.BEAN,
            description = "Withdraw every assumption (the lens stays; undo brings them back).",
            help = "usage: reset")
    public String reset() {
        return changed(workbench::reset);
    }

    @Command(name = "undo", group = GROUP, completionProvider = Completion.BEAN,
            description = "Undo the last change of assumptions, lens or priors.",
            help = "usage: undo\nOne step per command; redo goes forward again.")
    public String undo() {
        if (!workbench.canUndo()) {
            // a one-shot run starts without the history of the runs before it
            return "nothing to undo (changes can be undone within one shell or script, not across runs)";
        }
        return steppedBack("undid", workbench::undo);
    }

    @Command(name = "redo", group = GROUP, completionProvider = Completion.BEAN,
            description = "Redo what undo took back.",
            help = "usage: redo")
    public String redo() {
        if (!workbench.canRedo()) {
            return "nothing to redo";
        }
        return steppedBack("redid", workbench::redo);
    }

    /**
     * Undo or redo, saying which input it moved first (newcomer #19: undoing {@code lens all} showed
     * only propositions moving): {@code undid: lens now cepa}.
     */
    private String steppedBack(String verb, Supplier<List<Evaluation.Change>> step) {
        List<String> before = inputs();
        Evaluation evaluationBefore = workbench.evaluation();
        List<Evaluation.Change> changes = step.get();
        List<String> after = inputs();
        List<String> moved = new java.util.ArrayList<>();
        String[] names = {"assumptions", "lens", "priors", "confidence floor", "record"};
        for (int i = 0; i < names.length; i++) {
            if (!before.get(i).equals(after.get(i))) {
                moved.add(names[i] + " now " + after.get(i));
            }
        }
        String head = verb + ": " + (moved.isEmpty() ? "a change" : String.join("; ", moved));
        return Text.truncate(head, Math.max(20, screen.get().width())) + "\n"
                + Out.text(EvaluationView.changes(changes, evaluationBefore, workbench.evaluation(), screen.get()));
    }

    /** The inputs undo and redo move, as shown: assumptions, lens, priors, floor, record. */
    private List<String> inputs() {
        List<String> assumed = workbench.assumptions().stream().map(Object::toString).toList();
        return List.of(assumed.isEmpty() ? "none" : String.join(", ", assumed),
                workbench.lens().isEmpty() ? "all sources" : String.join(", ", workbench.lens()),
                workbench.priors().isEmpty() ? "none set" : workbench.priors().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", ")),
                workbench.minConfidence().label(), workbench.record() ? "on" : "off");
    }

    private String changed(Supplier<List<Evaluation.Change>> change) {
        Evaluation before = workbench.evaluation();
        List<Evaluation.Change> changes = change.get();
        return Out.text(EvaluationView.changes(changes, before, workbench.evaluation(), screen.get()));
    }
}
