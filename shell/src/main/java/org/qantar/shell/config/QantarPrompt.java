package org.qantar.shell.config;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.qantar.model.Confidence;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.kb.KnowledgeBaseSource;
import org.qantar.rules.workbench.Workbench;
import org.springframework.shell.jline.PromptProvider;

/**
 * {@code qantar [untitled · 3 assumed]> }: the session's name and how many assumptions are set;
 * then, only when they are not the default, the confidence floor ({@code ≥ likely}), the record
 * ({@code record off}) and the counterfactuals ({@code 1 counterfactual}).
 */
public final class QantarPrompt implements PromptProvider {

    private final Workbench workbench;
    private final ScreenSettings screen;

    public QantarPrompt(Workbench workbench, ScreenSettings screen) {
        this.workbench = workbench;
        this.screen = screen;
    }

    @Override
    public AttributedString getPrompt() {
        if (!screen.get().colour()) {
            return new AttributedString(text());
        }
        return new AttributedStringBuilder()
                .styled(AttributedStyle.BOLD, "qantar")
                .append(kbTag())
                .append(" [")
                .styled(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN), workbench.sessionName())
                .append(" \u00b7 ").append(String.valueOf(assumed())).append(" assumed")
                .styled(AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW), reasoning())
                .append("]> ")
                .toAttributedString();
    }

    /** The prompt as plain text. */
    public String text() {
        return "qantar" + kbTag() + " [" + workbench.sessionName() + " \u00b7 " + assumed() + " assumed" + reasoning()
                + "]> ";
    }

    /** What departs from the default reasoning: floor, record off, counterfactuals; empty when nothing does. */
    private String reasoning() {
        StringBuilder b = new StringBuilder();
        if (workbench.minConfidence() != Confidence.POSSIBLE) {
            b.append(" \u00b7 \u2265 ").append(workbench.minConfidence().label());
        }
        if (!workbench.record()) {
            b.append(" \u00b7 record off");
        }
        long counterfactuals = workbench.evaluation().statuses().stream().filter(PropositionStatus::counterfactual).count();
        if (counterfactuals > 0) {
            b.append(" \u00b7 ").append(counterfactuals).append(counterfactuals == 1 ? " counterfactual" : " counterfactuals");
        }
        return b.toString();
    }

    /** {@code " (my-kb)"} for a knowledge base of the user's; nothing for the shipped one. */
    private String kbTag() {
        KnowledgeBaseSource source = workbench.engine().source();
        return source instanceof KnowledgeBaseSource.Shipped ? "" : " (" + source.name() + ")";
    }

    private int assumed() {
        return workbench.assumptions().size() + workbench.unknownAssumptions().size();
    }
}
