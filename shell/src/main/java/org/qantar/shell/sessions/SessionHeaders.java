package org.qantar.shell.sessions;

import org.qantar.rules.workbench.Workbench;
import org.qantar.rules.workbench.sessions.SessionKeeper;
import org.qantar.shell.render.SessionHeader;

/** The {@link SessionHeader} of the working session as it stands now, for the prompt and the views. */
public final class SessionHeaders {

    private final Workbench workbench;
    private final SessionKeeper keeper;

    public SessionHeaders(Workbench workbench, SessionKeeper keeper) {
        this.workbench = workbench;
        this.keeper = keeper;
    }

    public SessionHeader current() {
        boolean unsaved;
        try {
            unsaved = keeper.hasUnsavedChanges();
        } catch (RuntimeException e) {
            unsaved = true; // cannot compare with the file: do not claim it is saved
        }
        return new SessionHeader(workbench.sessionName(),
                workbench.assumptions().size() + workbench.unknownAssumptions().size(), workbench.lens(), unsaved,
                workbench.minConfidence(), workbench.record());
    }
}
