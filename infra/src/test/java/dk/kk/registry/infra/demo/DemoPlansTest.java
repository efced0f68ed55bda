package dk.kk.registry.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The six demo plans say what the 2011 policy's final text says and nothing more: their purpose and both statements
 * about their timing are the text's own words (its line-end hyphens aside), whole sentences, none shortened.
 */
class DemoPlansTest {

    private final String policy =
            joined(DemoDocument.seedTexts(DemoDocument.history()).get("politik-2011"));

    @Test
    void thePurposeAndTheTimingAreTheFinalTextsOwnSentences() {
        assertThat(policy).contains(joined(DemoPlans.PURPOSE));
        assertThat(policy).contains(joined(DemoPlans.PREPARED));
        assertThat(policy).contains(joined(DemoPlans.WAVES));
    }

    @Test
    void thePurposeIsTheSectionsTwoParagraphsWhole() {
        String section = policy.substring(
                policy.indexOf("I hver udviklingsplan analyseres"),
                policy.indexOf("der kan sikre målopfyldelse.") + "der kan sikre målopfyldelse.".length());
        assertThat(joined(DemoPlans.PURPOSE)).isEqualTo(section);
    }

    /** Whitespace collapsed, a word broken at a line's end joined again, and the text's double spaces made one. */
    private static String joined(String text) {
        return DemoDocument.collapse(text).replaceAll("(\\p{L})- (\\p{Ll})", "$1$2");
    }
}
