package org.qantar.rules.kb;

import org.qantar.model.Claim;
import org.qantar.model.Position;
import org.qantar.model.Proposition;
import org.qantar.model.RecordedFact;
import org.qantar.model.Source;
import org.qantar.model.json.Json;
import org.qantar.rules.KnowledgeBase;

import java.util.List;

/**
 * The whole catalogue as {@code kb export --json} writes it, in the shape other tools read:
 * {@code {"sources":[…],"propositions":[…],"claims":[…],"positions":[…],"record":[…]}}. Claims are the DRL's
 * own reading, so the export cannot drift from the rules.
 */
public final class CatalogueExport {

    public record Catalogue(List<Source> sources, List<Proposition> propositions, List<Claim> claims,
                            List<Position> positions, List<RecordedFact> record) {
    }

    private CatalogueExport() {
    }

    public static Catalogue of(KnowledgeBase kb) {
        return new Catalogue(kb.sources(), kb.propositions(), kb.claims(), kb.positions(), kb.record());
    }

    public static String toJson(KnowledgeBase kb) {
        return Json.writePretty(of(kb));
    }
}
