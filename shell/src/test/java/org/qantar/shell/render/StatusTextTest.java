package org.qantar.shell.render;

import org.junit.jupiter.api.Test;
import org.qantar.rules.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** One colour scheme (newcomer trial #9: CONTESTED was red in status, false was red in simulate). */
class StatusTextTest {

    @Test
    void true_green_false_magenta_contested_yellow_and_no_status_is_red() {
        assertThat(StatusText.style(Status.SUPPORTED, true)).isEqualTo(Style.GREEN);
        assertThat(StatusText.style(Status.PLAUSIBLE, true)).isEqualTo(Style.GREEN);
        assertThat(StatusText.style(Status.SUPPORTED, false)).isEqualTo(Style.MAGENTA);
        assertThat(StatusText.style(Status.CONTESTED, null)).isEqualTo(Style.YELLOW);
        assertThat(StatusText.styleOfLabel("SUPPORTED false")).isEqualTo(Style.MAGENTA);
        for (Status s : Status.values()) {
            for (Boolean v : new Boolean[]{true, false, null}) {
                assertThat(StatusText.style(s, v)).as(s + " " + v).isNotIn(Style.RED, Style.BOLD_RED);
            }
        }
    }
}
