package dk.kk.registry.command.plan;

import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.plan.ProgressNote;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A follow-up speaks of the plan's own goals and measures, each once, with a judgement of its progress. */
final class FollowUpRules {

    private FollowUpRules() {}

    static void check(List<ProgressNote> notes, Collection<String> known, String field, String what) {
        if (notes == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < notes.size(); i++) {
            String at = field + "[" + i + "]";
            ProgressNote note = notes.get(i);
            NewIds.requirePresent(note, at);
            NewIds.requirePresent(note.progress(), at + ".progress");
            if (note.subject() == null || !known.contains(note.subject())) {
                throw new RuleViolation(
                        "FollowUpsFollowThePlan",
                        at + ".subject",
                        "'" + note.subject() + "' is not " + what + " of this plan");
            }
            if (!seen.add(note.subject())) {
                throw new RuleViolation("NoDuplicates", at + ".subject", field + " names " + note.subject() + " twice");
            }
        }
    }

    static List<ProgressNote> stripped(List<ProgressNote> notes) {
        return notes == null
                ? List.of()
                : notes.stream()
                        .map(note -> new ProgressNote(note.subject(), note.progress(), text(note.note())))
                        .toList();
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
