package org.qantar.model.session;

import java.util.regex.Pattern;

/**
 * The rule for session names, which become file names: ASCII letters, digits, {@code -}, {@code _}
 * and {@code .}, 1 to 64 characters, not starting with {@code .} or {@code -}. No path separator,
 * no {@code ..}, no hidden file, nothing a shell or another operating system reads specially, and
 * nothing the command line reads as an option ({@code save -rf} would be one).
 */
public final class SessionName {

    /** The rule in words, as error messages give it. */
    public static final String RULE =
            "a session name is 1 to 64 ASCII letters, digits, '-', '_' or '.', not starting with '.' or '-'";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,63}");

    private SessionName() {
    }

    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }

    /**
     * Returns {@code name} if it follows the rule.
     *
     * @throws SessionStoreException naming the refused name and stating the rule, in one line
     */
    public static String require(String name) {
        if (!isValid(name)) {
            throw new SessionStoreException("invalid session name " + quoted(name) + ": " + RULE);
        }
        return name;
    }

    private static String quoted(String name) {
        if (name == null) {
            return "(none)";
        }
        if (name.isEmpty()) {
            return "(empty)";
        }
        return "'" + (name.length() > 70 ? name.substring(0, 70) + "…" : name) + "'";
    }
}
