package dk.kk.registry.infra.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kk.registry.shared.area.AreaKind;
import dk.kk.registry.shared.area.DesignationList;
import dk.kk.registry.shared.indicator.Direction;
import dk.kk.registry.shared.indicator.Unit;
import dk.kk.registry.shared.intervention.FundingSourceKind;
import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.InterventionKind;
import dk.kk.registry.shared.intervention.PartnerRole;
import dk.kk.registry.shared.intervention.Stage;
import dk.kk.registry.shared.intervention.TargetGroup;
import dk.kk.registry.shared.organisation.OrganisationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The history the source documents tell (2011 → 2017 → 2025), as data: {@code demo/history.yaml}. Every entry names
 * its source (seed file and section); nothing in it is invented.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record DemoHistory(List<Organisation> organisations, List<Area> areas, List<Policy> policies,
        List<Designation> designations, List<Intervention> interventions, List<Indicator> indicators,
        List<Figure> figures) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organisation(String key, String name, OrganisationKind kind, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Area(String id, String name, AreaKind kind, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Policy(String id, String title, LocalDate periodFrom, LocalDate periodTo, List<String> objectives,
            List<String> focusAreas, List<String> criteria, String criteriaLabel, List<CriteriaRevision> revisions,
            String adoptedNote, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CriteriaRevision(String label, LocalDate effectiveFrom, List<String> criteria, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Designation(String area, DesignationList list, String policy, LocalDate effectiveFrom,
            LocalDate effectiveTo, List<String> criteria, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Intervention(String key, String title, String description, InterventionKind kind,
            InterventionCategory category, String leadAdministration, List<String> areas,
            List<AreaChange> areaChanges, Set<TargetGroup> targetGroups, LocalDate plannedStart,
            LocalDate plannedEnd, String dateNote, Stage stage, List<Partner> partners, List<Funder> funders,
            String policy, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AreaChange(String area, LocalDate effectiveFrom, String dateNote) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Partner(String organisation, PartnerRole role) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Funder(String organisation, FundingSourceKind sourceKind) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Indicator(String id, String name, Unit unit, Direction direction, String dataSource, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Figure(String indicator, String area, int year, String value, Long numerator, Long denominator,
            String qualityNote, String source) {
    }
}
