package dk.kk.registry.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashChainTest {

    private static final byte[] AUDITOR = "{\"user\":\"auditor\"}".getBytes(StandardCharsets.UTF_8);

    private static HashChain.StoredEvent event(String payload) {
        return event(7, "1", payload.getBytes(StandardCharsets.UTF_8), AUDITOR);
    }

    /** The stored event of {@link #event(String)} with its position, revision, payload and metadata as given. */
    private static HashChain.StoredEvent event(long position, String revision, byte[] payload, byte[] metadata) {
        return new HashChain.StoredEvent(
                position, "e-1", "dk.kk.X", revision, "a-1", 0, "2024-06-01T12:00:00.000Z", payload, metadata);
    }

    @Test
    void canonicalJsonSortsKeysAndDropsWhitespace() {
        assertThat(HashChain.canonical("{ \"b\" : 1,\n \"a\": [ true, null, \"x\", {\"d\": false, \"c\": {}} ] }"))
                .isEqualTo("{\"a\":[true,null,\"x\",{\"c\":{},\"d\":false}],\"b\":1}");
    }

    @Test
    void canonicalJsonDoesNotDependOnByteFormatting() {
        assertThat(HashChain.canonical("{\"name\":\"Tingbjerg\",\"year\":2017}"))
                .isEqualTo(HashChain.canonical("{\n  \"year\" : 2017,\n  \"name\" : \"Ting\\u0062jerg\"\n}"));
    }

    @Test
    void canonicalJsonIsAsciiWithEscapesOutsidePrintableAscii() {
        assertThat(HashChain.canonical("[\"ø\",\"\uD83D\uDE00\",\"tab\\there\",\"\\/\",\"\u007f\"]"))
                .isEqualTo("[\"\\u00f8\",\"\\ud83d\\ude00\",\"tab\\there\",\"/\",\"\\u007f\"]");
    }

    @Test
    void canonicalJsonKeepsNumbersAsWritten() {
        assertThat(HashChain.canonical("{\"a\":1.10,\"b\":-0,\"c\":1e5,\"d\":12345678901234567890}"))
                .isEqualTo("{\"a\":1.10,\"b\":-0,\"c\":1e5,\"d\":12345678901234567890}");
    }

    @Test
    void canonicalJsonOfAnAbsentColumnIsNull() {
        assertThat(HashChain.canonical((byte[]) null)).isEqualTo("null");
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> HashChain.canonical("{\"a\":")).isInstanceOf(HashChain.NotJson.class);
        assertThatThrownBy(() -> HashChain.canonical("{} {}")).isInstanceOf(HashChain.NotJson.class);
    }

    /** The expected hash was computed by scripts/verify-export.py, the chain's independent implementation. */
    @Test
    void linkMatchesTheIndependentScript() {
        String link = HashChain.link(HashChain.GENESIS, event("{\"b\":1.10,\"a\":\"ø \uD83D\uDE00\"}"));
        assertThat(link).isEqualTo("33a2fe969bc8e92d3ec2a0f1f3cf7ac849a92148b2ff0727c75d6044495d37ae");
    }

    @Test
    void linkDependsOnThePreviousHashAndEveryField() {
        HashChain.StoredEvent event = event("{\"a\":1}");
        String link = HashChain.link(HashChain.GENESIS, event);
        assertThat(HashChain.link("1".repeat(64), event)).isNotEqualTo(link);
        assertThat(HashChain.link(HashChain.GENESIS, event("{\"a\":2}"))).isNotEqualTo(link);
        assertThat(HashChain.link(HashChain.GENESIS, event(8, "1", event.payload(), event.metadata())))
                .isNotEqualTo(link);
        assertThat(HashChain.link(HashChain.GENESIS, event(7, null, event.payload(), event.metadata())))
                .isNotEqualTo(link);
        assertThat(HashChain.link(
                        HashChain.GENESIS,
                        event(7, "1", event.payload(), "{\"user\":\"admin\"}".getBytes(StandardCharsets.UTF_8))))
                .isNotEqualTo(link);
    }

    @Test
    void linkDoesNotDependOnPayloadFormatting() {
        assertThat(HashChain.link(HashChain.GENESIS, event("{\"b\":1,\"a\":2}")))
                .isEqualTo(HashChain.link(HashChain.GENESIS, event("{ \"a\" : 2 ,\n\"b\" : 1 }")));
    }

    @Test
    void keysSortByCodePoint() {
        assertThat(HashChain.compareCodePoints("\uFFFF", "\uD83D\uDE00")).isNegative();
        assertThat(HashChain.compareCodePoints("a", "ab")).isNegative();
        assertThat(HashChain.compareCodePoints("b", "ab")).isPositive();
    }
}
