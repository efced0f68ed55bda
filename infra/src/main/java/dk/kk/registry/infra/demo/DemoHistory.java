package dk.kk.registry.infra.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kk.registry.shared.area.AreaKind;
import dk.kk.registry.shared.area.DesignationList;
import dk.kk.registry.shared.common.Citation;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.indicator.Direction;
import dk.kk.registry.shared.indicator.Unit;
import dk.kk.registry.shared.intervention.FundingSourceKind;
import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.InterventionKind;
import dk.kk.registry.shared.intervention.PartnerRole;
import dk.kk.registry.shared.intervention.Stage;
import dk.kk.registry.shared.intervention.TargetGroup;
import dk.kk.registry.shared.organisation.OrganisationKind;
import dk.kk.registry.shared.source.SourceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The history the source documents tell (2011 → 2017 → 2025), as data: {@code demo/history.yaml}. Every entry cites
 * its source ({@code source}: seed document, section, the document's own words) and may cite more ({@code alsoFrom});
 * dates are as the documents support them, with the reasoning in a note; nothing in it is invented.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record DemoHistory(
        List<Source> sources,
        List<Organisation> organisations,
        List<Area> areas,
        List<Policy> policies,
        List<Designation> designations,
        List<Intervention> interventions,
        List<Indicator> indicators,
        List<Figure> figures) {

    /** The title of each source by its id: a reason names the document it quotes as its citation does, by title. */
    Map<String, String> titles() {
        Map<String, String> titles = new HashMap<>();
        for (Source source : sources == null ? List.<Source>of() : sources) {
            titles.put(source.id(), source.title());
        }
        return titles;
    }

    /** A fact's place in a seed document. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Cite(String id, String locator, String quotation, String note) {

        Citation citation(String note) {
            return new Citation(
                    id, locator, quotation, note == null || note.length() > Citation.MAX_NOTE ? null : note);
        }

        /** The citation as the reason writes it: the document's title, the place in it and its words. */
        String reference(Map<String, String> titles) {
            return titles.getOrDefault(id, id) + ": " + locator + ": '" + quotation + "'";
        }
    }

    /** What every fact has: its citation, further citations and the notes the reason carries. */
    interface Cited {
        Cite source();

        List<Cite> alsoFrom();

        /** The notes on the fact, in the order the reason gives them. */
        List<String> notes();

        /** The reason the write records: the citation and every note, so nothing the seeds say is dropped. */
        default String reason(Map<String, String> titles) {
            List<String> parts = new ArrayList<>();
            parts.add(source().reference(titles));
            for (Cite also : alsoFrom() == null ? List.<Cite>of() : alsoFrom()) {
                parts.add("også " + also.reference(titles));
            }
            for (String note : notes()) {
                if (note != null && !note.isBlank()) {
                    parts.add(note.strip());
                }
            }
            return String.join(" | ", parts);
        }

        /** The citation the write's events carry, with the first note as its note. */
        default Citation citation() {
            return source().citation(notes().stream()
                    .filter(n -> n != null && !n.isBlank())
                    .findFirst()
                    .orElse(null));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Source(
            String id,
            String file,
            String title,
            String publisher,
            UncertainDate published,
            SourceKind kind,
            String identifier,
            String note,
            Cite source,
            List<Cite> alsoFrom)
            implements Cited {
        public List<String> notes() {
            return listOf(note);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organisation(String key, String name, OrganisationKind kind, String note, Cite source, List<Cite> alsoFrom)
            implements Cited {
        public List<String> notes() {
            return listOf(note);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Area(String id, String name, AreaKind kind, String note, Cite source, List<Cite> alsoFrom) implements Cited {
        public List<String> notes() {
            return listOf(note);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Policy(
            String id,
            String title,
            UncertainDate periodFrom,
            UncertainDate periodTo,
            String periodNote,
            List<String> objectives,
            List<String> focusAreas,
            List<String> criteria,
            String criteriaLabel,
            List<CriteriaRevision> revisions,
            String adoptedNote,
            Cite source,
            List<Cite> alsoFrom)
            implements Cited {
        public List<String> notes() {
            return listOf(periodNote, adoptedNote);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CriteriaRevision(
            String label,
            UncertainDate effectiveFrom,
            String dateNote,
            List<String> criteria,
            Cite source,
            List<Cite> alsoFrom)
            implements Cited {
        public List<String> notes() {
            return listOf(dateNote);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Designation(
            String area,
            DesignationList list,
            String policy,
            UncertainDate effectiveFrom,
            UncertainDate effectiveTo,
            String dateNote,
            List<String> criteria,
            String note,
            Cite source,
            List<Cite> alsoFrom)
            implements Cited {
        public List<String> notes() {
            return listOf(dateNote, note);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Intervention(
            String key,
            String title,
            String description,
            InterventionKind kind,
            InterventionCategory category,
            String leadAdministration,
            List<String> areas,
            List<AreaChange> areaChanges,
            Set<TargetGroup> targetGroups,
            UncertainDate plannedStart,
            UncertainDate plannedEnd,
            String dateNote,
            Stage stage,
            List<Partner> partners,
            List<Funder> funders,
            List<String> goals,
            String policy,
            String note,
            Cite source,
            List<Cite> alsoFrom)
            implements Cited {
        public List<String> notes() {
            return listOf(dateNote, note, policy == null ? null : "Afrapporteret under " + policyName(policy) + ".");
        }

        /** The policy as a sentence names it ("politikken fra 2017"), not by its id. */
        private static String policyName(String policy) {
            return policy.matches("policy-\\d{4}") ? "politikken fra " + policy.substring("policy-".length()) : policy;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AreaChange(String area, UncertainDate effectiveFrom, String dateNote) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Partner(String organisation, PartnerRole role) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Funder(String organisation, FundingSourceKind sourceKind, String note) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Indicator(
            String id,
            String name,
            Unit unit,
            Direction direction,
            String dataSource,
            String note,
            Cite source,
            List<Cite> alsoFrom)
            implements Cited {
        public List<String> notes() {
            return listOf(note);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Figure(
            String key,
            String indicator,
            String area,
            UncertainDate period,
            String periodNote,
            UncertainValue value,
            Long numerator,
            Long denominator,
            String qualityNote,
            Cite source,
            List<Cite> alsoFrom)
            implements Cited {
        public List<String> notes() {
            return listOf(periodNote);
        }
    }

    private static List<String> listOf(String... notes) {
        List<String> list = new ArrayList<>();
        for (String note : notes) {
            if (note != null) {
                list.add(note);
            }
        }
        return list;
    }
}
