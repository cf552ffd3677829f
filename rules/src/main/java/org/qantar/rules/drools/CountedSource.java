package org.qantar.rules.drools;

import java.util.Objects;

/** A source whose claims count under the current lens. One fact per counted source. */
public final class CountedSource {
    private final String id;

    public CountedSource(String id) {
        this.id = Objects.requireNonNull(id);
    }

    public String getId() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountedSource c && c.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode() + 13;
    }

    @Override
    public String toString() {
        return "CountedSource(" + id + ")";
    }
}
