package org.qantar.rules.hindsight;

import java.util.List;
import java.util.Objects;

/**
 * One article's record: each of its outcome positions against its resolution.
 *
 * @param brier      the mean Brier score over the positions resolved true or false, rounded to three
 *                   decimals (0 perfect, 0.25 what a coin-flip forecast earns, 1 certain and wrong);
 *                   null when none is
 * @param scored     positions resolved true or false
 * @param held       of those, the ones whose stance held
 * @param partly     positions resolved {@code partly} (not scored)
 * @param unresolved positions not resolved
 * @param positions  every outcome position, in knowledge-base order
 * @param calibration one bin per confidence level, stated first
 */
public record ArticleScore(String source, Double brier, int scored, int held, int partly, int unresolved,
                           List<ScoredPosition> positions, List<CalibrationBin> calibration) {

    public ArticleScore {
        Objects.requireNonNull(source, "source");
        positions = List.copyOf(positions);
        calibration = List.copyOf(calibration);
    }
}
