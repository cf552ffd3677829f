package org.qantar.model.json;

import org.qantar.model.Position;
import org.qantar.model.Proposition;
import org.qantar.model.Source;

import java.util.List;

/** The shapes of the files in {@code seeds/}: each wraps one list under a named key. */
public final class SeedFiles {

    private SeedFiles() {
    }

    public record Sources(List<Source> sources) {
        public Sources {
            sources = List.copyOf(sources);
        }
    }

    public record Propositions(List<Proposition> propositions) {
        public Propositions {
            propositions = List.copyOf(propositions);
        }
    }

    public record Positions(List<Position> positions) {
        public Positions {
            positions = List.copyOf(positions);
        }
    }
}
