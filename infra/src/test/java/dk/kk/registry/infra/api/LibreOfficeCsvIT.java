package dk.kk.registry.infra.api;

import static dk.kk.registry.infra.support.Bodies.grant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 15: the CSV opens in a Danish spreadsheet as it should. LibreOffice Calc (Debian's
 * {@code libreoffice-calc-nogui}, which {@code .ci/run} installs where missing) reads a list, a comparison and the
 * funding summary headless with Danish settings ({@code CSV:59,34,76,1,,1030}: semicolon, double quote, UTF-8,
 * from row 1, locale 1030 = Danish) and writes them as flat ODF, whose cells say whether Calc took a number.
 */
class LibreOfficeCsvIT extends RegistryIT {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    @TempDir
    Path dir;

    /** One cell as Calc read it: its value type ({@code float}, {@code date}, {@code string}), value and text. */
    record Cell(String type, String value, String text) {}

    @Test
    void aListAComparisonAndTheFundingSummaryOpenAsNumbersWithDanishLetters() throws Exception {
        String soffice = soffice();
        assumeTrue(
                soffice != null,
                "LibreOffice (soffice) is not installed: apt-get install -y "
                        + "--no-install-recommends libreoffice-calc-nogui; the LibreOffice CSV test is skipped");
        Fixtures fixtures = fixtures();
        String area = fixtures.area("calc");
        String title = "Tryghedsvandring på Ærøgade – æøå ÆØÅ";
        String id = fixtures.intervention(fixtures.registration(title, area));
        Api pm = api().as("pm.tmf");
        Api.Response granted = pm.post(
                "/api/interventions/" + id + "/funding",
                grant("MUNICIPAL_BASE_BUDGET", "1234567.89", List.of(2020, 2020)));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);

        List<List<Cell>> list = open(soffice, "list", "/api/interventions?area=" + area);
        List<String> header = texts(list.get(0));
        assertThat(header).contains("Titel", "Områder", "Kategori", "Kategori (kode)");
        List<Cell> row = list.get(1);
        assertThat(row.get(header.indexOf("Titel")).text()).isEqualTo(title);
        assertThat(row.get(header.indexOf("Version")))
                .as("a number")
                .extracting(Cell::type)
                .isEqualTo("float");
        assertThat(row.get(header.indexOf("Planlagt start")))
                .isEqualTo(new Cell(
                        "date",
                        "2019-01-01",
                        row.get(header.indexOf("Planlagt start")).text()));

        List<List<Cell>> comparison = open(
                soffice,
                "comparison",
                "/api/comparisons?indicator=eviction-warnings"
                        + "&area=designated-areas&comparison=copenhagen&baseline=2017&status=2024");
        header = texts(comparison.get(0));
        assertThat(header).contains("Værdi i basisår", "Forskel i forskelle", "Andel af forskellen lukket");
        row = comparison.get(1);
        assertNumber(row.get(header.indexOf("Værdi i basisår")), "1.4");
        assertNumber(row.get(header.indexOf("Værdi i statusår")), "0.6");
        assertNumber(row.get(header.indexOf("Forskel i forskelle")), "-0.4");
        assertNumber(row.get(header.indexOf("Andel af forskellen lukket")), "0.5");

        List<List<Cell>> funding = open(soffice, "funding", "/api/funding/summary?groupBy=area&area=" + area);
        header = texts(funding.get(0));
        assertThat(header).contains("Befolkningsområde", "Finansierede år", "Beboerår", "Bevilget nu");
        row = funding.stream()
                .filter(r -> !r.isEmpty() && area.equals(r.get(0).text()))
                .findFirst()
                .orElseThrow();
        assertNumber(row.get(header.indexOf("Bevilget nu")), "1234567.89");
        assertNumber(row.get(header.indexOf("Oprindeligt bevilget")), "1234567.89");
    }

    private static void assertNumber(Cell cell, String value) {
        assertThat(cell.type()).as("Calc read %s as a number", cell).isEqualTo("float");
        assertThat(new java.math.BigDecimal(cell.value()))
                .as(cell.toString())
                .isEqualByComparingTo(new java.math.BigDecimal(value));
    }

    private static List<String> texts(List<Cell> cells) {
        return cells.stream().map(Cell::text).toList();
    }

    private List<List<Cell>> open(String soffice, String name, String path) throws Exception {
        Api.Response csv = api().as("auditor").header("Accept", "text/csv").get(path);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        Path file = dir.resolve(name + ".csv");
        Files.write(file, csv.body());
        Process process = new ProcessBuilder(
                        soffice,
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--headless",
                        "--infilter=CSV:59,34,76,1,,1030",
                        "--convert-to",
                        "fods",
                        "--outdir",
                        dir.toString(),
                        file.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("soffice finished")
                .isTrue();
        File fods = dir.resolve(name + ".fods").toFile();
        assertThat(fods).as(Files.readString(dir.resolve(name + ".log"))).exists();
        return rows(fods);
    }

    private static List<List<Cell>> rows(File fods) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList rows = factory.newDocumentBuilder().parse(fods).getElementsByTagNameNS(TABLE, "table-row");
        List<List<Cell>> table = new ArrayList<>();
        for (int r = 0; r < rows.getLength(); r++) {
            List<Cell> cells = new ArrayList<>();
            NodeList children = ((Element) rows.item(r)).getElementsByTagNameNS(TABLE, "table-cell");
            for (int c = 0; c < children.getLength(); c++) {
                Element cell = (Element) children.item(c);
                String type = cell.getAttributeNS(OFFICE, "value-type");
                String value = type.equals("date")
                        ? cell.getAttributeNS(OFFICE, "date-value")
                        : cell.getAttributeNS(OFFICE, "value");
                String repeated = cell.getAttributeNS(TABLE, "number-columns-repeated");
                int times = repeated.isEmpty() ? 1 : Math.min(Integer.parseInt(repeated), 64);
                for (int t = 0; t < times; t++) {
                    cells.add(new Cell(type, value, cell.getTextContent().strip()));
                }
            }
            table.add(cells);
        }
        return table;
    }

    private static String soffice() throws IOException {
        for (String candidate :
                List.of("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/usr/local/bin/soffice")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        return null;
    }
}
