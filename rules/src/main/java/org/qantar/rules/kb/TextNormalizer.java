package org.qantar.rules.kb;

import java.util.regex.Pattern;

/**
 * Folds an article's text, and a quote, into one comparable form: Markdown links reduced to their
 * text, emphasis marks and backslash escapes dropped, curly quotes and dashes folded to ASCII, and
 * whitespace collapsed. Case and words are kept: a quote must still be verbatim.
 */
public final class TextNormalizer {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>]*)>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\p{Punct}])");
    private static final Pattern EMPHASIS = Pattern.compile("[*_]+");
    private static final Pattern LINE_BROKEN_HYPHEN = Pattern.compile("(\\p{L})-[ \\t]*\\R[ \\t]*(\\p{Ll})");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private TextNormalizer() {
    }

    /**
     * The normal form. A word hyphenated across a line end is joined without the hyphen
     * ({@code "govern-\nment"} → {@code "government"}); {@link #normalizeKeepingHyphens} keeps it
     * for compounds ({@code "multi-\nvector"}).
     */
    public static String normalize(String text) {
        return fold(LINE_BROKEN_HYPHEN.matcher(text).replaceAll("$1$2"));
    }

    public static String normalizeKeepingHyphens(String text) {
        return fold(LINE_BROKEN_HYPHEN.matcher(text).replaceAll("$1-$2"));
    }

    private static String fold(String text) {
        String s = text.replace('\u00A0', ' ').replace("\u00AD", "");
        s = LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = ESCAPE.matcher(s).replaceAll("$1");
        s = EMPHASIS.matcher(s).replaceAll("");
        s = s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201A', '\'').replace('\u201B', '\'')
                .replace('\u2032', '\'')
                .replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"').replace('\u201F', '"')
                .replace('\u2033', '"')
                .replace('\u2010', '-').replace('\u2011', '-').replace('\u2012', '-').replace('\u2013', '-')
                .replace('\u2014', '-').replace('\u2015', '-').replace('\u2212', '-')
                .replace("\u2026", "...");
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    /** Words as the 30-word limit counts them: runs of non-blank characters. */
    public static int wordCount(String quote) {
        String s = quote.strip();
        return s.isEmpty() ? 0 : SPACE.split(s).length;
    }
}
