package org.qantar.model.json;

import tools.jackson.core.JacksonException;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A JSON parser's complaint in plain words, for a one-line error about a file the user gave or
 * keeps. Never the parser's own wording (class and feature names such as
 * {@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}) and never a piece of the file's content: a
 * session name can be a link to any file, and its first token must not be quoted back (hostile
 * tests, repro 11: {@code Unrecognized token 'root'} from {@code /etc/passwd}).
 */
public final class JsonProblem {

    /** What the parser's message starts with or contains, and what to say instead; the first match wins. */
    private static final List<Map.Entry<String, String>> PLAIN = List.of(
            Map.entry("end-of-input", "the text ends too soon"),
            Map.entry("non-standard token", "NaN or Infinity is not a JSON number"),
            Map.entry("nesting depth", "nested too deeply"),
            Map.entry("duplicate", "a key appears twice in one object"),
            Map.entry("utf-8", "bytes that are not UTF-8 text"),
            Map.entry("utf8", "bytes that are not UTF-8 text"),
            Map.entry("number length", "a number with too many digits"),
            Map.entry("numeric value", "a number out of range"),
            Map.entry("string value length", "a text value too long"),
            Map.entry("unrecognized token", "text that is not JSON"),
            Map.entry("unexpected character", "an unexpected character"),
            Map.entry("trailing token", "more after the end of the JSON value"),
            Map.entry("illegal character", "a control character inside a text value"),
            Map.entry("illegal unquoted character", "a control character inside a text value"),
            Map.entry("unexpected close marker", "a bracket that closes nothing"),
            Map.entry("was expecting", "an unexpected token"),
            Map.entry("cannot deserialize", "a value of the wrong type"),
            Map.entry("cannot coerce", "a value of the wrong type"),
            Map.entry("unrecognized property", "an unknown field"),
            Map.entry("missing", "a required field is missing"));

    private JsonProblem() {
    }

    /** {@code the text ends too soon at line 3, column 7}, or {@code not well-formed} when nothing fits. */
    public static String plain(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().toLowerCase(Locale.ROOT);
        String what = PLAIN.stream().filter(p -> message.contains(p.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("not well-formed");
        var at = e.getLocation();
        return at != null && at.getLineNr() > 0
                ? what + " at line " + at.getLineNr() + ", column " + at.getColumnNr() : what;
    }
}
