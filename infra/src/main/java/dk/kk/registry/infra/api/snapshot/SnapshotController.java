package dk.kk.registry.infra.api.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.shared.area.AreaPage;
import dk.kk.registry.shared.area.ListAreasQuery;
import dk.kk.registry.shared.goal.GoalPage;
import dk.kk.registry.shared.goal.ListGoalsQuery;
import dk.kk.registry.shared.indicator.IndicatorPage;
import dk.kk.registry.shared.indicator.ListIndicatorsQuery;
import dk.kk.registry.shared.intervention.FindInterventionsAsOfQuery;
import dk.kk.registry.shared.intervention.InterventionView;
import dk.kk.registry.shared.organisation.ListOrganisationsQuery;
import dk.kk.registry.shared.organisation.OrganisationPage;
import dk.kk.registry.shared.policy.ListPoliciesQuery;
import dk.kk.registry.shared.policy.PolicyPage;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole registry as known at an instant: every intervention (full views), area, goal, policy, organisation and
 * indicator. Streamed: the answer is written batch by batch as it is read, so its size is bounded by neither memory
 * nor a cap. Every batch is read at the same instant from transaction-time versioned tables, so the batches agree
 * with each other however long the download takes.
 */
@RestController
class SnapshotController {

    /** Rows per query: small enough to hold in memory, large enough that a registry of 10 000 needs few queries. */
    static final int BATCH = 200;

    private static final int PAGE = 500;

    private final Queries queries;
    private final ObjectMapper json;
    /** Flushed per batch, not per value: a flush per intervention would send a network chunk per intervention. */
    private final ObjectWriter writer;

    SnapshotController(Queries queries, ObjectMapper json) {
        this.queries = queries;
        this.json = json;
        this.writer = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    @Operation(
            summary = "The whole registry as known at an instant",
            description = "Streamed JSON object: asOf, then arrays interventions (full InterventionView), areas, goals,"
                    + " policies, organisations, indicators. asOf is optional (the moment of the request).")
    @GetMapping(path = "/api/registry/snapshot", produces = MediaType.APPLICATION_JSON_VALUE)
    void snapshot(@RequestParam(required = false) Instant asOf, HttpServletResponse response) throws IOException {
        // "Now" is fixed once, so that every batch reads the same registry even while writes go on.
        Instant at = asOf != null ? asOf : Instant.now();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (JsonGenerator out = json.getFactory().createGenerator(response.getOutputStream())) {
            out.writeStartObject();
            out.writeStringField("asOf", at.toString());
            out.writeArrayFieldStart("interventions");
            String after = "";
            List<InterventionView> batch;
            do {
                batch = queries.list(new FindInterventionsAsOfQuery(at, after, BATCH), InterventionView.class);
                for (InterventionView view : batch) {
                    writer.writeValue(out, view);
                }
                out.flush();
                if (!batch.isEmpty()) {
                    after = batch.get(batch.size() - 1).id();
                }
            } while (batch.size() == BATCH);
            out.writeEndArray();
            pages(out, "areas", page -> queries.one(new ListAreasQuery(null, at, page, PAGE), AreaPage.class)
                    .items());
            pages(out, "goals", page -> queries.one(
                            new ListGoalsQuery(null, null, null, at, page, PAGE), GoalPage.class)
                    .items());
            pages(out, "policies", page -> queries.one(new ListPoliciesQuery(at, page, PAGE), PolicyPage.class)
                    .items());
            pages(out, "organisations", page -> queries.one(
                            new ListOrganisationsQuery(null, at, page, PAGE), OrganisationPage.class)
                    .items());
            pages(out, "indicators", page -> queries.one(new ListIndicatorsQuery(at, page, PAGE), IndicatorPage.class)
                    .items());
            out.writeEndObject();
        }
    }

    /** The existing paged as-of lists, page after page; offsets are stable because the instant is fixed. */
    private void pages(JsonGenerator out, String field, IntFunction<List<?>> page) throws IOException {
        out.writeArrayFieldStart(field);
        List<?> items;
        int number = 0;
        do {
            items = page.apply(number++);
            for (Object item : items) {
                writer.writeValue(out, item);
            }
            out.flush();
        } while (items.size() == PAGE);
        out.writeEndArray();
    }
}
