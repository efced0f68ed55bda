package dk.kk.registry.infra.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * {@code import-measurements file.csv}: the same checks and append as the bulk API, source {@code import}; all or
 * nothing, with a clear exit status. Run here on the test's registry through the command-line runner itself.
 */
class MeasurementImportIT extends MeasurementIT {

    MeasurementImportIT() {
        super("only-primary-school", "nordvest");
    }

    @Autowired
    MeasurementImport importer;

    @TempDir
    Path directory;

    private Path csv(String... lines) throws IOException {
        Path file = Files.createTempFile(directory, "measurements-", ".csv");
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    /** What an import printed, and its exit status. */
    private record Run(int exitCode, String out, String err) {}

    private Run run(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = importer.importFile(
                file,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDanishExcelFileIsImported() throws IOException {
        Path file = csv(
                "\uFEFFindicator;area;year;value;numerator;denominator;source;qualityNote",
                indicator + ";" + area + ";2000;36,2;;;SØK;",
                indicator + ";" + area + ";2023;18.4;1840;10000;SØK;\"foreløbig; tal fra 2024\"",
                indicator + ";rest-of-copenhagen;2023;9,4;;;SØK;\"a \"\"quoted\"\" note\"",
                "");

        Run run = run(file);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("imported 3 measurements");
        JsonNode series = data.seriesOnceItHolds(indicator, 3);
        assertThat(series).hasSize(3);
        JsonNode second = series.get(area.compareTo("rest-of-copenhagen") < 0 ? 1 : 2);
        assertThat(second.get("value").asText()).isEqualTo("18.4");
        assertThat(second.get("numerator").asText()).isEqualTo("1840");
        assertThat(second.get("qualityNote").asText()).isEqualTo("foreløbig; tal fra 2024");
        String source = jdbc.queryForObject("""
                SELECT convert_from(metadata, 'UTF8')::jsonb ->> 'source' FROM domainevententry
                WHERE aggregateidentifier = ?""", String.class, second.get("id").asText());
        assertThat(source).isEqualTo("import");
    }

    @Test
    void aFileWithABadRowImportsNothingAndNamesTheLine() throws IOException {
        Path file = csv(
                "indicator;area;year;value;numerator;denominator;source;qualityNote",
                indicator + ";" + area + ";2017;18,9;;;SØK;",
                indicator + ";" + area + ";2018;atten;;;SØK;",
                indicator + ";atlantis;2019;18,1;;;SØK;");

        Run run = run(file);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("line 3: value: 'atten' is not a decimal number")
                .contains("line 4: area: unknown area 'atlantis'")
                .contains("2 of 3 rows were refused; nothing was imported");
        assertThat(data.series(indicator, "")).isEmpty();
    }

    @Test
    void aRepeatedImportAddsNothing() throws IOException {
        Path file = csv(
                "indicator;area;year;value;numerator;denominator;source;qualityNote",
                indicator + ";" + area + ";2017;18,9;;;SØK;");
        assertThat(run(file).exitCode()).isZero();

        Run again = run(file);

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("line 2: this indicator, area and period is already recorded");
        assertThat(data.seriesOnceItHolds(indicator, 1)).hasSize(1);
    }

    @Test
    void aFileWithoutTheHeaderOrNotInUtf8IsRefused() throws IOException {
        Run noHeader = run(csv(indicator + ";" + area + ";2017;18,9;;;SØK;"));
        assertThat(noHeader.exitCode()).isEqualTo(1);
        assertThat(noHeader.err()).contains("the first line must be the header");

        Path latin1 = directory.resolve("latin1.csv");
        Files.write(
                latin1,
                ("indicator;area;year;value;numerator;denominator;source;qualityNote\n" + indicator + ";" + area
                                + ";2017;1;;;Tryghedsundersøgelsen;\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        Run notUtf8 = run(latin1);
        assertThat(notUtf8.exitCode()).isEqualTo(1);
        assertThat(notUtf8.err()).contains("not UTF-8");
        assertThat(data.series(indicator, "")).isEmpty();
    }

    @Test
    void theCommandLineIsReadFromTheArguments() throws Exception {
        Path file = csv(
                "indicator;area;year;value;numerator;denominator;source;qualityNote",
                indicator + ";" + area + ";2021;17,9;;;SØK;");

        importer.run(new DefaultApplicationArguments(MeasurementImport.COMMAND.name(), file.toString()));
        assertThat(importer.getExitCode()).isZero();
        assertThat(data.seriesOnceItHolds(indicator, 1)).hasSize(1);

        importer.run(new DefaultApplicationArguments(MeasurementImport.COMMAND.name()));
        assertThat(importer.getExitCode()).as("usage").isEqualTo(2);
        importer.run(new DefaultApplicationArguments(
                MeasurementImport.COMMAND.name(), directory.resolve("none.csv").toString()));
        assertThat(importer.getExitCode()).as("no such file").isEqualTo(2);
        assertThat(MeasurementImport.requested("import-measurements", "x.csv")).isTrue();
        assertThat(MeasurementImport.requested("--server.port=0")).isFalse();
    }
}
