package org.qantar.shell.config;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.qantar.rules.kb.KnowledgeBaseSource;
import org.qantar.rules.workbench.Workbench;
import org.springframework.shell.jline.PromptProvider;

/** {@code qantar [untitled · 3 assumed]> }: the session's name and how many assumptions are set. */
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
                .append(" \u00b7 ").append(String.valueOf(assumed())).append(" assumed]> ")
                .toAttributedString();
    }

    /** The prompt as plain text. */
    public String text() {
        return "qantar" + kbTag() + " [" + workbench.sessionName() + " \u00b7 " + assumed() + " assumed]> ";
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
