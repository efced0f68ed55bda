package dk.kk.registry.command.intervention;

import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.InterventionDetailsRevisedEvent;
import dk.kk.registry.shared.intervention.RegistrationCorrection;
import dk.kk.registry.shared.intervention.ReviseInterventionDetailsCommand;
import dk.kk.registry.shared.intervention.TargetGroup;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The descriptive details as the intervention's page reads them now: registered, revised (a null field kept), and a
 * correction of the registration's title or description taking effect as the read model applies it.
 */
record Details(String title, String description, InterventionCategory category, Set<TargetGroup> targetGroups) {

    /** Whether every field the revision names already reads so (the title compared as it would be recorded). */
    boolean unchangedBy(ReviseInterventionDetailsCommand revision) {
        return (revision.title() == null || revision.title().strip().equals(title))
                && (revision.description() == null || revision.description().equals(description))
                && (revision.category() == null || revision.category() == category)
                && (revision.targetGroups() == null
                        || Objects.equals(
                                new HashSet<>(revision.targetGroups()),
                                targetGroups == null ? null : new HashSet<>(targetGroups)));
    }

    Details revised(InterventionDetailsRevisedEvent event) {
        return new Details(
                or(event.title(), title),
                or(event.description(), description),
                or(event.category(), category),
                or(event.targetGroups(), targetGroups));
    }

    Details corrected(RegistrationCorrection values) {
        return new Details(or(values.title(), title), or(values.description(), description), category, targetGroups);
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
