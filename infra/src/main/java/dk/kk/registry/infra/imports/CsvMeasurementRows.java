package dk.kk.registry.infra.imports;

import dk.kk.registry.infra.http.AdmissibleText;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Measurements in a CSV file as Danish Excel writes it: UTF-8 with or without a byte-order mark, {@code ;} between
 * fields, fields in double quotes when they hold {@code ;}, quotes or line breaks, and decimals with a comma or a
 * point. The first row is the header {@code indicator;area;year;value;numerator;denominator;source;qualityNote}.
 * A year may be stated as its source states it ({@code 2017?}, {@code 2016/2017}); a value as {@link ValueNotation}
 * reads it ({@code 67-72}, {@code <60}).
 */
public final class CsvMeasurementRows implements MeasurementSource {

    static final List<String> COLUMNS =
            List.of("indicator", "area", "year", "value", "numerator", "denominator", "source", "qualityNote");
    private static final int REQUIRED_COLUMNS = 4;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private final Path file;

    public CsvMeasurementRows(Path file) {
        this.file = file;
    }

    @Override
    public Cursor open() throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Records records = new Records(new InputStreamReader(Files.newInputStream(file), decoder));
        try {
            header(records.next());
        } catch (IOException | RuntimeException e) {
            records.close();
            throw e;
        }
        return new Cursor() {
            private long index;

            @Override
            public ReadRow next() throws IOException {
                List<String> fields = records.next();
                while (fields != null && fields.size() == 1 && fields.get(0).isBlank()) {
                    fields = records.next();
                }
                if (fields == null) {
                    return null;
                }
                return row(index++, records.recordLine(), fields);
            }

            @Override
            public void close() throws IOException {
                records.close();
            }
        };
    }

    /** Rows are named by the line they start on in the file, so that a spreadsheet user can find them. */
    @Override
    public String field(long index, String field) {
        return "line " + lines.get(index) + (field == null || field.isEmpty() ? "" : ": " + field);
    }

    private final LineNumbers lines = new LineNumbers();

    private ReadRow row(long index, long line, List<String> fields) {
        lines.put(index, line);
        if (fields.size() < REQUIRED_COLUMNS || fields.size() > COLUMNS.size()) {
            return ReadRow.unreadable(
                    index,
                    List.of(RowError.input(
                            "", "expected " + COLUMNS.size() + " fields separated by ';', found " + fields.size())));
        }
        List<RowError> errors = new ArrayList<>(1);
        for (int column = 0; column < fields.size(); column++) {
            String violation = AdmissibleText.violation(fields.get(column));
            if (violation != null) {
                errors.add(RowError.input(COLUMNS.get(column), violation));
            }
        }
        if (!errors.isEmpty()) {
            return ReadRow.unreadable(index, errors);
        }
        String year = cell(fields, 2);
        LocalDate from = null;
        LocalDate to = null;
        UncertainDate stated = null;
        if (year != null) {
            if (YEAR.matcher(year).matches()) {
                from = LocalDate.of(Integer.parseInt(year), 1, 1);
                to = LocalDate.of(Integer.parseInt(year), 12, 31);
            } else {
                stated = statedYear(year, errors);
                if (stated != null) {
                    from = stated.earliest();
                    to = stated.latest();
                }
            }
        }
        UncertainValue value = null;
        try {
            value = ValueNotation.parse(cell(fields, 3));
        } catch (IllegalArgumentException e) {
            errors.add(RowError.input("value", e.getMessage()));
        }
        BigDecimal numerator = decimal(fields, 4, "numerator", errors);
        BigDecimal denominator = decimal(fields, 5, "denominator", errors);
        if (!errors.isEmpty()) {
            return ReadRow.unreadable(index, errors);
        }
        return ReadRow.of(
                index,
                new MeasurementRow(
                        cell(fields, 0),
                        cell(fields, 1),
                        from,
                        to,
                        stated,
                        value,
                        numerator,
                        denominator,
                        cell(fields, 6),
                        cell(fields, 7),
                        null));
    }

    /** A year as its source states it in EDTF ("2017?", "2017~", "2016/2017"), bounded on both sides. */
    private static UncertainDate statedYear(String year, List<RowError> errors) {
        try {
            UncertainDate stated = UncertainDate.parse(year);
            if (stated.earliest() != null && stated.latest() != null) {
                return stated;
            }
        } catch (IllegalArgumentException e) {
            // Refused below, as any text that is not a year.
        }
        errors.add(RowError.input(
                "year",
                "'" + year + "' is not a year such as 2017, or one as its source states "
                        + "it: 2017?, 2017~ or 2016/2017"));
        return null;
    }

    private static String cell(List<String> fields, int column) {
        if (column >= fields.size()) {
            return null;
        }
        String text = fields.get(column).strip();
        return text.isEmpty() ? null : AdmissibleText.nfc(text);
    }

    private static BigDecimal decimal(List<String> fields, int column, String name, List<RowError> errors) {
        String text = cell(fields, column);
        if (text == null) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            errors.add(RowError.input(name, "'" + text + "' is not a decimal number such as 1.4 or 1,4"));
            return null;
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    private static void header(List<String> fields) {
        List<String> names = fields == null
                ? List.of()
                : fields.stream()
                        .map(name -> name.strip().toLowerCase(Locale.ROOT))
                        .toList();
        List<String> expected =
                COLUMNS.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        if (!names.equals(expected)) {
            throw new UnreadableBody("line 1", "the first line must be the header " + String.join(";", COLUMNS));
        }
    }

    /** The line each row started on, kept compactly: only rows with errors are ever asked for. */
    private static final class LineNumbers {

        private long[] lines = new long[1024];

        void put(long index, long line) {
            if (index >= lines.length) {
                lines = java.util.Arrays.copyOf(lines, (int) Math.max(index + 1, lines.length * 2L));
            }
            lines[(int) index] = line;
        }

        long get(long index) {
            return index < lines.length ? lines[(int) index] : -1;
        }
    }

    /**
     * Splits the text into records of fields, honouring quotes; a record may span lines inside quotes. Reads from its
     * own buffer: a {@code Reader}'s {@code read()} per character is synchronised and several times slower.
     */
    private static final class Records implements AutoCloseable {

        private final Reader in;
        private final char[] buffer = new char[1 << 16];
        private int position;
        private int limit;
        private long line = 1;
        private long recordLine;
        private boolean first = true;

        Records(Reader in) {
            this.in = in;
        }

        long recordLine() {
            return recordLine;
        }

        List<String> next() throws IOException {
            try {
                return read();
            } catch (CharacterCodingException e) {
                throw new UnreadableBody("line " + line, "the file is not UTF-8 text (near line " + line + ")");
            }
        }

        private int nextChar() throws IOException {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return -1;
                }
            }
            return buffer[position++];
        }

        private List<String> read() throws IOException {
            int c = nextChar();
            if (first && c == '\uFEFF') {
                c = nextChar();
            }
            first = false;
            if (c == -1) {
                return null;
            }
            recordLine = line;
            List<String> fields = new ArrayList<>(COLUMNS.size());
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new UnreadableBody(
                                "line " + recordLine,
                                "a quoted field that starts on line " + recordLine + " is not closed");
                    }
                    if (c == '"') {
                        int following = nextChar();
                        if (following == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = following;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ';') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\n' || c == -1) {
                    if (c == '\n') {
                        line++;
                    }
                    fields.add(field.toString());
                    return fields;
                } else if (c != '\r') {
                    field.append((char) c);
                }
                c = nextChar();
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
