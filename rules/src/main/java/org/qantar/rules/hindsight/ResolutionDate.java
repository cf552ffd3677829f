package org.qantar.rules.hindsight;

import org.qantar.rules.workbench.InvalidInput;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * When a proposition resolved: a day {@code 2022-01-19}, a month {@code 2022-06}, a year
 * {@code 2023}, or a period {@code START/END} of those ({@code 2022-01/2023-01}), ISO 8601 style.
 * A period's end may not come before its start. Public events can rarely be pinned to a day; a
 * month or a period says honestly how precisely the record dates them.
 */
public final class ResolutionDate {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private ResolutionDate() {
    }

    /**
     * {@code text} if it is a date or period as above.
     *
     * @throws InvalidInput naming the text and the accepted forms
     */
    public static String require(String text) {
        if (text == null || text.isBlank()) {
            throw bad("");
        }
        String t = text.strip();
        String[] parts = t.split("/", -1);
        if (parts.length > 2) {
            throw bad(t);
        }
        LocalDate start = first(parts[0], t);
        if (parts.length == 2 && last(parts[1], t).isBefore(start)) {
            throw new InvalidInput("the period '" + t + "' ends before it starts");
        }
        return t;
    }

    /** The first day a date or period covers (for ordering). */
    public static LocalDate start(String dateOrPeriod) {
        String t = require(dateOrPeriod);
        return first(t.split("/")[0], t);
    }

    private static LocalDate first(String part, String whole) {
        if (!SHAPE.matcher(part).matches()) {
            throw bad(whole);
        }
        try {
            return switch (part.length()) {
                case 4 -> Year.parse(part).atDay(1);
                case 7 -> YearMonth.parse(part).atDay(1);
                default -> LocalDate.parse(part);
            };
        } catch (DateTimeException e) {
            throw bad(whole);
        }
    }

    private static LocalDate last(String part, String whole) {
        LocalDate first = first(part, whole);
        return switch (part.length()) {
            case 4 -> first.withDayOfYear(first.lengthOfYear());
            case 7 -> first.withDayOfMonth(first.lengthOfMonth());
            default -> first;
        };
    }

    private static InvalidInput bad(String text) {
        return new InvalidInput("bad date '" + text + "' (use YYYY-MM-DD, YYYY-MM, YYYY or a period START/END, "
                + "e.g. 2022-01-19 or 2022-06/2023-01)");
    }
}
