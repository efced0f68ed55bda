package dk.kk.registry.infra.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IatiXmlTextTest {

    @Test
    void ordinaryTextIsWrittenAsItIs() {
        String text = "Grønne gårde i Tingbjerg\n\t😀";
        assertThat(IatiExportController.xmlText(text)).isSameAs(text);
    }

    @Test
    void aCharacterXmlCannotHoldBecomesTheReplacementCharacter() {
        assertThat(IatiExportController.xmlText("a\u0001b\u0000c\udfffd\uffffe😀"))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe😀");
    }
}
