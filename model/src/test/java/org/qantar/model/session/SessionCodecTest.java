package org.qantar.model.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qantar.model.Confidence;
import org.qantar.model.Prior;
import org.qantar.model.Session;
import org.qantar.model.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionCodecTest {

    private static final Path ORIGIN = Path.of("/sessions/x.json");

    private static final Session BASELINE_V1 = new Session("baseline",
            "CSTO stays, protests spread beyond Almaty.\nChecked against the Carnegie piece.",
            Instant.parse("2022-01-05T09:30:00Z"), Instant.parse("2022-01-07T18:45:12.5Z"),
            List.of("protests_spread", "!csto_withdraws"), List.of("cornell-ni", "carnegie"),
            Map.of("protests_spread", Prior.probability(0.7), "elite_split", Prior.beta(2, 5)),
            "3f2a9c0d11b7e845",
            Map.of("csto_withdraws", "ASSUMED false", "protests_spread", "ASSUMED true",
                    "russia_leverage_grows", "SUPPORTED true", "elite_split", "CONTESTED",
                    "tokayev_consolidates", "OPEN"),
            Map.of());

    /** Schema 2 adds the record and the confidence floor; the fixture sets both away from their defaults. */
    private static final Session BASELINE_V2 = BASELINE_V1.withReasoning(false, Confidence.LIKELY);

    @Test
    void writesTheVersion2FixtureByteForByte() {
        // given the session the version-2 fixture holds
        // when it is encoded
        String written = new String(SessionCodec.encode(BASELINE_V2), StandardCharsets.UTF_8);
        // then the output is the fixture: the file format has not drifted without a schema bump
        assertThat(written).isEqualTo(new String(fixture("v2-baseline.json"), StandardCharsets.UTF_8));
    }

    @Test
    void readsTheVersion2Fixture() {
        assertThat(SessionCodec.decode(fixture("v2-baseline.json"), ORIGIN)).isEqualTo(BASELINE_V2);
    }

    @Test
    void migratesTheVersion1FixtureWithTheRecordOnAndEveryClaimCounted() {
        Session session = SessionCodec.decode(fixture("v1-baseline.json"), ORIGIN);

        assertThat(session).isEqualTo(BASELINE_V1);
        assertThat(session.record()).isTrue();
        assertThat(session.minConfidence()).isEqualTo(Confidence.POSSIBLE);
    }

    @Test
    void migratesTheVersion0Fixture() {
        // given a file of schema 0: assumptions as a map, "savedAt", "kb", no priors
        // when it is read
        Session session = SessionCodec.decode(fixture("v0-baseline.json"), ORIGIN);
        // then it is the same session in the current schema; the creation time is the only save time known
        Instant saved = Instant.parse("2022-01-07T18:45:12Z");
        assertThat(session).isEqualTo(new Session("baseline", "CSTO stays, protests spread beyond Almaty.",
                saved, saved, List.of("!csto_withdraws", "protests_spread"), List.of("cornell-ni"), Map.of(),
                "3f2a9c0d11b7e845",
                Map.of("csto_withdraws", "ASSUMED false", "protests_spread", "ASSUMED true",
                        "russia_leverage_grows", "SUPPORTED true"),
                Map.of()));
    }

    @Test
    void migratedSessionsAreWrittenInTheCurrentSchema() {
        Session migrated = SessionCodec.decode(fixture("v0-baseline.json"), ORIGIN);
        String written = new String(SessionCodec.encode(migrated), StandardCharsets.UTF_8);
        assertThat(Json.tree(written).get("schemaVersion").intValue()).isEqualTo(Session.SCHEMA_VERSION);
        assertThat(written).doesNotContain("\"savedAt\"").doesNotContain("\"kb\"");
    }

    @Test
    void keepsUnknownTopLevelFieldsAndWritesThemBack() {
        // given a file from a newer minor addition: a field this version does not know
        String json = withField("\"reviewers\": [\"ak\", {\"name\": \"bm\"}],");
        // when it is read and written again
        Session session = SessionCodec.decode(bytes(json), ORIGIN);
        String written = new String(SessionCodec.encode(session), StandardCharsets.UTF_8);
        // then the field survives
        assertThat(session.extras()).containsOnlyKeys("reviewers");
        assertThat(Json.tree(written).get("reviewers")).isEqualTo(Json.tree("[\"ak\", {\"name\": \"bm\"}]"));
    }

    @Test
    void unknownFieldsInsideAPriorAreTolerated() {
        String json = withField("\"priors\": {\"x\": {\"p\": 0.25, \"source\": \"gut\"}},");
        assertThat(SessionCodec.decode(bytes(json), ORIGIN).priors()).containsEntry("x", Prior.probability(0.25));
    }

    @Test
    void defaultsTheOptionalFields() {
        String json = """
                {"format": "qantar-session", "schemaVersion": 1, "name": "n",
                 "created": "2022-01-05T00:00:00Z", "saved": "2022-01-05T00:00:00Z", "assumptions": []}""";
        Session session = SessionCodec.decode(bytes(json), ORIGIN);
        assertThat(session.note()).isEmpty();
        assertThat(session.lens()).isEmpty();
        assertThat(session.priors()).isEmpty();
        assertThat(session.statuses()).isEmpty();
        assertThat(session.kbFingerprint()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty file|''|empty file, not a session",
            "truncated|'{\"format\": \"qantar-session\", \"schemaVersion\": 1, \"na'|truncated or not valid JSON",
            "not JSON|'hello'|not valid JSON",
            "trailing garbage|'{} {}'|not valid JSON",
            "a list|'[1, 2]'|a session file must be a JSON object, found a list",
            "null|'null'|a session file must be a JSON object, found null",
            "another format|'{\"format\": \"kml\"}'|not a Qantar session (its format is 'kml'",
            "no format|'{\"name\": \"x\"}'|not a Qantar session (no \"format\"",
            "future schema|'{\"format\": \"qantar-session\", \"schemaVersion\": 7}'|written by a newer Qantar (session schema 7",
            "schema as text|'{\"format\": \"qantar-session\", \"schemaVersion\": \"1\"}'|'schemaVersion' must be a whole number, found a string",
            "huge schema number|'{\"format\": \"qantar-session\", \"schemaVersion\": 99999999999999999999}'|'schemaVersion' must be a whole number",
            "negative schema|'{\"format\": \"qantar-session\", \"schemaVersion\": -1}'|unknown session schema -1",
            "duplicate key|'{\"format\": \"qantar-session\", \"format\": \"qantar-session\"}'|not valid JSON (a key appears twice in one object at line 1",
            "NaN|'{\"format\": \"qantar-session\", \"schemaVersion\": NaN}'|not valid JSON (NaN or Infinity is not a JSON number at line 1",
    })
    void refusesWhatIsNotASessionInOneLine(String what, String content, String problem) {
        assertThatThrownBy(() -> SessionCodec.decode(bytes(content), ORIGIN))
                .isInstanceOf(SessionFileException.class)
                .hasMessageStartingWith(ORIGIN + ": ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r"));
    }

    /**
     * Hostile tests: a parser's own wording (feature and class names) and pieces of the file never
     * reach the message; repro 11 quoted the first word of /etc/passwd through a session link.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a foreign file's first word|'root:x:0:0:root:/root:/bin/bash'|root",
            "non-numeric number|'{\"a\": NaN}'|JsonReadFeature",
            "deep nesting|DEEP|StreamReadConstraints",
            "unexpected character|'{\"a\": secret-word}'|secret",
    })
    void refusesWithoutQuotingTheFileOrTheParser(String what, String content, String mustNotAppear) {
        String text = content.equals("DEEP") ? "[".repeat(2000) + "]".repeat(2000) : content;
        assertThatThrownBy(() -> SessionCodec.decode(bytes(text), ORIGIN))
                .isInstanceOf(SessionFileException.class)
                .satisfies(e -> assertThat(e.getMessage().substring((ORIGIN + ": ").length()))
                        .doesNotContain(mustNotAppear).doesNotContain("`").doesNotContain("'"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing name|\"name\": \"baseline\",||missing field 'name'",
            "name as number|\"name\": \"baseline\",|\"name\": 3,|'name' must be a string, found a number",
            "bad time|\"saved\": \"2022-01-07T18:45:12.500Z\",|\"saved\": \"yesterday\",|'saved' must be a UTC time",
            "assumptions as map|\"assumptions\": [|\"assumptions\": {}, \"x\": [|'assumptions' must be a list of strings, found an object",
            "bad literal|\"protests_spread\",|\"Protests spread\",|not a valid session: not a proposition id",
            "contradiction|\"protests_spread\",|\"!csto_withdraws\",|assumed twice",
            "lens of numbers|\"cornell-ni\",|1,|'lens' must be a list of strings, found a number",
            "prior not an object|\"protests_spread\": {|\"protests_spread\": 0.7, \"y\": {|the prior on 'protests_spread' must be a JSON object, found a number",
            "prior out of range|\"p\": 0.7|\"p\": 1.7|a probability is between 0 and 1, got 1.7",
            "prior both|\"p\": 0.7|\"p\": 0.7, \"alpha\": 1|a probability or a beta distribution",
            "prior as text|\"p\": 0.7|\"p\": \"0.7\"|'p' of the prior on 'protests_spread' must be a number, found a string",
            "status as number|\"OPEN\"|4|'statuses' must map each key to a string, found a number for 'tokayev_consolidates'",
            "status on bad id|\"tokayev_consolidates\":|\"Tokayev\":|status on 'Tokayev', which is not a proposition id",
    })
    void refusesIllFormedFieldsInOneLine(String what, String from, String to, String problem) {
        // given the version-1 fixture with one field spoiled
        String fixture = new String(fixture("v1-baseline.json"), StandardCharsets.UTF_8);
        String spoiled = fixture.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to == null ? "" : to));
        assertThat(spoiled).isNotEqualTo(fixture);
        // when it is read, then the one-line error names the file and the field
        assertThatThrownBy(() -> SessionCodec.decode(bytes(spoiled), ORIGIN))
                .isInstanceOf(SessionFileException.class)
                .hasMessageStartingWith(ORIGIN + ": ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void refusesVersion0AssumptionsThatAreNotBooleans() {
        String v0 = new String(fixture("v0-baseline.json"), StandardCharsets.UTF_8)
                .replace("\"csto_withdraws\": false", "\"csto_withdraws\": \"no\"");
        assertThatThrownBy(() -> SessionCodec.decode(bytes(v0), ORIGIN))
                .isInstanceOf(SessionFileException.class)
                .hasMessageContaining("must map each proposition to true or false (schema 0)");
    }

    @Test
    void refusesContentOverOneMebibyteUnparsed() {
        byte[] big = new byte[SessionCodec.MAX_BYTES + 1];
        assertThatThrownBy(() -> SessionCodec.decode(big, ORIGIN))
                .isInstanceOf(SessionFileException.class)
                .hasMessage(ORIGIN + ": over the 1 MiB limit for a session file (1048577 bytes)");
    }

    @Test
    void quotesHostileTextFromTheFileOnOneLine() {
        String json = withField("").replace("\"format\": \"qantar-session\"", "\"format\": \"a\\nb\\u2028c\"");
        assertThatThrownBy(() -> SessionCodec.decode(bytes(json), ORIGIN))
                .hasMessage(ORIGIN + ": not a Qantar session (its format is 'a b?c', not 'qantar-session')");
    }

    @Test
    void writesTwoSpaceIndentedSortedMapsWithOneListElementPerLine() {
        Session session = BASELINE_V1.withInputs(List.of("b", "a"), List.of(), Map.of("z", Prior.UNIFORM,
                "m", Prior.UNIFORM));
        String written = new String(SessionCodec.encode(session), StandardCharsets.UTF_8);
        assertThat(written).contains("\"assumptions\": [\n    \"b\",\n    \"a\"\n  ],\n  \"lens\": [],")
                .contains("\"priors\": {\n    \"m\": {\n      \"p\": 0.5\n    },\n    \"z\"")
                .endsWith("}\n");
    }

    private static String withField(String field) {
        return "{\"format\": \"qantar-session\", \"schemaVersion\": 1, \"name\": \"n\", " + field
                + " \"created\": \"2022-01-05T00:00:00Z\", \"saved\": \"2022-01-05T00:00:00Z\", \"assumptions\": []}";
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] fixture(String name) {
        try (InputStream in = SessionCodecTest.class.getResourceAsStream("/sessions/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void refusesAnOverlongUtf8FormThatJacksonWouldReadAsASlash() {
        // given the v2 baseline with the name's first character written as the overlong C0 AF ('/')
        byte[] valid = SessionCodec.encode(BASELINE_V2);
        String text = new String(valid, StandardCharsets.UTF_8);
        int at = text.indexOf("\"name\": \"") + "\"name\": \"".length();
        assertThat(at).isGreaterThan(20);
        byte[] prefix = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] rest = text.substring(at).getBytes(StandardCharsets.UTF_8);
        byte[] spoiled = new byte[prefix.length + 2 + rest.length];
        System.arraycopy(prefix, 0, spoiled, 0, prefix.length);
        spoiled[prefix.length] = (byte) 0xC0;
        spoiled[prefix.length + 1] = (byte) 0xAF;
        System.arraycopy(rest, 0, spoiled, prefix.length + 2, rest.length);
        // then it is refused in one line naming the offset, and the unspoiled file still reads
        assertThatThrownBy(() -> SessionCodec.decode(spoiled, ORIGIN))
                .isInstanceOf(SessionFileException.class)
                .hasMessage(ORIGIN + ": not UTF-8 text: invalid bytes at offset " + prefix.length);
        assertThat(SessionCodec.decode(valid, ORIGIN)).isEqualTo(BASELINE_V2);
    }

    @Test
    void readsMultiByteTextLongerThanTheCheckersBuffer() {
        // curly quotes and a Cyrillic note, over 8 KiB of them: the check decodes in chunks
        Session s = BASELINE_V2.withNote("“Токаев” ".repeat(1500));
        assertThat(SessionCodec.decode(SessionCodec.encode(s), ORIGIN)).isEqualTo(s);
    }
}
