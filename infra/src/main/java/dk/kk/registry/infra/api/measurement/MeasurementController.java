package dk.kk.registry.infra.api.measurement;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.registry.infra.api.StatisticsYears;
import dk.kk.registry.infra.api.Versions;
import dk.kk.registry.infra.api.measurement.MeasurementRequests.Correct;
import dk.kk.registry.infra.api.measurement.MeasurementRequests.Retract;
import dk.kk.registry.infra.gateway.Commands;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.gateway.ReadYourWrites;
import dk.kk.registry.infra.http.BadInput;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.http.ProblemResponses;
import dk.kk.registry.infra.http.RequestContext;
import dk.kk.registry.infra.imports.Author;
import dk.kk.registry.infra.imports.BulkOutcome;
import dk.kk.registry.infra.imports.BulkRecording;
import dk.kk.registry.infra.imports.JsonMeasurementRows;
import dk.kk.registry.infra.imports.ReadRow;
import dk.kk.registry.infra.imports.RowError;
import dk.kk.registry.infra.imports.TooManyRows;
import dk.kk.registry.infra.imports.UnreadableBody;
import dk.kk.registry.infra.security.CurrentActor;
import dk.kk.registry.shared.area.AreaView;
import dk.kk.registry.shared.area.FindAreaQuery;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.indicator.FindIndicatorQuery;
import dk.kk.registry.shared.indicator.IndicatorView;
import dk.kk.registry.shared.measurement.CorrectMeasurementCommand;
import dk.kk.registry.shared.measurement.FindIndicatorSeriesQuery;
import dk.kk.registry.shared.measurement.FindMeasurementQuery;
import dk.kk.registry.shared.measurement.IndicatorSeriesView;
import dk.kk.registry.shared.measurement.MeasurementIds;
import dk.kk.registry.shared.measurement.MeasurementView;
import dk.kk.registry.shared.measurement.RecordMeasurementCommand;
import dk.kk.registry.shared.measurement.RetractMeasurementCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Measurements: one or many recorded at once (a bulk is streamed, checked whole, then recorded all or nothing; ADR
 * 0008), corrected or retracted one at a time, and read as an indicator's series.
 */
@RestController
class MeasurementController {

    private static final Logger log = LoggerFactory.getLogger(MeasurementController.class);
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    static final int MAX_SERIES = 100_000;
    static final int MAX_AREAS = 200;

    private final Commands commands;
    private final Queries queries;
    private final BulkRecording bulk;
    private final ReadYourWrites readYourWrites;
    private final ObjectMapper mapper;
    private final long maxBytes;
    private final Duration bulkWait;

    MeasurementController(
            Commands commands,
            Queries queries,
            BulkRecording bulk,
            ReadYourWrites readYourWrites,
            ObjectMapper mapper,
            @Value("${registry.measurements.max-bytes:64MB}") DataSize maxBytes,
            @Value("${registry.measurements.read-your-writes-timeout:PT2M}") Duration bulkWait) {
        this.commands = commands;
        this.queries = queries;
        this.bulk = bulk;
        this.readYourWrites = readYourWrites;
        this.mapper = mapper;
        this.maxBytes = maxBytes.toBytes();
        this.bulkWait = bulkWait;
    }

    @Operation(
            summary = "Record one measurement, or up to 100 000 at once",
            description = "One object records one measurement (201 with its id). An array records them all or none: "
                    + "every row is checked first, and any error refuses the whole array (400 unreadable input, 422 "
                    + "a rule, 409 already recorded; the first 100 errors are listed by row, e.g. [17].value). "
                    + "period is a year (2017), {\"from\": \"2017-01-01\", \"to\": \"2017-12-31\"}, or a period as its "
                    + "source states it in EDTF (\"2017\", \"2017?\", \"2016/2017\": the data year is one of those). "
                    + "value is a decimal string, a range {\"from\": \"67\", \"to\": \"72\"} or a bound "
                    + "{\"below\": \"60\"}. A measurement's id follows from its indicator, area and period as stated, so "
                    + "the same figure is never recorded twice (\"2017?\" is another measurement than 2017).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = JSON,
                                            schema =
                                                    @Schema(
                                                            oneOf = {MeasurementInput.class, MeasurementInputs.class
                                                            }))))
    @PostMapping(path = "/api/measurements", consumes = JSON, produces = JSON)
    ResponseEntity<?> record(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            return tooLarge("a request body may be at most "
                    + DataSize.ofBytes(maxBytes).toMegabytes() + " MB");
        }
        SpooledBody body;
        try {
            body = SpooledBody.read(request.getInputStream(), maxBytes);
        } catch (SpooledBody.TooLarge e) {
            return tooLarge("a request body may be at most "
                    + DataSize.ofBytes(maxBytes).toMegabytes() + " MB");
        }
        try (body) {
            JsonToken first = JsonMeasurementRows.firstToken(mapper, body.open());
            JsonMeasurementRows rows = new JsonMeasurementRows(mapper, body::open);
            if (first == JsonToken.START_OBJECT) {
                return single(rows.single());
            }
            if (first == JsonToken.START_ARRAY) {
                return bulk(rows);
            }
            throw new UnreadableBody(
                    "body", first == null ? "the body is empty" : "expected a measurement object or an array of them");
        } catch (UnreadableBody e) {
            return problem(ProblemResponses.invalid(e.getMessage(), List.of(error(e.field(), e.getMessage()))));
        } catch (TooManyRows e) {
            return tooLarge(e.getMessage());
        } catch (PessimisticLockingFailureException e) {
            log.warn("bulk measurements waited too long for the event store: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "10")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemResponses.problem(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "Busy",
                            "the registry is recording other measurements; "
                                    + "nothing was recorded, send the request again shortly"));
        }
    }

    private ResponseEntity<?> single(ReadRow read) {
        List<RowError> errors = read.errors().isEmpty() ? read.row().inputErrors() : read.errors();
        if (!errors.isEmpty()) {
            List<Map<String, String>> listed =
                    errors.stream().map(e -> error(e.field(), e.message())).toList();
            return problem(ProblemResponses.invalid(
                    String.join(
                            "; ",
                            listed.stream()
                                    .map(e -> e.get("field") + ": " + e.get("message"))
                                    .toList()),
                    listed));
        }
        RecordMeasurementCommand command = read.row().command();
        String id = command.measurementId();
        if (read.citation() != null) {
            RequestContext.cite(read.citation());
        }
        try {
            commands.create(command, id, read.row().reason());
        } catch (AggregateStreamCreationException e) {
            ProblemDetail problem = ProblemResponses.problem(
                    HttpStatus.CONFLICT,
                    "Already recorded",
                    "this indicator, area and period is already recorded as measurement " + id
                            + "; correct it instead");
            problem.setProperty("existingId", id);
            return problem(problem);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ids", List.of(id));
        answer.put("id", id);
        answer.put("version", 0);
        return ResponseEntity.created(URI.create("/api/measurements/" + id))
                .eTag(Versions.etag(0))
                .body(answer);
    }

    private ResponseEntity<?> bulk(JsonMeasurementRows rows) throws IOException {
        CurrentActor actor = CurrentActor.get();
        Author author = new Author(
                actor.user(),
                actor.role(),
                actor.administration(),
                RequestContext.source(),
                RequestContext.correlationId());
        BulkOutcome outcome = bulk.record(rows, author, BulkRecording.Progress.NONE);
        if (outcome instanceof BulkOutcome.Recorded recorded) {
            long waitStarted = System.nanoTime();
            readYourWrites.await(recorded.lastId(), 0, bulkWait);
            log.info(
                    "measurements recorded rows={} checkMs={} appendMs={} projectedMs={}",
                    recorded.ids().size(),
                    recorded.checkMillis(),
                    recorded.appendMillis(),
                    (System.nanoTime() - waitStarted) / 1_000_000);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("count", recorded.ids().size());
            answer.put("ids", recorded.ids());
            return ResponseEntity.status(HttpStatus.CREATED).body(answer);
        }
        if (outcome instanceof BulkOutcome.Refused refused) {
            return problem(refusal(refused));
        }
        return problem(ProblemResponses.invalid(
                "the array holds no measurements", List.of(error("body", "the array holds no measurements"))));
    }

    private static ProblemDetail refusal(BulkOutcome.Refused refused) {
        HttpStatus status =
                switch (refused.worst()) {
                    case INPUT -> HttpStatus.BAD_REQUEST;
                    case RULE -> HttpStatus.UNPROCESSABLE_ENTITY;
                    case DUPLICATE -> HttpStatus.CONFLICT;
                };
        String title =
                switch (refused.worst()) {
                    case INPUT -> "Invalid input";
                    case RULE -> "Rule violated";
                    case DUPLICATE -> "Already recorded";
                };
        ProblemDetail problem = ProblemResponses.problem(
                status,
                title,
                refused.invalidRows() + " of "
                        + refused.rows() + " measurements were refused, so none was recorded"
                        + (refused.invalidRows() > refused.errors().size()
                                ? "; the first " + refused.errors().size() + " errors are listed"
                                : ""));
        List<Map<String, String>> errors = new ArrayList<>();
        for (BulkOutcome.ReportedError error : refused.errors()) {
            Map<String, String> listed = new LinkedHashMap<>();
            listed.put("field", error.field());
            listed.put("message", error.message());
            if (error.rule() != null) {
                listed.put("rule", error.rule());
            }
            if (error.existingId() != null) {
                listed.put("existingId", error.existingId());
            }
            errors.add(listed);
        }
        problem.setProperty("errors", errors);
        problem.setProperty("rows", refused.rows());
        problem.setProperty("invalidRows", refused.invalidRows());
        return problem;
    }

    @GetMapping(path = "/api/measurements/{id}", produces = JSON)
    ResponseEntity<MeasurementView> measurement(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        MeasurementView view = (MeasurementIds.isWellFormed(id)
                        ? queries.optional(new FindMeasurementQuery(id, asOf), MeasurementView.class)
                        : java.util.Optional.<MeasurementView>empty())
                .orElseThrow(() -> NotFound.asOf("measurement", id, asOf));
        return Versions.ok(view.version(), view);
    }

    @PostMapping(path = "/api/measurements/{id}/corrections", consumes = JSON, produces = JSON)
    ResponseEntity<Map<String, Object>> correct(
            @PathVariable String id,
            @Valid @RequestBody Correct body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requireWellFormed(id);
        long version = onMeasurement(
                id,
                () -> commands.update(
                        new CorrectMeasurementCommand(id, Versions.expected(ifMatch), body.value(), body.qualityNote()),
                        id,
                        body.reason()));
        return Versions.ok(version, Map.of("id", id, "version", version));
    }

    @PostMapping(path = "/api/measurements/{id}/retraction", consumes = JSON, produces = JSON)
    ResponseEntity<Map<String, Object>> retract(
            @PathVariable String id,
            @Valid @RequestBody Retract body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requireWellFormed(id);
        long version = onMeasurement(
                id,
                () -> commands.update(
                        new RetractMeasurementCommand(id, Versions.expected(ifMatch)), id, body.reason()));
        return Versions.ok(version, Map.of("id", id, "version", version));
    }

    @Operation(
            summary = "An indicator's series",
            description = "The measurements of the indicator in the areas given (all when none), whose period "
                    + "overlaps the years from..to, as known now or as of an instant; ordered by area, then period. "
                    + "Retracted measurements are left out.")
    @GetMapping(path = "/api/indicators/{id}/series", produces = JSON)
    IndicatorSeriesView series(
            @PathVariable String id,
            @RequestParam(name = "area", required = false) List<String> areas,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            @RequestParam(required = false) Instant asOf) {
        StatisticsYears.require(from, "from");
        StatisticsYears.require(to, "to");
        if (from != null && to != null && to < from) {
            throw new BadInput("to", "to (" + to + ") is before from (" + from + ")");
        }
        List<String> wanted = areas == null
                ? List.of()
                : areas.stream().filter(a -> !a.isBlank()).distinct().toList();
        if (wanted.size() > MAX_AREAS) {
            throw new BadInput("area", "at most " + MAX_AREAS + " areas at a time");
        }
        queries.optional(new FindIndicatorQuery(id, asOf), IndicatorView.class)
                .orElseThrow(() -> NotFound.asOf("indicator", id, asOf));
        for (String area : wanted) {
            if (queries.optional(new FindAreaQuery(area, null), AreaView.class).isEmpty()) {
                throw new BadInput("area", "unknown area '" + area + "'");
            }
        }
        IndicatorSeriesView series = queries.one(
                new FindIndicatorSeriesQuery(id, wanted, from, to, asOf, MAX_SERIES + 1), IndicatorSeriesView.class);
        if (series.items().size() > MAX_SERIES) {
            throw new BadInput(
                    "area", "the series holds more than " + MAX_SERIES + " measurements; ask for fewer areas or years");
        }
        return series;
    }

    /**
     * An id shaped like a measurement's may still be another aggregate's (an area's slug may be anything), whose
     * events Axon refuses to load as a measurement: that id names no measurement.
     */
    private static long onMeasurement(String id, java.util.function.LongSupplier update) {
        try {
            return update.getAsLong();
        } catch (IncompatibleAggregateException e) {
            throw new NotFound("no measurement " + id);
        }
    }

    /** A path that cannot be a measurement's id names nothing, and must not load another aggregate's events. */
    private static void requireWellFormed(String id) {
        if (!MeasurementIds.isWellFormed(id)) {
            throw new NotFound("no measurement " + id);
        }
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field == null || field.isEmpty() ? "body" : field, "message", message);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<ProblemDetail> tooLarge(String detail) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .header(HttpHeaders.CONNECTION, "close")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(HttpStatus.PAYLOAD_TOO_LARGE, "Body too large", detail));
    }

    /** The shape of one measurement in the API description; the body itself is read as a stream. */
    @Schema(name = "MeasurementInput")
    record MeasurementInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "eviction-warnings")
            String indicator,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "tingbjerg-husum")
            String area,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "a year, e.g. 2017, "
                            + "{\"from\": \"2017-01-01\", \"to\": \"2017-12-31\"}, or an EDTF period such as \"2017?\" or "
                            + "\"2016/2017\"",
                    oneOf = {Integer.class, PeriodInput.class, String.class})
            Object period,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UncertainValue value,

            @Schema(type = "string", example = "28") BigDecimal numerator,
            @Schema(type = "string", example = "50") BigDecimal denominator,
            String source,
            String qualityNote,
            String reason) {}

    @Schema(name = "PeriodInput")
    record PeriodInput(java.time.LocalDate from, java.time.LocalDate to) {}

    @ArraySchema(
            arraySchema = @Schema(name = "MeasurementInputs", description = "up to 100 000 measurements"),
            schema = @Schema(implementation = MeasurementInput.class))
    static final class MeasurementInputs extends ArrayList<MeasurementInput> {}
}
