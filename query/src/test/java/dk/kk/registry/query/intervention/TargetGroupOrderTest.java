package dk.kk.registry.query.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.registry.shared.intervention.InterventionDetailsRevisedEvent;
import dk.kk.registry.shared.intervention.TargetGroup;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An intervention's target groups are a set; the document and its view list them in one order whatever order the
 * event's set happened to iterate in. A set read from JSON iterates in an order that differs from one JVM to the next,
 * so a document written before a restart and the same document rebuilt after it (projection verify, a restore) would
 * otherwise differ in nothing but that order.
 */
class TargetGroupOrderTest {

    @Test
    void targetGroupsAreListedInTheirDeclaredOrderWhateverOrderTheEventGaveThem() {
        InterventionDocument oneWay = revisedWith(TargetGroup.FAMILIES, TargetGroup.CHILDREN, TargetGroup.YOUTH);
        InterventionDocument otherWay = revisedWith(TargetGroup.YOUTH, TargetGroup.CHILDREN, TargetGroup.FAMILIES);

        List<TargetGroup> declared = List.of(TargetGroup.CHILDREN, TargetGroup.YOUTH, TargetGroup.FAMILIES);
        assertThat(List.copyOf(oneWay.targetGroups)).isEqualTo(declared);
        assertThat(List.copyOf(otherWay.targetGroups)).isEqualTo(declared);
    }

    @Test
    void aDocumentReadBackFromItsJsonKeepsThatOrder() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        String written = json.writeValueAsString(revisedWith(TargetGroup.SENIORS, TargetGroup.INFANTS));

        InterventionDocument read = json.readValue(written, InterventionDocument.class);

        assertThat(List.copyOf(read.targetGroups)).containsExactly(TargetGroup.INFANTS, TargetGroup.SENIORS);
        assertThat(json.writeValueAsString(read)).isEqualTo(written);
    }

    private static InterventionDocument revisedWith(TargetGroup... groups) {
        InterventionDocument document = new InterventionDocument();
        document.apply(
                new InterventionDetailsRevisedEvent("i-1", null, null, null, new LinkedHashSet<>(List.of(groups))));
        return document;
    }
}
