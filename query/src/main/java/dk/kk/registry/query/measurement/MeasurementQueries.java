package dk.kk.registry.query.measurement;

import dk.kk.registry.query.common.AsOf;
import dk.kk.registry.query.common.StoredValues;
import dk.kk.registry.shared.area.AreaMeasurementView;
import dk.kk.registry.shared.area.FindAreaMeasurementsQuery;
import dk.kk.registry.shared.measurement.FindIndicatorCoverageQuery;
import dk.kk.registry.shared.measurement.FindIndicatorSeriesQuery;
import dk.kk.registry.shared.measurement.FindMeasurementQuery;
import dk.kk.registry.shared.measurement.FindRecentMeasurementsQuery;
import dk.kk.registry.shared.measurement.IndicatorCoverageView;
import dk.kk.registry.shared.measurement.IndicatorSeriesView;
import dk.kk.registry.shared.measurement.MeasurementChangeView;
import dk.kk.registry.shared.measurement.MeasurementView;
import dk.kk.registry.shared.measurement.PeriodView;
import dk.kk.registry.shared.measurement.RecentMeasurementView;
import dk.kk.registry.shared.measurement.SeriesMeasurementView;
import dk.kk.registry.shared.screening.FindMeasuredValuesQuery;
import dk.kk.registry.shared.screening.MeasuredValue;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers measurement queries from the table {@link MeasurementProjection} writes. */
@Component
class MeasurementQueries {

    private final JdbcTemplate jdbc;

    MeasurementQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    IndicatorSeriesView series(FindIndicatorSeriesQuery query) {
        List<Object> args = new ArrayList<>();
        args.add(query.indicator());
        StringBuilder where = new StringBuilder("indicator_id = ? AND ")
                .append(AsOf.condition("", query.asOf(), args))
                .append(" AND NOT retracted");
        if (query.areas() != null && !query.areas().isEmpty()) {
            where.append(" AND area_id = ANY (?)");
            args.add(query.areas().toArray(String[]::new));
        }
        if (query.fromYear() != null) {
            where.append(" AND period_to >= ?");
            args.add(Date.valueOf(LocalDate.of(query.fromYear(), 1, 1)));
        }
        if (query.toYear() != null) {
            where.append(" AND (period_from IS NULL OR period_from <= ?)");
            args.add(Date.valueOf(LocalDate.of(query.toYear(), 12, 31)));
        }
        args.add(query.limit());
        List<SeriesMeasurementView> items = jdbc.query(
                """
                SELECT measurement_id, area_id, period_from, period_to, value_form, numerator, denominator, source,
                       quality_note, corrected, indicator_version, value_low, value_high, period_stated
                FROM measurement_version WHERE %s
                ORDER BY area_id, period_from NULLS FIRST, period_to, period_stated NULLS FIRST LIMIT ?""".formatted(where),
                (rs, n) -> new SeriesMeasurementView(
                        rs.getString(1),
                        rs.getString(2),
                        period(rs, 3),
                        StoredValues.value(rs, "value"),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getBoolean(10),
                        rs.getInt(11)),
                args.toArray());
        return new IndicatorSeriesView(query.indicator(), items);
    }

    /** The newest versions first: a correction brings its measurement back to the top. */
    @QueryHandler
    List<RecentMeasurementView> recent(FindRecentMeasurementsQuery query) {
        List<Object> args = new ArrayList<>();
        String asOf = AsOf.condition("", query.asOf(), args);
        args.add(query.limit());
        return jdbc.query(
                """
                SELECT measurement_id, indicator_id, area_id, period_from, period_to, period_stated, corrected,
                       recorded_from, recorded_by, value_form, value_low, value_high
                FROM measurement_version WHERE NOT retracted AND %s
                ORDER BY recorded_from DESC, measurement_id LIMIT ?""".formatted(asOf),
                (rs, n) -> new RecentMeasurementView(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        period(rs, 4),
                        StoredValues.value(rs, "value"),
                        rs.getBoolean(7),
                        rs.getTimestamp(8).toInstant(),
                        rs.getString(9)),
                args.toArray());
    }

    /**
     * Whole-year values only, as a comparison reads them (a value for a part of a year compares with nothing): the
     * years a value is for, and every year a value whose stated year is uncertain ("2024?", "2023/2024") may be for.
     */
    @QueryHandler
    List<IndicatorCoverageView> coverage(FindIndicatorCoverageQuery query) {
        List<Object> args = new ArrayList<>();
        String asOf = AsOf.condition("", query.asOf(), args);
        return jdbc.query(
                """
                SELECT indicator_id, area_id, array_agg(DISTINCT y ORDER BY y)
                FROM measurement_version,
                     generate_series(EXTRACT(YEAR FROM period_from)::int, EXTRACT(YEAR FROM period_to)::int) y
                WHERE NOT retracted AND EXTRACT(MONTH FROM period_from) = 1 AND EXTRACT(DAY FROM period_from) = 1
                  AND EXTRACT(MONTH FROM period_to) = 12 AND EXTRACT(DAY FROM period_to) = 31
                  AND (period_stated IS NOT NULL
                       OR period_to = make_date(EXTRACT(YEAR FROM period_from)::int, 12, 31)) AND %s
                GROUP BY indicator_id, area_id ORDER BY indicator_id, area_id""".formatted(asOf),
                (rs, n) -> new IndicatorCoverageView(rs.getString(1), rs.getString(2), List.of((Integer[])
                        rs.getArray(3).getArray())),
                args.toArray());
    }

    /**
     * The whole-year values of an indicator for a year in the areas given, as screenings read them: exact values of
     * exactly that year only, since a screening's threshold compares points (a range is not a measured point).
     */
    @QueryHandler
    List<MeasuredValue> values(FindMeasuredValuesQuery query) {
        List<Object> args = new ArrayList<>();
        args.add(query.indicator());
        args.add(query.areas().toArray(String[]::new));
        args.add(Date.valueOf(LocalDate.of(query.year(), 1, 1)));
        args.add(Date.valueOf(LocalDate.of(query.year(), 12, 31)));
        String asOf = AsOf.condition("", query.asOf(), args);
        return jdbc.query(
                """
                SELECT measurement_id, area_id, value, quality_note FROM measurement_version
                WHERE indicator_id = ? AND area_id = ANY (?) AND period_from = ? AND period_to = ?
                  AND period_stated IS NULL AND value IS NOT NULL AND NOT retracted AND
                """ + asOf,
                (rs, n) -> new MeasuredValue(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4)),
                args.toArray());
    }

    @QueryHandler
    List<AreaMeasurementView> inArea(FindAreaMeasurementsQuery query) {
        List<Object> args = new ArrayList<>();
        args.add(query.areaId());
        String asOf = AsOf.condition("", query.asOf(), args);
        return jdbc.query(
                """
                SELECT measurement_id, indicator_id, period_from, period_to, value_form, quality_note, corrected,
                       value_low, value_high, period_stated
                FROM measurement_version WHERE area_id = ? AND NOT retracted AND
                """ + asOf + " ORDER BY indicator_id, period_from NULLS FIRST",
                (rs, n) -> new AreaMeasurementView(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getDate(4).toLocalDate(),
                        StoredValues.value(rs, "value"),
                        rs.getString(6),
                        rs.getBoolean(7),
                        rs.getString("period_stated")),
                args.toArray());
    }

    @QueryHandler
    Optional<MeasurementView> measurement(FindMeasurementQuery query) {
        List<Object> args = new ArrayList<>();
        args.add(query.measurementId());
        String known = "";
        if (query.asOf() != null) {
            known = " AND recorded_from <= ?";
            args.add(Timestamp.from(query.asOf()));
        }
        List<Version> versions = jdbc.query(
                """
                SELECT version, indicator_id, indicator_version, area_id, period_from, period_to, value_form,
                       numerator, denominator, source, quality_note, corrected, retracted, change, recorded_from,
                       recorded_by, write_source, reason, value_low, value_high, period_stated
                FROM measurement_version WHERE measurement_id = ?%s ORDER BY version""".formatted(known),
                (rs, n) -> new Version(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        period(rs, 5),
                        new MeasurementChangeView(
                                rs.getLong(1),
                                rs.getString(14),
                                StoredValues.value(rs, "value"),
                                rs.getString(11),
                                rs.getTimestamp(15).toInstant(),
                                rs.getString(16),
                                rs.getString(17),
                                rs.getString(18)),
                        rs.getBigDecimal(8),
                        rs.getBigDecimal(9),
                        rs.getString(10),
                        rs.getBoolean(12),
                        rs.getBoolean(13)),
                args.toArray());
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        Version last = versions.get(versions.size() - 1);
        return Optional.of(new MeasurementView(
                query.measurementId(),
                last.version(),
                last.indicator(),
                last.indicatorVersion(),
                last.area(),
                last.period(),
                last.change().value(),
                last.numerator(),
                last.denominator(),
                last.source(),
                last.change().qualityNote(),
                last.corrected(),
                last.retracted(),
                versions.stream().map(Version::change).toList()));
    }

    /**
     * The period in the columns period_from, period_to (at {@code from} and the next) and period_stated; period_from
     * is NULL for a period open at its start ("../2024-11").
     */
    private static PeriodView period(ResultSet rs, int from) throws SQLException {
        return PeriodView.of(
                rs.getObject(from, LocalDate.class),
                rs.getObject(from + 1, LocalDate.class),
                rs.getString("period_stated"));
    }

    private record Version(
            long version,
            String indicator,
            int indicatorVersion,
            String area,
            PeriodView period,
            MeasurementChangeView change,
            java.math.BigDecimal numerator,
            java.math.BigDecimal denominator,
            String source,
            boolean corrected,
            boolean retracted) {}
}
