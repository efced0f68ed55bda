package dk.kk.registry.query.common;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.shared.intervention.TargetGroup;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A read model rebuilt in another process (a restart, a restore, another instance) must equal the one written here, so a
 * document is written the same whatever order its sets and maps iterate in: a set read from JSON, or made by
 * {@code Set.copyOf}, iterates differently in each JVM. A restored registry's verify found the history's target groups
 * in another order before this.
 */
class ReadModelJsonTest {

    record WithSets(Set<TargetGroup> groups, Set<String> names, Set<Object> mixed, Map<String, Integer> counts) {}

    @Test
    void aSetIsWrittenInItsElementsNaturalOrderWhateverItsIterationOrder() {
        Set<TargetGroup> oneWay =
                new LinkedHashSet<>(List.of(TargetGroup.SENIORS, TargetGroup.INFANTS, TargetGroup.YOUTH));
        Set<TargetGroup> otherWay =
                new LinkedHashSet<>(List.of(TargetGroup.YOUTH, TargetGroup.SENIORS, TargetGroup.INFANTS));

        assertThat(ReadModelJson.write(oneWay))
                .isEqualTo(ReadModelJson.write(otherWay))
                .isEqualTo("[\"INFANTS\",\"YOUTH\",\"SENIORS\"]");
        assertThat(ReadModelJson.write(new LinkedHashSet<>(List.of("Sydhavn", "Amager", "Bispebjerg"))))
                .isEqualTo("[\"Amager\",\"Bispebjerg\",\"Sydhavn\"]");
    }

    @Test
    void setsAndMapsInsideADocumentAreWrittenInAFixedOrder() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("tingbjerg", 2);
        counts.put("akacievej", 1);
        WithSets document = new WithSets(
                new LinkedHashSet<>(List.of(TargetGroup.FAMILIES, TargetGroup.CHILDREN)),
                new LinkedHashSet<>(List.of("b", "a")),
                new LinkedHashSet<>(List.of(2, "1", TargetGroup.YOUTH)),
                counts);

        assertThat(ReadModelJson.write(document))
                .isEqualTo("{\"groups\":[\"CHILDREN\",\"FAMILIES\"],\"names\":[\"a\",\"b\"],"
                        + "\"mixed\":[\"1\",\"YOUTH\",2],\"counts\":{\"akacievej\":1,\"tingbjerg\":2}}");
    }

    @Test
    void aSetWrittenInOrderReadsBackWithTheSameElements() {
        Set<TargetGroup> groups = Set.copyOf(List.of(TargetGroup.ADULTS, TargetGroup.INFANTS));
        WithSets read = ReadModelJson.read(
                ReadModelJson.write(new WithSets(groups, Set.of(), Set.of(), Map.of())), WithSets.class);
        assertThat(read.groups()).containsExactlyInAnyOrderElementsOf(groups);
    }
}
