package dk.kk.registry.infra.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kk.registry.shared.common.UncertainValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV a Danish Excel writes: BOM, semicolons, quotes, decimal commas; rows named by their line. */
class CsvMeasurementRowsTest {

    private static final String HEADER = "indicator;area;year;value;numerator;denominator;source;qualityNote";

    @TempDir
    Path directory;

    private List<ReadRow> read(String text) throws IOException {
        Path file = directory.resolve("rows.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CsvMeasurementRows rows = new CsvMeasurementRows(file);
        List<ReadRow> read = new ArrayList<>();
        try (MeasurementSource.Cursor cursor = rows.open()) {
            for (ReadRow row = cursor.next(); row != null; row = cursor.next()) {
                read.add(row);
            }
        }
        return read;
    }

    @Test
    void aRowIsAYearsMeasurementWithExactDecimals() throws IOException {
        List<ReadRow> rows = read("\uFEFF" + HEADER + "\r\neviction-warnings;tingbjerg;2017;1,40;28;2000;DOMUS;\r\n");

        MeasurementRow row = rows.get(0).row();
        assertThat(row.indicator()).isEqualTo("eviction-warnings");
        assertThat(row.periodFrom()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(row.periodTo()).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(row.value().exactValue().toPlainString()).isEqualTo("1.40");
        assertThat(row.numerator()).isEqualTo(new BigDecimal("28"));
        assertThat(row.qualityNote()).isNull();
    }

    @Test
    void quotedFieldsMayHoldSemicolonsQuotesAndLineBreaks() throws IOException {
        List<ReadRow> rows = read(HEADER + "\n"
                + "a;b;2020;1;;;\"SØK; 2024\";\"first line\nsecond \"\"line\"\"\"\n"
                + "\n"
                + "a;b;2021;2.5\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).row().source()).isEqualTo("SØK; 2024");
        assertThat(rows.get(0).row().qualityNote()).isEqualTo("first line\nsecond \"line\"");
        assertThat(rows.get(1).row().value()).isEqualTo(UncertainValue.exact(new BigDecimal("2.5")));
    }

    @Test
    void errorsNameTheLineTheRowStartsOn() throws IOException {
        Path file = directory.resolve("rows.csv");
        Files.writeString(file, HEADER + "\na;b;2020;1;;;;\"two\nlines\"\na;b;20x1;1.2.3\n", StandardCharsets.UTF_8);
        CsvMeasurementRows source = new CsvMeasurementRows(file);
        List<ReadRow> rows = new ArrayList<>();
        try (MeasurementSource.Cursor cursor = source.open()) {
            for (ReadRow row = cursor.next(); row != null; row = cursor.next()) {
                rows.add(row);
            }
        }

        ReadRow bad = rows.get(1);
        assertThat(bad.errors()).extracting(RowError::field).containsExactly("year", "value");
        assertThat(source.field(bad.index(), "year")).isEqualTo("line 4: year");
    }

    @Test
    void theHeaderIsRequired() {
        assertThatThrownBy(() -> read("a;b;2020;1\n"))
                .isInstanceOf(UnreadableBody.class)
                .hasMessageContaining("header");
    }

    @Test
    void tooFewOrTooManyFieldsAreNamed() throws IOException {
        List<ReadRow> rows = read(HEADER + "\na;b\na;b;2020;1;;;;;extra\n");

        assertThat(rows.get(0).errors().get(0).message()).contains("found 2");
        assertThat(rows.get(1).errors().get(0).message()).contains("found 9");
    }

    @Test
    void aCellMayHoldARangeABoundOrAnUncertainYear() throws IOException {
        List<ReadRow> rows = read(HEADER + "\n"
                + "safe-at-night;tingbjerg;2024;67-72\n"
                + "safe-at-night;tingbjerg;2023?;<60\n"
                + "safe-at-night;tingbjerg;2022/2023;>5,5\n"
                + "safe-at-night;tingbjerg;2021;72-67\n"
                + "safe-at-night;tingbjerg;2021/..;1\n");

        assertThat(rows.get(0).row().value())
                .isEqualTo(UncertainValue.range(new BigDecimal("67"), new BigDecimal("72")));
        assertThat(rows.get(1).row().value()).isEqualTo(UncertainValue.below(new BigDecimal("60")));
        assertThat(rows.get(1).row().period().notation()).isEqualTo("2023?");
        assertThat(rows.get(2).row().value()).isEqualTo(UncertainValue.above(new BigDecimal("5.5")));
        assertThat(rows.get(2).row().periodTo()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(rows.get(3).errors()).extracting(RowError::field).containsExactly("value");
        assertThat(rows.get(4).errors()).extracting(RowError::field).containsExactly("year");
    }
}
