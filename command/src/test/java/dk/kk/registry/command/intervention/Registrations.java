package dk.kk.registry.command.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.InterventionKind;
import dk.kk.registry.shared.intervention.InterventionRegisteredEvent;
import dk.kk.registry.shared.intervention.RegisterInterventionCommand;
import dk.kk.registry.shared.intervention.TargetGroup;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A valid registration: the safety partnership in Tingbjerg/Husum, led by TMF, planned for 2021-2024. A test
 * overrides only what it is about, then takes the command or the event the aggregate records for it.
 */
final class Registrations {

    static final String ID = "safety-partnership-tingbjerg-husum";
    static final String LEAD = "TMF";
    static final String AREA = "tingbjerg-husum";
    static final LocalDate PLANNED_START = LocalDate.of(2021, 1, 1);
    static final LocalDate PLANNED_END = LocalDate.of(2024, 12, 31);

    private String interventionId = ID;
    private String title = "Safety partnership Tingbjerg/Husum";
    private String description = "Administrations, Copenhagen Police, SSP and the housing associations work on safety.";
    private InterventionKind kind = InterventionKind.AREA_BASED;
    private InterventionCategory category = InterventionCategory.SAFETY_PARTNERSHIP;
    private String leadAdministration = LEAD;
    private List<String> areas = List.of(AREA);
    private Set<TargetGroup> targetGroups = Set.of(TargetGroup.ALL_RESIDENTS);
    private List<String> goals = List.of();
    private UncertainDate plannedStart = UncertainDate.of(PLANNED_START);
    private UncertainDate plannedEnd = UncertainDate.of(PLANNED_END);
    private String caseReference = "2020-0123456";
    private String parentId;
    private String policy;

    private Registrations() {}

    static Registrations registration() {
        return new Registrations();
    }

    static InterventionRegisteredEvent registered() {
        return registration().event();
    }

    Registrations title(String title) {
        this.title = title;
        return this;
    }

    Registrations description(String description) {
        this.description = description;
        return this;
    }

    Registrations kind(InterventionKind kind) {
        this.kind = kind;
        return this;
    }

    Registrations ledBy(String administration) {
        this.leadAdministration = administration;
        return this;
    }

    Registrations areas(String... areaIds) {
        this.areas = Arrays.asList(areaIds);
        return this;
    }

    Registrations goals(String... goalIds) {
        this.goals = Arrays.asList(goalIds);
        return this;
    }

    Registrations plannedStart(LocalDate start) {
        return plannedStart(UncertainDate.ofNullable(start));
    }

    /** A start as its source states it: {@code "../2018"}, {@code "2020"}, {@code "unknown"}. */
    Registrations plannedStart(String notation) {
        return plannedStart(UncertainDate.parse(notation));
    }

    Registrations plannedStart(UncertainDate start) {
        this.plannedStart = start;
        return this;
    }

    Registrations plannedEnd(LocalDate end) {
        return plannedEnd(UncertainDate.ofNullable(end));
    }

    Registrations plannedEnd(String notation) {
        return plannedEnd(UncertainDate.parse(notation));
    }

    Registrations plannedEnd(UncertainDate end) {
        this.plannedEnd = end;
        return this;
    }

    Registrations caseReference(String reference) {
        this.caseReference = reference;
        return this;
    }

    Registrations policy(String policy) {
        this.policy = policy;
        return this;
    }

    Registrations parent(String parentId) {
        this.parentId = parentId;
        return this;
    }

    RegisterInterventionCommand command() {
        return new RegisterInterventionCommand(
                interventionId,
                title,
                description,
                kind,
                category,
                leadAdministration,
                areas,
                targetGroups,
                goals,
                plannedStart,
                plannedEnd,
                caseReference,
                parentId,
                policy);
    }

    /** What the aggregate records for {@link #command()}: the title stripped, a missing description empty. */
    InterventionRegisteredEvent event() {
        return new InterventionRegisteredEvent(
                interventionId,
                title.strip(),
                description == null ? "" : description,
                kind,
                category,
                leadAdministration,
                List.copyOf(areas),
                Set.copyOf(targetGroups),
                List.copyOf(goals),
                plannedStart == null ? UncertainDate.UNKNOWN : plannedStart,
                plannedEnd,
                caseReference,
                parentId);
    }
}
