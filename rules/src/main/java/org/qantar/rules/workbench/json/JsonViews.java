package org.qantar.rules.workbench.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.model.Position;
import org.qantar.model.Proposition;
import org.qantar.model.Source;
import org.qantar.model.json.Json;
import org.qantar.rules.Evaluation;
import org.qantar.rules.Justification;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Tension;
import org.qantar.rules.workbench.Conflict;

import java.util.List;

/**
 * The stable JSON the shell prints under {@code --json}. Each shape is a record here, so the
 * field names and their order are fixed in one place (README documents them). Every document is
 * one object with one top-level key naming its content, except the evaluation, whose shape is
 * {@code evaluate --json}'s:
 * <pre>
 * {"assumptions":["a","!b"],"lens":["src",...],
 *  "propositions":[{"id","status","value","supportedBy":[claim ids],"contestedBy":{"true":[...],"false":[...]}}],
 *  "tensions":[{"proposition","claim","source"}]}
 * </pre>
 * {@code value} is true/false, or null for CONTESTED and OPEN; {@code lens} lists the counted
 * sources (all of them when no lens is set).
 */
public final class JsonViews {

    private JsonViews() {
    }

    public record EvaluationJson(List<String> assumptions, List<String> lens, List<PropositionJson> propositions,
                                 List<Tension> tensions) {
    }

    public record PropositionJson(String id, String status, Boolean value, List<String> supportedBy,
                                  ContestedBy contestedBy) {
    }

    /** The claims on each side of a contest (both empty unless CONTESTED). */
    public record ContestedBy(@JsonProperty("true") List<String> whenTrue,
                              @JsonProperty("false") List<String> whenFalse) {
    }

    public record SourcesJson(List<Source> sources) {
    }

    public record PropositionsJson(List<Proposition> propositions) {
    }

    public record ClaimsJson(List<Claim> claims) {
    }

    public record PositionsJson(List<Position> positions) {
    }

    public record TensionsJson(List<Tension> tensions) {
    }

    /** A conflict: the proposition, its current status and value, and each side's claims. */
    public record ConflictJson(String proposition, String status, Boolean value, Sides claims) {
    }

    public record Sides(@JsonProperty("true") List<ClaimRef> whenTrue,
                        @JsonProperty("false") List<ClaimRef> whenFalse) {
    }

    public record ClaimRef(String claim, String source) {
    }

    public record ConflictsJson(List<ConflictJson> conflicts) {
    }

    /**
     * {@code why --json}: {"proposition","status","value","support":[claim],"contested":{"true":[claim],
     * "false":[claim]},"tensions":[claim]} where a claim is {"claim","source","confidence","quote",
     * "conclusion","premises":[{"literal","status","assumed","shownAbove","because":[claim]}],"defeatedBy":[literal]}.
     */
    public record WhyJson(String proposition, String status, Boolean value, List<ClaimNodeJson> support,
                          ContestedNodes contested, List<ClaimNodeJson> tensions) {
    }

    public record ContestedNodes(@JsonProperty("true") List<ClaimNodeJson> whenTrue,
                                 @JsonProperty("false") List<ClaimNodeJson> whenFalse) {
    }

    public record ClaimNodeJson(String claim, String source, String confidence, String quote, String conclusion,
                                List<PremiseJson> premises, List<String> defeatedBy) {
    }

    public record PremiseJson(String literal, String status, boolean assumed, boolean shownAbove,
                              List<ClaimNodeJson> because) {
    }

    public static String why(Justification j) {
        return Json.write(new WhyJson(j.proposition(), j.status().status().name(), j.status().value(),
                nodes(j.support()), new ContestedNodes(nodes(j.supportTrue()), nodes(j.supportFalse())),
                nodes(j.tensions())));
    }

    private static List<ClaimNodeJson> nodes(List<Justification.ClaimNode> nodes) {
        return nodes.stream().map(n -> new ClaimNodeJson(n.claim(), n.source(), n.confidence().label(), n.quote(),
                n.conclusion().toString(),
                n.premises().stream().map(p -> new PremiseJson(p.literal().toString(), p.status(), p.assumed(),
                        p.shownAbove(), nodes(p.because()))).toList(),
                n.defeatedBy().stream().map(Literal::toString).toList())).toList();
    }

    public static String evaluation(Evaluation e) {
        return Json.write(evaluationJson(e));
    }

    public static EvaluationJson evaluationJson(Evaluation e) {
        List<PropositionJson> props = e.statuses().stream().map(JsonViews::proposition).toList();
        return new EvaluationJson(e.assumptions().stream().map(Literal::toString).toList(), e.lens(), props,
                e.tensions());
    }

    private static PropositionJson proposition(PropositionStatus s) {
        return new PropositionJson(s.id(), s.status().name(), s.value(), s.supportedBy(),
                new ContestedBy(s.contestedTrue(), s.contestedFalse()));
    }

    public static String sources(List<Source> sources) {
        return Json.write(new SourcesJson(sources));
    }

    public static String propositions(List<Proposition> propositions) {
        return Json.write(new PropositionsJson(propositions));
    }

    public static String claims(List<Claim> claims) {
        return Json.write(new ClaimsJson(claims));
    }

    public static String positions(List<Position> positions) {
        return Json.write(new PositionsJson(positions));
    }

    public static String tensions(List<Tension> tensions) {
        return Json.write(new TensionsJson(tensions));
    }

    public static String conflicts(List<Conflict> conflicts) {
        return Json.write(new ConflictsJson(conflicts.stream().map(c -> new ConflictJson(c.proposition(),
                c.status().status().name(), c.status().value(),
                new Sides(refs(c.forTrue()), refs(c.forFalse())))).toList()));
    }

    private static List<ClaimRef> refs(List<Claim> claims) {
        return claims.stream().map(c -> new ClaimRef(c.id(), c.source())).toList();
    }
}
