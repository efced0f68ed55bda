package dk.kk.registry.command.goal;

import dk.kk.registry.shared.common.UncertainValue;
import java.util.Objects;

/** What a status report says, as it stands after its corrections. Blank texts are no text. */
record StatusFacts(
        UncertainValue areaValue,
        UncertainValue comparisonValue,
        String commentary,
        String dataQualityNote,
        String caseReference) {

    static StatusFacts reported(
            UncertainValue areaValue,
            UncertainValue comparisonValue,
            String commentary,
            String dataQualityNote,
            String caseReference) {
        return new StatusFacts(
                areaValue, comparisonValue, text(commentary), text(dataQualityNote), text(caseReference));
    }

    /** A null field is not corrected; a blank text removes the text. */
    StatusFacts corrected(
            UncertainValue newAreaValue,
            UncertainValue newComparisonValue,
            String newCommentary,
            String newDataQualityNote,
            String newCaseReference) {
        return new StatusFacts(
                newAreaValue != null ? newAreaValue : areaValue,
                newComparisonValue != null ? newComparisonValue : comparisonValue,
                newCommentary != null ? text(newCommentary) : commentary,
                newDataQualityNote != null ? text(newDataQualityNote) : dataQualityNote,
                newCaseReference != null ? text(newCaseReference) : caseReference);
    }

    /** How a corrected text is recorded: null when not corrected, empty when removed. */
    static String correctedText(String text) {
        if (text == null) {
            return null;
        }
        return text.isBlank() ? "" : text.strip();
    }

    /**
     * Values compare by magnitude, not by scale: correcting 0.6 to 0.60 changes nothing (and 67–72 to 67.0–72.0).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof StatusFacts that
                && sameValue(areaValue, that.areaValue)
                && sameValue(comparisonValue, that.comparisonValue)
                && Objects.equals(commentary, that.commentary)
                && Objects.equals(dataQualityNote, that.dataQualityNote)
                && Objects.equals(caseReference, that.caseReference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(commentary, dataQualityNote, caseReference);
    }

    private static boolean sameValue(UncertainValue a, UncertainValue b) {
        return Objects.equals(a, b);
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
