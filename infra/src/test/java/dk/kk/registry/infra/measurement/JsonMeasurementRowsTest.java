package dk.kk.registry.infra.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

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
        assertThat(read.get(0).row().value()).isEqualTo(new BigDecimal("1.40"));
        assertThat(read.get(1).row().periodFrom()).isEqualTo(LocalDate.of(2023, 8, 1));
        assertThat(read.get(1).row().value()).isEqualTo(new BigDecimal("2"));
    }

    @Test
    void everyWrongFieldOfARowIsReportedAndTheNextRowIsRead() throws IOException {
        List<ReadRow> read = all("""
                [{"indicator": 7, "area": "a", "period": "2017", "value": "1,4", "unit": "PERCENT"},
                 {"indicator": "i", "area": "a", "period": {"from": "2017-02-30", "to": "2017-12-31"}, "value": 1},
                 {"indicator": "i", "area": "a", "period": 2018, "value": 1}]
                """);

        assertThat(read.get(0).errors()).extracting(RowError::field)
                .containsExactlyInAnyOrder("unit", "indicator", "value", "period");
        assertThat(read.get(1).errors()).extracting(RowError::field).containsExactly("period.from");
        assertThat(read.get(2).errors()).isEmpty();
    }

    @Test
    void aBrokenBodyIsRefusedWhole() {
        assertThatThrownBy(() -> all("[{\"indicator\": \"i\"")).isInstanceOf(UnreadableBody.class);
        assertThatThrownBy(() -> all("{\"indicator\": \"i\"}")).isInstanceOf(UnreadableBody.class)
                .hasMessageContaining("array");
        assertThatThrownBy(() -> all("[] []")).isInstanceOf(UnreadableBody.class);
    }

    @Test
    void aSingleMeasurementIsOneObjectAndNothingElse() throws IOException {
        assertThat(rows("{\"indicator\": \"i\", \"area\": \"a\", \"period\": 2017, \"value\": 1}").single().row()
                .indicator()).isEqualTo("i");
        assertThatThrownBy(() -> rows("{\"indicator\": \"i\"} {}").single()).isInstanceOf(UnreadableBody.class);
    }
}
