package org.qantar.rules.markup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A small builder of HTML and SVG elements that escapes every text and attribute value, so that no
 * quote or article text can break the markup. Attributes keep their insertion order; a null
 * attribute value leaves the attribute out. Rendered text is well-formed XML as well as HTML: empty
 * elements are written {@code <x></x>}, except HTML's void elements ({@code <meta>}, {@code <br>}...),
 * which are written {@code <meta ... />}.
 *
 * <pre>
 * Tag.of("p").attr("class", "note").text("a < b").render()   // &lt;p class="note"&gt;a &amp;lt; b&lt;/p&gt;
 * </pre>
 */
public final class Tag {

    private static final Set<String> VOID = Set.of("meta", "link", "br", "hr", "img", "input", "wbr");

    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Object> children = new ArrayList<>();

    private Tag(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public static Tag of(String name) {
        return new Tag(name);
    }

    public String name() {
        return name;
    }

    /** Sets an attribute; numbers are written with at most two decimals. */
    public Tag attr(String key, Object value) {
        if (value != null) {
            attributes.put(key, value instanceof Double d ? number(d) : String.valueOf(value));
        }
        return this;
    }

    /** Appends escaped text. */
    public Tag text(String text) {
        if (text != null && !text.isEmpty()) {
            children.add(text);
        }
        return this;
    }

    /** Appends child elements (nulls are skipped). */
    public Tag add(Tag... tags) {
        for (Tag t : tags) {
            if (t != null) {
                children.add(t);
            }
        }
        return this;
    }

    public Tag addAll(List<Tag> tags) {
        tags.forEach(this::add);
        return this;
    }

    /** Appends markup written by another builder of this package, unescaped (an inline SVG in HTML). */
    public Tag markup(Markup markup) {
        children.add(markup);
        return this;
    }

    public String render() {
        StringBuilder s = new StringBuilder();
        render(s);
        return s.toString();
    }

    void render(StringBuilder s) {
        s.append('<').append(name);
        attributes.forEach((k, v) -> s.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
        if (children.isEmpty() && VOID.contains(name)) {
            s.append(" />");
            return;
        }
        s.append('>');
        for (Object child : children) {
            if (child instanceof Tag t) {
                t.render(s);
            } else if (child instanceof Markup m) {
                s.append(m.text());
            } else {
                s.append(escape((String) child));
            }
        }
        s.append("</").append(name).append('>');
    }

    /** Escapes text for an element or a double-quoted attribute. */
    public static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> {
                    // Control characters are not allowed in XML 1.0; a stray one in a note must not break it.
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        s.append(' ');
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    /** A coordinate or measure: at most two decimals, no trailing zeros, never exponent notation. */
    public static String number(double d) {
        String s = String.format(Locale.ROOT, "%.2f", d);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    /** Markup already rendered by a builder of this package (so it is known to be well formed). */
    public static final class Markup {
        private final String text;

        private Markup(String text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        public static Markup of(Tag tag) {
            return new Markup(tag.render());
        }

        public String text() {
            return text;
        }
    }
}
