package dk.kk.registry.infra.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdmissibleTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u0000",
                "\u0001",
                "\u0008",
                "\u000b",
                "\u000c",
                "\u001b",
                "\u001f",
                "\u007f",
                "\u0080",
                "\u0085",
                "\u009f",
                "\ud800",
                "\udbff",
                "\udc00",
                "\udfff",
                "\udc00\ud800",
                "\ufdd0",
                "\ufdef",
                "\ufffe",
                "\uffff",
                "\ud83f\udffe",
                "\ud83f\udfff",
                "\udbff\udffe",
                "\udbff\udfff"
            })
    void refusesControlsUnpairedSurrogatesAndNonCharacters(String bad) {
        String text = "Forening " + bad + " i Sundby";

        assertThat(AdmissibleText.admissible(text)).isFalse();
        assertThatThrownBy(() -> AdmissibleText.admit("name", text))
                .isInstanceOf(AdmissibleText.Refused.class)
                .hasMessageContaining("at character 10")
                .satisfies(e -> assertThat(((BadInput) e).field()).isEqualTo("name"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Æblegården i Ørestad",
                "tab\tline\nreturn\r",
                "Tryg 🙂 by 👩🏽‍💻 🇩🇰",
                "مرحبا \u200f שלום \u202e",
                "\u00a0\u00ad",
                "\ufdcf\ufdf0\ufffd",
                "\ud83f\udffd",
                "\ud800\udc00",
                "\udbff\udffd",
                "~"
            })
    void admitsEverythingElse(String good) {
        assertThat(AdmissibleText.violation(good)).isNull();
        assertThat(AdmissibleText.admit("name", good)).isEqualTo(good);
    }

    @Test
    void saysWhichCharacterWithoutEchoingTheText() {
        assertThat(AdmissibleText.violation("ab\u0000"))
                .startsWith("contains U+0000, a control character, at " + "character 3;");
        assertThat(AdmissibleText.violation("🙂\udfff"))
                .startsWith("contains U+DFFF, an unpaired surrogate, at " + "character 2;");
        assertThat(AdmissibleText.violation("x\udbff\udfff"))
                .startsWith("contains U+10FFFF, a Unicode " + "non-character, at character 2;");
    }

    @Test
    void normalisesToNfc() {
        assertThat(AdmissibleText.admit("title", "Cafe\u0301 pa\u030a hjørnet")).isEqualTo("Caf\u00e9 p\u00e5 hjørnet");
        assertThat(AdmissibleText.admit("title", "\u212b")).isEqualTo("\u00c5");
        assertThat(AdmissibleText.admit("title", null)).isNull();
    }

    @Test
    void escapesOnlyWhatTheRuleRefuses() {
        assertThat(AdmissibleText.escaped("na\u0000me 🙂 \udfff \ud83f\udfff"))
                .isEqualTo("na\\u0000me 🙂 \\udfff \\ud83f\\udfff");
        assertThat(AdmissibleText.escaped("name")).isEqualTo("name");
    }
}
