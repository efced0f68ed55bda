package dk.kk.registry.command.intervention;

import dk.kk.registry.command.common.Actor;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.common.Role;
import dk.kk.registry.shared.intervention.RegisterInterventionCommand;
import dk.kk.registry.shared.intervention.ReviseInterventionDetailsCommand;
import java.util.HashSet;
import java.util.List;

/** What a registration must say: its texts, kind, lead administration, existing areas and goals, sound dates. */
final class RegistrationRules {

    static final int TITLE_LIMIT = 200;
    static final int TEXT_LIMIT = 10_000;
    static final int REFERENCE_LIMIT = 100;

    private RegistrationRules() {}

    /**
     * The lead administration is required, except when the registry itself records an intervention from historical
     * documents that name none: it stays unknown rather than invented.
     */
    static void check(RegisterInterventionCommand command, ReferenceCatalog catalog, Actor actor) {
        Require.present(command.title(), "title");
        Require.maxLength(command.title(), TITLE_LIMIT, "title");
        Require.maxLength(command.description(), TEXT_LIMIT, "description");
        Require.maxLength(command.caseReference(), REFERENCE_LIMIT, "caseReference");
        Require.present(command.kind(), "kind");
        Require.present(command.category(), "category");
        Require.present(command.targetGroups(), "targetGroups");
        if (command.leadAdministration() != null || actor.role() != Role.SYSTEM) {
            catalog.require(ReferenceKind.ADMINISTRATION, command.leadAdministration(), "leadAdministration");
        }
        requireDistinctExisting(command.areas(), ReferenceKind.AREA, "areas", catalog);
        if (command.areas().isEmpty()) {
            throw new RuleViolation(
                    "AtLeastOneArea",
                    "areas",
                    "an intervention runs in at least one area (use 'copenhagen' for the whole city)");
        }
        requireDistinctExisting(Require.present(command.goals(), "goals"), ReferenceKind.GOAL, "goals", catalog);
        Dates.checked(command.plannedStart(), command.plannedEnd());
        if (command.policy() != null) {
            Require.maxLength(command.policy(), REFERENCE_LIMIT, "policy");
            catalog.require(ReferenceKind.POLICY, command.policy(), "policy");
        }
        if (command.parentId() != null) {
            if (command.parentId().equals(command.interventionId())) {
                throw new RuleViolation("ParentIsAnother", "parent", "an intervention cannot be its own parent");
            }
            catalog.require(ReferenceKind.INTERVENTION, command.parentId(), "parent");
        }
    }

    static void checkDetails(ReviseInterventionDetailsCommand command) {
        if (command.title() == null
                && command.description() == null
                && command.category() == null
                && command.targetGroups() == null) {
            throw new RuleViolation(
                    "RevisionsChangeSomething",
                    null,
                    "name at least one of title, description, category, targetGroups");
        }
        if (command.title() != null) {
            Require.present(command.title(), "title");
            Require.maxLength(command.title(), TITLE_LIMIT, "title");
        }
        Require.maxLength(command.description(), TEXT_LIMIT, "description");
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void requireDistinctExisting(
            List<String> ids, ReferenceKind kind, String field, ReferenceCatalog catalog) {
        Require.present(ids, field);
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new RuleViolation("NoDuplicates", field, field + " names the same " + kind.label() + " twice");
        }
        for (int i = 0; i < ids.size(); i++) {
            catalog.require(kind, ids.get(i), field + "[" + i + "]");
        }
    }
}
