package org.qantar.shell.config;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.qantar.model.Confidence;
import org.qantar.rules.kb.KnowledgeBaseSource;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.render.SessionHeader;
import org.qantar.shell.sessions.SessionHeaders;
import org.springframework.shell.jline.PromptProvider;

/**
 * {@code qantar [afternoon* · 3 assumed · lens cepa]> }: the session's name ({@code *}: unsaved
 * changes), how many assumptions are set, and the lens unless every source counts; then, only when
 * they are not the default, the confidence floor ({@code ≥ likely}), the record ({@code record off})
 * and the counterfactuals ({@code 1 counterfactual}).
 */
public final class QantarPrompt implements PromptProvider {

    private final Workbench workbench;
    private final ScreenSettings screen;
    private final SessionHeaders headers;

    public QantarPrompt(Workbench workbench, ScreenSettings screen, SessionHeaders headers) {
        this.workbench = workbench;
        this.screen = screen;
        this.headers = headers;
    }

    @Override
    public AttributedString getPrompt() {
        if (!screen.get().colour()) {
            return new AttributedString(text());
        }
        SessionHeader h = headers.current();
        AttributedStringBuilder b = new AttributedStringBuilder()
                .styled(AttributedStyle.BOLD, "qantar")
                .append(kbTag())
                .append(" [")
                .styled(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN), h.session());
        if (h.unsaved()) {
            b.styled(AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW), "*");
        }
        b.append(" \u00b7 ").append(String.valueOf(h.assumed())).append(" assumed");
        if (!h.lens().isEmpty()) {
            b.append(" \u00b7 ").styled(AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW),
                    "lens " + String.join(",", h.lens()));
        }
        b.styled(AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW), reasoning());
        return b.append("]> ").toAttributedString();
    }

    /** The prompt as plain text. */
    public String text() {
        return "qantar" + kbTag() + " [" + headers.current().promptPart() + reasoning() + "]> ";
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
        // Off the inputs, not the evaluation: the first prompt shows before the rule base is built.
        int counterfactuals = workbench.counterfactuals();
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

}
