package org.qantar.shell.sessions;

import org.qantar.rules.workbench.sessions.SessionAutosave;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Before the shell runs anything: restores the autosaved working session, then autosaves every
 * change. The interactive shell says what it restored in one line; a one-shot command stays quiet,
 * so that its output is only its result ({@code qantar status --json | jq}), and reports only an
 * autosave it could not use, on stderr.
 *
 * <p>Off where the runner is off ({@code qantar.runner.enabled=false}): command tests drive the
 * workbench themselves and must neither read nor write anyone's autosave.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "qantar.runner.enabled", havingValue = "true", matchIfMissing = true)
public class SessionStartup implements ApplicationRunner {

    private final SessionAutosave autosave;

    public SessionStartup(SessionAutosave autosave) {
        this.autosave = autosave;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean interactive = args.getSourceArgs().length == 0;
        autosave.restore().ifPresent(restored -> {
            if (interactive) {
                System.out.println(restored.line());
            } else if (restored.problem()) {
                System.err.println("qantar: " + restored.line());
            }
        });
        autosave.start();
    }
}
