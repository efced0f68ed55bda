package dk.kk.registry.infra.api.export;

import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.funding.YearlySpread;
import dk.kk.registry.shared.goal.FindGoalQuery;
import dk.kk.registry.shared.goal.GoalStatusReportView;
import dk.kk.registry.shared.goal.GoalTargetType;
import dk.kk.registry.shared.goal.GoalView;
import dk.kk.registry.shared.intervention.EvaluationView;
import dk.kk.registry.shared.intervention.ExpenditureView;
import dk.kk.registry.shared.intervention.FindInterventionsAsOfQuery;
import dk.kk.registry.shared.intervention.FundingLineView;
import dk.kk.registry.shared.intervention.InterventionView;
import dk.kk.registry.shared.intervention.PartnerRole;
import dk.kk.registry.shared.intervention.PartnerView;
import dk.kk.registry.shared.organisation.ListOrganisationsQuery;
import dk.kk.registry.shared.organisation.OrganisationKind;
import dk.kk.registry.shared.organisation.OrganisationPage;
import dk.kk.registry.shared.organisation.OrganisationView;
import dk.kk.registry.shared.plan.DevelopmentPlanPage;
import dk.kk.registry.shared.plan.DevelopmentPlanView;
import dk.kk.registry.shared.plan.DevelopmentPlanView.PlanMeasureView;
import dk.kk.registry.shared.plan.DevelopmentPlanView.PlanStatusView;
import dk.kk.registry.shared.plan.ListDevelopmentPlansQuery;
import dk.kk.registry.shared.plan.PlanResource;
import dk.kk.registry.shared.plan.PlanStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Every intervention as an IATI 2.03 activity (open data on aid and development activities, used here for municipal
 * interventions): participating organisations with their roles, a budget per year of each funding line, commitments and
 * expenditure as transactions, evaluations as document links, and the linked goals as results with baseline and the
 * reported value per year. Every development plan is an activity too, the parent of the interventions chosen as its
 * measures (IATI's related-activity: 1 parent, 2 child), with its resources as budgets and its goals as results; an
 * intervention serving a plan goal carries that goal among its results. Streamed: interventions are read in batches at
 * one fixed instant; the plans (a handful per policy) are read whole at the same instant.
 */
@RestController
class IatiExportController {

    private static final int BATCH = 200;
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final String XML_LANG = "http://www.w3.org/XML/1998/namespace";
    /** IATI's BudgetStatus codes: a plan's resources are indicative, a granted funding line is committed. */
    private static final String INDICATIVE = "1";

    private static final String COMMITTED = "2";

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private final Queries queries;
    private final MessageSource messages;
    private final String reportingOrgRef;
    private final String reportingOrgName;

    IatiExportController(
            Queries queries,
            MessageSource messages,
            @Value("${registry.iati.reporting-org-ref:DK-CVR-64942212}") String reportingOrgRef,
            @Value("${registry.iati.reporting-org-name:Københavns Kommune}") String reportingOrgName) {
        this.queries = queries;
        this.messages = messages;
        this.reportingOrgRef = reportingOrgRef;
        this.reportingOrgName = reportingOrgName;
    }

    @GetMapping(path = "/api/export/iati", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) Instant asOf, HttpServletRequest request) {
        Instant at = asOf != null ? asOf : Instant.now();
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        Map<String, OrganisationView> organisations = organisations(at);
        List<DevelopmentPlanView> plans = plans(at);
        StreamingResponseBody body = out -> write(out, at, base, organisations, plans);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(body);
    }

    private Map<String, OrganisationView> organisations(Instant at) {
        Map<String, OrganisationView> byId = new HashMap<>();
        int page = 0;
        OrganisationPage batch;
        do {
            batch = queries.one(new ListOrganisationsQuery(null, at, page++, Paging.MAX_SIZE), OrganisationPage.class);
            batch.items().forEach(o -> byId.put(o.id(), o));
        } while (batch.items().size() == Paging.MAX_SIZE);
        return byId;
    }

    private List<DevelopmentPlanView> plans(Instant at) {
        List<DevelopmentPlanView> plans = new ArrayList<>();
        int page = 0;
        DevelopmentPlanPage batch;
        do {
            batch = queries.one(
                    new ListDevelopmentPlansQuery(null, null, null, at, page++, Paging.MAX_SIZE),
                    DevelopmentPlanPage.class);
            plans.addAll(batch.items());
        } while (batch.items().size() == Paging.MAX_SIZE);
        return plans;
    }

    /** What the plans say of an intervention: the plans it is a measure of, and the plan goals it serves there. */
    private record InPlans(Set<String> plans, Set<String> goals) {}

    private static Map<String, InPlans> inPlans(List<DevelopmentPlanView> plans) {
        Map<String, InPlans> byIntervention = new HashMap<>();
        for (DevelopmentPlanView plan : plans) {
            for (PlanMeasureView measure : plan.measures()) {
                if (measure.interventionId() != null) {
                    InPlans in = byIntervention.computeIfAbsent(
                            measure.interventionId(), id -> new InPlans(new LinkedHashSet<>(), new LinkedHashSet<>()));
                    in.plans().add(plan.id());
                    in.goals().addAll(measure.goals());
                }
            }
        }
        return byIntervention;
    }

    private void write(
            OutputStream out,
            Instant at,
            String base,
            Map<String, OrganisationView> organisations,
            List<DevelopmentPlanView> plans)
            throws java.io.IOException {
        Map<String, InPlans> inPlans = inPlans(plans);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", "2.03");
            xml.writeAttribute(
                    "generated-datetime", at.truncatedTo(ChronoUnit.SECONDS).toString());
            String after = null;
            List<InterventionView> batch;
            do {
                batch = queries.list(new FindInterventionsAsOfQuery(at, after, BATCH), InterventionView.class);
                for (InterventionView intervention : batch) {
                    activity(xml, intervention, base, organisations, at, inPlans.get(intervention.id()));
                    after = intervention.id();
                }
                xml.flush();
            } while (batch.size() == BATCH);
            for (DevelopmentPlanView plan : plans) {
                plan(xml, plan, at);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new java.io.IOException("could not write the IATI export", e);
        }
    }

    private void activity(
            XMLStreamWriter xml,
            InterventionView i,
            String base,
            Map<String, OrganisationView> organisations,
            Instant at,
            InPlans inPlans)
            throws XMLStreamException {
        activityHead(
                xml,
                i.lastChangedAt(),
                inPlans == null ? null : "2",
                reportingOrgRef + "-" + i.id(),
                i.title(),
                i.description());
        String stated = statedDates(i);
        if (stated != null) {
            narrated(xml, "description", stated, Map.of("type", "4"));
        }
        Map<String, String> participants = participants(i);
        if (participants.isEmpty()) {
            // IATI requires a participant; where the sources name none, the municipality reporting it answers for it.
            xml.writeStartElement("participating-org");
            xml.writeAttribute("ref", reportingOrgRef);
            xml.writeAttribute("type", "10");
            xml.writeAttribute("role", "2");
            narrative(xml, reportingOrgName);
            xml.writeEndElement();
        }
        for (Map.Entry<String, String> org : participants.entrySet()) {
            OrganisationView view = organisations.get(org.getKey());
            xml.writeStartElement("participating-org");
            xml.writeAttribute("ref", org.getKey());
            xml.writeAttribute("type", orgType(view == null ? OrganisationKind.OTHER : view.kind()));
            xml.writeAttribute("role", org.getValue());
            narrative(xml, view == null ? org.getKey() : view.name());
            xml.writeEndElement();
        }
        empty(xml, "activity-status", Map.of("code", status(i)));
        LocalDate plannedStart = activityDate(xml, "1", i.plannedStart());
        LocalDate plannedEnd = activityDate(xml, "3", i.plannedEnd());
        LocalDate ended = activityDate(xml, "4", i.endedOn());
        if (plannedStart == null && plannedEnd == null && ended == null) {
            LocalDate bound = boundingDate(xml, i);
            if (bound != null) {
                startAtTheEnd(xml, bound);
            }
        } else if (plannedStart == null) {
            startAtTheEnd(
                    xml, ended != null && (plannedEnd == null || ended.isBefore(plannedEnd)) ? ended : plannedEnd);
        }
        empty(xml, "recipient-country", Map.of("code", "DK", "percentage", "100"));
        // The registry's own categories (IATI sector vocabulary 99, the reporting organisation's): no DAC code is
        // recorded for an intervention, and choosing one would be a fact no source states.
        ownSector(
                xml,
                i.category().name(),
                messages.getMessage(
                        "category." + i.category().name(), null, i.category().name(), DANISH));
        for (FundingLineView line : i.funding()) {
            if (line.withdrawn()) {
                continue;
            }
            // A budget period is at most a year: one budget per year of the line, the line spread over its years as
            // the funding summary by year spreads it (to the øre, the leftover øre to the earliest years).
            int years = Math.max(1, line.toYear() - line.fromYear() + 1);
            List<BigDecimal> shares = YearlySpread.spread(line.amount().amount(), years);
            for (int y = 0; y < years; y++) {
                budget(xml, COMMITTED, line.fromYear() + y, shares.get(y));
            }
        }
        // A transaction is not dated in the future: this year's spending and a commitment for coming years carry the
        // day of the export instead.
        for (FundingLineView line : i.funding()) {
            transaction(
                    xml,
                    "11",
                    notAfter(LocalDate.of(line.fromYear(), 1, 1), at),
                    line.amount().amount().toPlainString(),
                    line.decisionReference(),
                    line.source(),
                    organisations);
        }
        for (ExpenditureView spent : i.expenditures()) {
            transaction(
                    xml,
                    "4",
                    notAfter(LocalDate.of(spent.year(), 12, 31), at),
                    spent.amount().amount().toPlainString(),
                    null,
                    null,
                    organisations);
        }
        for (EvaluationView evaluation : i.evaluations()) {
            xml.writeStartElement("document-link");
            xml.writeAttribute("format", "application/json");
            xml.writeAttribute(
                    "url", base + "/api/interventions/" + i.id() + "#evaluation-" + evaluation.evaluationId());
            narrated(
                    xml,
                    "title",
                    "Evaluering " + evaluation.periodFrom() + "–" + evaluation.periodTo() + ": "
                            + evaluation.result()
                            + (evaluation.reportReference() == null ? "" : " (" + evaluation.reportReference() + ")"),
                    Map.of());
            empty(xml, "category", Map.of("code", "A07"));
            if (evaluation.periodTo() != null && evaluation.periodTo().isExactDay()) {
                empty(
                        xml,
                        "document-date",
                        Map.of("iso-date", evaluation.periodTo().toString()));
            }
            xml.writeEndElement();
        }
        Set<String> goals = new LinkedHashSet<>(i.goals());
        if (inPlans != null) {
            for (String plan : inPlans.plans()) {
                relatedActivity(xml, "1", planIdentifier(plan));
            }
            goals.addAll(inPlans.goals());
        }
        results(xml, goals, at);
        xml.writeEndElement();
    }

    private String planIdentifier(String planId) {
        return reportingOrgRef + "-plan-" + planId;
    }

    private void results(XMLStreamWriter xml, Iterable<String> goalIds, Instant at) throws XMLStreamException {
        for (String goalId : goalIds) {
            Optional<GoalView> goal = queries.optional(new FindGoalQuery(goalId, at), GoalView.class);
            if (goal.isPresent()) {
                result(xml, goal.get(), at);
            }
        }
    }

    private static void relatedActivity(XMLStreamWriter xml, String type, String ref) throws XMLStreamException {
        empty(xml, "related-activity", Map.of("type", type, "ref", ref));
    }

    /**
     * A development plan as an activity: the municipality accountable for it; its status; the day it was adopted as
     * its actual start and the day it was evaluated as its actual end (else the day the registry recorded it, said as
     * that); the source's statements about its timing in words; its resources as one indicative budget a year; the
     * interventions chosen as its measures as its children; its goals as results.
     */
    /** The whole activity in one sector of the registry's own vocabulary (99), named in Danish. */
    private static void ownSector(XMLStreamWriter xml, String code, String name) throws XMLStreamException {
        xml.writeStartElement("sector");
        xml.writeAttribute("vocabulary", "99");
        xml.writeAttribute("code", code);
        xml.writeAttribute("percentage", "100");
        narrative(xml, name);
        xml.writeEndElement();
    }

    private void plan(XMLStreamWriter xml, DevelopmentPlanView plan, Instant at) throws XMLStreamException {
        activityHead(xml, plan.lastChangedAt(), "1", planIdentifier(plan.id()), plan.title(), plan.purpose());
        if (!plan.timing().isEmpty()) {
            narrated(
                    xml,
                    "description",
                    "Kildens udsagn om tidspunktet: " + String.join(" / ", plan.timing()),
                    Map.of("type", "4"));
        }
        xml.writeStartElement("participating-org");
        xml.writeAttribute("ref", reportingOrgRef);
        xml.writeAttribute("type", "10");
        xml.writeAttribute("role", "2");
        narrative(xml, reportingOrgName);
        xml.writeEndElement();
        empty(xml, "activity-status", Map.of("code", status(plan.status())));
        LocalDate today = notAfter(LocalDate.MAX, at);
        LocalDate adopted = firstDay(plan, PlanStatus.ADOPTED, today);
        LocalDate evaluated = firstDay(plan, PlanStatus.EVALUATED, today);
        if (adopted != null) {
            empty(xml, "activity-date", Map.of("type", "2", "iso-date", adopted.toString()));
        }
        if (evaluated != null && (adopted == null || !evaluated.isBefore(adopted))) {
            empty(xml, "activity-date", Map.of("type", "4", "iso-date", evaluated.toString()));
        }
        if (adopted == null && evaluated == null) {
            xml.writeStartElement("activity-date");
            xml.writeAttribute("type", "1");
            xml.writeAttribute(
                    "iso-date",
                    LocalDate.ofInstant(plan.createdAt(), COPENHAGEN).toString());
            narrative(xml, "Kilden angiver ingen dato; datoen er den dag, registret optog planen.");
            xml.writeEndElement();
        }
        empty(xml, "recipient-country", Map.of("code", "DK", "percentage", "100"));
        // A plan has no category of its own: in the registry's own vocabulary (99) it is a development plan.
        ownSector(
                xml,
                "DEVELOPMENT_PLAN",
                messages.getMessage("iati.sector.developmentPlan", null, "Udviklingsplan", DANISH));
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        for (PlanMeasureView measure : plan.measures()) {
            for (PlanResource resource : measure.resources()) {
                byYear.merge(resource.year(), resource.amount().amount(), BigDecimal::add);
            }
        }
        for (Map.Entry<Integer, BigDecimal> year : byYear.entrySet()) {
            budget(xml, INDICATIVE, year.getKey(), year.getValue());
        }
        Set<String> children = new LinkedHashSet<>();
        plan.measures().stream()
                .map(PlanMeasureView::interventionId)
                .filter(java.util.Objects::nonNull)
                .forEach(children::add);
        for (String child : children) {
            relatedActivity(xml, "2", reportingOrgRef + "-" + child);
        }
        results(
                xml,
                plan.goals().stream()
                        .map(DevelopmentPlanView.PlanGoalView::goalId)
                        .toList(),
                at);
        xml.writeEndElement();
    }

    /** The effective day of the plan's first change to that status, if it is not after the export's day. */
    private static LocalDate firstDay(DevelopmentPlanView plan, PlanStatus status, LocalDate today) {
        return plan.statuses().stream()
                .filter(s -> s.status() == status)
                .map(PlanStatusView::effectiveFrom)
                .filter(java.util.Objects::nonNull)
                .filter(day -> !day.isAfter(today))
                .findFirst()
                .orElse(null);
    }

    /**
     * IATI activity status: a plan drafted is in the pipeline (1), adopted or followed up in implementation (2),
     * evaluated closed (4), superseded cancelled (5): another plan took its place.
     */
    private static String status(PlanStatus status) {
        return switch (status) {
            case DRAFTING -> "1";
            case ADOPTED, IN_FOLLOW_UP -> "2";
            case EVALUATED -> "4";
            case SUPERSEDED -> "5";
        };
    }

    private void result(XMLStreamWriter xml, GoalView goal, Instant at) throws XMLStreamException {
        xml.writeStartElement("result");
        xml.writeAttribute("type", "2");
        narrated(xml, "title", goal.title(), Map.of());
        xml.writeStartElement("indicator");
        xml.writeAttribute("measure", "1");
        narrated(xml, "title", goal.indicator(), Map.of());
        if (goal.baseline() != null) {
            Map<String, String> baseline =
                    new HashMap<>(Map.of("year", String.valueOf(goal.baseline().year())));
            // IATI's value is one decimal: a baseline stated as a range or a bound has none to give.
            if (goal.baseline().areaValue() != null
                    && goal.baseline().areaValue().isExact()) {
                baseline.put("value", goal.baseline().areaValue().exactValue().toPlainString());
            }
            empty(xml, "baseline", baseline);
        }
        if (goal.statusReports().isEmpty()) {
            // An indicator has periods: before the first status report, the period the goal runs to its deadline.
            int from = goal.baseline() == null
                    ? LocalDate.ofInstant(at, COPENHAGEN).getYear()
                    : goal.baseline().year() + 1;
            int to = Math.max(from, goal.deadlineYear() == null ? from : goal.deadlineYear());
            xml.writeStartElement("period");
            empty(
                    xml,
                    "period-start",
                    Map.of("iso-date", LocalDate.of(from, 1, 1).toString()));
            empty(xml, "period-end", Map.of("iso-date", LocalDate.of(to, 12, 31).toString()));
            if (goal.target() != null && goal.target().type() == GoalTargetType.ABSOLUTE_LEVEL) {
                empty(xml, "target", Map.of("value", goal.target().value().toPlainString()));
            }
            xml.writeEndElement();
        }
        for (GoalStatusReportView report : goal.statusReports()) {
            xml.writeStartElement("period");
            empty(
                    xml,
                    "period-start",
                    Map.of("iso-date", LocalDate.of(report.year(), 1, 1).toString()));
            empty(
                    xml,
                    "period-end",
                    Map.of("iso-date", LocalDate.of(report.year(), 12, 31).toString()));
            if (goal.target() != null && goal.target().type() == GoalTargetType.ABSOLUTE_LEVEL) {
                empty(xml, "target", Map.of("value", goal.target().value().toPlainString()));
            }
            if (report.areaValue() != null && report.areaValue().isExact()) {
                empty(
                        xml,
                        "actual",
                        Map.of("value", report.areaValue().exactValue().toPlainString()));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void transaction(
            XMLStreamWriter xml,
            String type,
            LocalDate date,
            String amount,
            String description,
            String provider,
            Map<String, OrganisationView> organisations)
            throws XMLStreamException {
        xml.writeStartElement("transaction");
        empty(xml, "transaction-type", Map.of("code", type));
        empty(xml, "transaction-date", Map.of("iso-date", date.toString()));
        value(xml, amount, date);
        if (description != null && !description.isBlank()) {
            narrated(xml, "description", description, Map.of());
        }
        if (provider != null) {
            OrganisationView view = organisations.get(provider);
            xml.writeStartElement("provider-org");
            xml.writeAttribute("ref", provider);
            narrative(xml, view == null ? provider : view.name());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** IATI roles: 1 funding, 2 accountable, 4 implementing; the lead administration is accountable. */
    private static Map<String, String> participants(InterventionView i) {
        Map<String, String> roles = new LinkedHashMap<>();
        if (i.leadAdministration() != null) {
            roles.put(i.leadAdministration(), "2");
        }
        for (PartnerView partner : i.partners()) {
            String role = partner.role() == PartnerRole.FUNDER
                    ? "1"
                    : partner.role() == PartnerRole.LEAD || partner.role() == PartnerRole.CO_LEAD ? "2" : "4";
            roles.putIfAbsent(partner.organisationId(), role);
        }
        for (FundingLineView line : i.funding()) {
            roles.putIfAbsent(line.source(), "1");
        }
        return roles;
    }

    /** IATI organisation types: 10 government, 15 other public sector, 22 national NGO, 70 private, 80 academic. */
    private static String orgType(OrganisationKind kind) {
        return switch (kind) {
            case ADMINISTRATION, POLICE, SSP, REGION, STATE -> "10";
            case NATIONAL_BUILDING_FUND, LOCAL_COMMITTEE -> "15";
            case HOUSING_ASSOCIATION, CIVIL_SOCIETY -> "22";
            case HEALTH_PROVIDER, COMPANY -> "70";
            case RESEARCH -> "80";
            case OTHER -> "90";
        };
    }

    /** IATI activity status: 1 pipeline, 2 implementation, 4 closed. */
    private static String status(InterventionView i) {
        return switch (i.stage()) {
            case PROBLEM, PROPOSED -> "1";
            case ACTIVE, UNDER_EVALUATION, SCALING -> "2";
            case EMBEDDED, TERMINATED -> "4";
        };
    }

    /** The date, or the export's day (in Copenhagen, and never after today) where the date lies after it. */
    private static LocalDate notAfter(LocalDate date, Instant at) {
        Instant now = Instant.now();
        LocalDate day = LocalDate.ofInstant(at.isAfter(now) ? now : at, COPENHAGEN);
        return date.isAfter(day) ? day : date;
    }

    private static void value(XMLStreamWriter xml, String amount, LocalDate date) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", "DKK");
        xml.writeAttribute("value-date", date.toString());
        xml.writeCharacters(amount);
        xml.writeEndElement();
    }

    /**
     * Opens an iati-activity with what every activity begins with, in the schema's order: its attributes (a plan is
     * hierarchy 1, an intervention in a plan 2, one in none has no hierarchy), identifier, reporting organisation,
     * title and general description (the title again where there is no description).
     */
    private void activityHead(
            XMLStreamWriter xml,
            Instant lastChangedAt,
            String hierarchy,
            String identifier,
            String title,
            String description)
            throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        if (lastChangedAt != null) {
            xml.writeAttribute(
                    "last-updated-datetime",
                    lastChangedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        }
        xml.writeAttribute("xml", XML_LANG, "lang", "da");
        xml.writeAttribute("default-currency", "DKK");
        if (hierarchy != null) {
            xml.writeAttribute("hierarchy", hierarchy);
        }
        element(xml, "iati-identifier", identifier);
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", reportingOrgRef);
        xml.writeAttribute("type", "10");
        narrative(xml, reportingOrgName);
        xml.writeEndElement();
        narrated(xml, "title", title, Map.of());
        narrated(
                xml,
                "description",
                description == null || description.isBlank() ? title : description,
                Map.of("type", "1"));
    }

    /** The budget of one calendar year (type 1, original), valued at its first day. */
    private static void budget(XMLStreamWriter xml, String status, int year, BigDecimal amount)
            throws XMLStreamException {
        LocalDate start = LocalDate.of(year, 1, 1);
        xml.writeStartElement("budget");
        xml.writeAttribute("type", "1");
        xml.writeAttribute("status", status);
        empty(xml, "period-start", Map.of("iso-date", start.toString()));
        empty(xml, "period-end", Map.of("iso-date", LocalDate.of(year, 12, 31).toString()));
        value(xml, amount.toPlainString(), start);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    /**
     * The text with each character XML 1.0 cannot hold (a control character that an older version let into the log)
     * as U+FFFD, so that one old fact cannot make the whole export unreadable.
     */
    static String xmlText(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFFFD);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                allowed = false;
            }
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(allowed ? c : '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * An IATI date is a day: a date the source states less precisely (a year, a bound, an interval, unknown) is not
     * written as a day, so that the export says no more than the source; {@link #statedDates} says it in words.
     */
    /** The day written, or null where the source gives no day. */
    private static LocalDate activityDate(XMLStreamWriter xml, String type, UncertainDate date)
            throws XMLStreamException {
        if (date != null && date.isExactDay()) {
            empty(
                    xml,
                    "activity-date",
                    Map.of("type", type, "iso-date", date.exactDay().toString()));
            return date.exactDay();
        }
        return null;
    }

    /**
     * The IATI ruleset wants a planned or actual start. Where the sources give an end but no start, the start written
     * is the day written for the end, the latest it can be, and says so.
     */
    private static void startAtTheEnd(XMLStreamWriter xml, LocalDate end) throws XMLStreamException {
        xml.writeStartElement("activity-date");
        xml.writeAttribute("type", "1");
        xml.writeAttribute("iso-date", end.toString());
        narrative(xml, "Kilden angiver ingen start; datoen er den, der er angivet for slutningen.");
        xml.writeEndElement();
    }

    /**
     * The schema wants one activity-date. Where the sources give no day, the one written is a bound of the stated start
     * (else end) and says so in its narrative: the latest day the source allows, else the earliest; where they give no
     * date at all, the day the registry recorded the intervention, said as that.
     */
    private static LocalDate boundingDate(XMLStreamWriter xml, InterventionView i) throws XMLStreamException {
        String[] types = {"1", "3", "4"};
        UncertainDate[] dates = {i.plannedStart(), i.plannedEnd(), i.endedOn()};
        for (int k = 0; k < dates.length; k++) {
            UncertainDate date = dates[k];
            if (date != null && (date.latest() != null || date.earliest() != null)) {
                boolean latest = date.latest() != null;
                xml.writeStartElement("activity-date");
                xml.writeAttribute("type", types[k]);
                xml.writeAttribute("iso-date", (latest ? date.latest() : date.earliest()).toString());
                narrative(
                        xml,
                        "Kilden angiver " + date.notation() + "; datoen er den " + (latest ? "seneste" : "tidligste")
                                + " dag, kilden tillader.");
                xml.writeEndElement();
                // A start written needs no other; an end written is the bound of the start that follows.
                return k == 0 ? null : latest ? date.latest() : date.earliest();
            }
        }
        xml.writeStartElement("activity-date");
        xml.writeAttribute("type", "1");
        xml.writeAttribute(
                "iso-date", LocalDate.ofInstant(i.registeredAt(), COPENHAGEN).toString());
        narrative(xml, "Kilden angiver ingen dato; datoen er den dag, registret optog indsatsen.");
        xml.writeEndElement();
        return null;
    }

    /** The dates not given as days, as their sources state them (ISO 8601-2 notation); null when all are days. */
    private static String statedDates(InterventionView i) {
        List<String> stated = new ArrayList<>();
        stated(stated, "planlagt start", i.plannedStart());
        stated(stated, "planlagt slut", i.plannedEnd());
        stated(stated, "afsluttet", i.endedOn());
        return stated.isEmpty()
                ? null
                : "Datoer som kilden angiver dem (ISO 8601-2): " + String.join("; ", stated) + ".";
    }

    private static void stated(List<String> stated, String what, UncertainDate date) {
        if (date != null && !date.isExactDay()) {
            stated.add(what + " " + date.notation());
        }
    }

    private static void narrated(XMLStreamWriter xml, String name, String text, Map<String, String> attributes)
            throws XMLStreamException {
        xml.writeStartElement(name);
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            xml.writeAttribute(attribute.getKey(), attribute.getValue());
        }
        narrative(xml, text);
        xml.writeEndElement();
    }

    private static void narrative(XMLStreamWriter xml, String text) throws XMLStreamException {
        element(xml, "narrative", text == null ? "" : text);
    }

    private static void empty(XMLStreamWriter xml, String name, Map<String, String> attributes)
            throws XMLStreamException {
        xml.writeEmptyElement(name);
        for (Map.Entry<String, String> attribute : new TreeMap<>(attributes).entrySet()) {
            xml.writeAttribute(attribute.getKey(), attribute.getValue());
        }
    }
}
