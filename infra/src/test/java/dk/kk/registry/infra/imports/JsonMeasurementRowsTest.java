package dk.kk.registry.infra.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.measurement.MeasurementIds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON rows: a period in either form, decimals as written, every wrong field of a row reported. */
class JsonMeasurementRowsTest {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static JsonMeasurementRows rows(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new JsonMeasurementRows(MAPPER, () -> new ByteArrayInputStream(bytes));
    }

    private static List<ReadRow> all(String json) throws IOException {
        List<ReadRow> read = new ArrayList<>();
        try (MeasurementSource.Cursor cursor = rows(json).open()) {
            for (ReadRow row = cursor.next(); row != null; row = cursor.next()) {
                read.add(row);
            }
        }
        return read;
    }

    @Test
    void aPeriodIsAYearOrTwoDates() throws IOException {
        List<ReadRow> read = all("""
                [{"indicator": "i", "area": "a", "period": 2017, "value": 1.40},
                 {"indicator": "i", "area": "a", "period": {"from": "2023-08-01", "to": "2024-07-31"}, "value": "2"}]
                """);

        assertThat(read.get(0).row().periodFrom()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(read.get(0).row().periodTo()).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(read.get(0).row().value().exactValue().toPlainString()).isEqualTo("1.40");
        assertThat(read.get(1).row().periodFrom()).isEqualTo(LocalDate.of(2023, 8, 1));
        assertThat(read.get(1).row().value()).isEqualTo(UncertainValue.exact(new BigDecimal("2")));
    }

    @Test
    void everyWrongFieldOfARowIsReportedAndTheNextRowIsRead() throws IOException {
        List<ReadRow> read = all("""
                [{"indicator": 7, "area": "a", "period": "2017-13", "value": "1,4", "unit": "PERCENT"},
                 {"indicator": "i", "area": "a", "period": {"from": "2017-02-30", "to": "2017-12-31"}, "value": 1},
                 {"indicator": "i", "area": "a", "period": 2018, "value": 1}]
                """);

        assertThat(read.get(0).errors())
                .extracting(RowError::field)
                .containsExactlyInAnyOrder("unit", "indicator", "value", "period");
        assertThat(read.get(1).errors()).extracting(RowError::field).containsExactly("period.from");
        assertThat(read.get(2).errors()).isEmpty();
    }

    @Test
    void aBrokenBodyIsRefusedWhole() {
        assertThatThrownBy(() -> all("[{\"indicator\": \"i\"")).isInstanceOf(UnreadableBody.class);
        assertThatThrownBy(() -> all("{\"indicator\": \"i\"}"))
                .isInstanceOf(UnreadableBody.class)
                .hasMessageContaining("array");
        assertThatThrownBy(() -> all("[] []")).isInstanceOf(UnreadableBody.class);
    }

    @Test
    void aSingleMeasurementIsOneObjectAndNothingElse() throws IOException {
        assertThat(rows("{\"indicator\": \"i\", \"area\": \"a\", \"period\": 2017, \"value\": 1}")
                        .single()
                        .row()
                        .indicator())
                .isEqualTo("i");
        assertThatThrownBy(() -> rows("{\"indicator\": \"i\"} {}").single()).isInstanceOf(UnreadableBody.class);
    }

    @Test
    void aValueMayBeARangeOrABoundAsItsSourceStatesIt() throws IOException {
        List<ReadRow> read = all("""
                [{"indicator": "i", "area": "a", "period": 2017, "value": {"from": "67", "to": "72"}},
                 {"indicator": "i", "area": "a", "period": 2017, "value": {"below": "60"}},
                 {"indicator": "i", "area": "a", "period": 2017, "value": {"above": 5}},
                 {"indicator": "i", "area": "a", "period": 2017, "value": {"from": "67"}}]
                """);

        assertThat(read)
                .extracting(r -> r.row().value())
                .containsExactly(
                        UncertainValue.range(new BigDecimal("67"), new BigDecimal("72")),
                        UncertainValue.below(new BigDecimal("60")),
                        UncertainValue.above(new BigDecimal("5")),
                        UncertainValue.range(new BigDecimal("67"), null));
    }

    @Test
    void aPeriodMayBeStatedAsItsSourceStatesIt() throws IOException {
        List<ReadRow> read = all("""
                [{"indicator": "i", "area": "a", "period": "2024?", "value": "1"},
                 {"indicator": "i", "area": "a", "period": "2023/2024", "value": "1"},
                 {"indicator": "i", "area": "a", "period": "2017", "value": "1"}]
                """);

        assertThat(read.get(0).row().period().notation()).isEqualTo("2024?");
        assertThat(read.get(0).row().periodFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(read.get(1).row().periodFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(read.get(1).row().periodTo()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(read.get(2).row().command().period())
                .as("an exact year is the year, not a stated period")
                .isNull();
        assertThat(read.get(2).row().command().measurementId())
                .isEqualTo(MeasurementIds.of("i", "a", LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)));
    }

    @Test
    void hostileValuesAndPeriodsAreRefusedNamingTheField() throws IOException {
        List<ReadRow> read = all("""
                [{"indicator": "i", "area": "a", "period": 2017, "value": {"from": "72", "to": "67"}},
                 {"indicator": "i", "area": "a", "period": 2017, "value": {"below": "1", "above": "2"}},
                 {"indicator": "i", "area": "a", "period": 2017, "value": "1e999999"},
                 {"indicator": "i", "area": "a", "period": 2017, "value": ["1"]},
                 {"indicator": "i", "area": "a", "period": 2017, "value": true},
                 {"indicator": "i", "area": "a", "period": 2017, "value": {"from": true}},
                 {"indicator": "i", "area": "a", "period": 2017, "value": {"around": "5"}},
                 {"indicator": "i", "area": "a", "period": 2017, "value": {}},
                 {"indicator": "i", "area": "a", "period": "unknown", "value": "1"},
                 {"indicator": "i", "area": "a", "period": "2017/..", "value": "1"}]
                """);

        assertThat(read).allSatisfy(r -> assertThat(r.errors()).isNotEmpty());
        assertThat(read.subList(0, 8)).allSatisfy(r -> assertThat(r.errors())
                .extracting(RowError::field)
                .allSatisfy(field -> assertThat(field).startsWith("value")));
        assertThat(read.get(5).errors()).extracting(RowError::field).containsExactly("value.from");
        assertThat(read.get(6).errors()).extracting(RowError::field).containsExactly("value.around");
        assertThat(read.subList(8, 10))
                .allSatisfy(
                        r -> assertThat(r.errors()).extracting(RowError::field).containsExactly("period"));
    }
}
