package dk.kk.registry.infra.ui;

import dk.kk.registry.command.common.AlreadyRecorded;
import dk.kk.registry.command.common.NotPermitted;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.infra.http.BadInput;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.validation.BindingResult;

/**
 * Turns what the registry refused into messages on the form: a rule that names a field the form has goes beside that
 * field, anything else above the form. The rule's name is the message code ({@code rule.DatesAreConsistent}), so the
 * page says it in the user's language; the registry's own sentence follows as the detail, translated by the rule's
 * name and parameters ({@link RuleDetails}).
 */
public final class FormErrors {

    /** The API's fields that a form splits: the funding's {@code years} [from, to] are two fields, the end's the one. */
    private static final Map<String, String> FORM_FIELDS = Map.of("years", "toYear");
    /** The parts of the API's {@code source} object, as the forms' citation fields ({@link CommandForms.Cited}). */
    private static final Map<String, String> CITATION_FIELDS = Map.of(
            "source.id",
            "citationSource",
            "source.locator",
            "citationLocator",
            "source.quotation",
            "citationQuotation",
            "source.note",
            "citationNote");

    private FormErrors() {}

    /**
     * Runs a command; answers true when it was recorded, false when it was refused and the refusal is now on the form.
     */
    public static boolean attempt(BindingResult form, Runnable command) {
        try {
            command.run();
            return true;
        } catch (RuntimeException e) {
            record(form, unwrap(e));
            return false;
        }
    }

    /**
     * Judges a rule of the command beside the form's own checks (one that needs nothing but the form's fields), so
     * that one round shows every error; a field already marked keeps its first message.
     */
    public static void alsoCheck(BindingResult form, Runnable rule) {
        try {
            rule.run();
        } catch (RuleViolation violation) {
            record(form, violation);
        }
    }

    private static Throwable unwrap(RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof CommandExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void record(BindingResult form, Throwable refusal) {
        if (refusal instanceof RuleViolation violation) {
            reject(
                    form,
                    violation.field(),
                    "rule." + violation.rule(),
                    new RuleDetail(violation.rule(), violation.getMessage()));
        } else if (refusal instanceof BadInput bad) {
            invalid(form, bad.field(), bad.getMessage());
        } else if (refusal instanceof NotPermitted denied) {
            form.reject("refused.notPermitted", new Object[] {denied.getMessage()}, denied.getMessage());
        } else if (refusal instanceof AlreadyRecorded duplicate) {
            form.reject("refused.duplicate", new Object[] {duplicate.getMessage()}, duplicate.getMessage());
        } else if (refusal instanceof ConcurrencyException || refusal instanceof ConflictingModificationException) {
            form.reject("refused.concurrent", "concurrent change");
        } else if (refusal instanceof IllegalArgumentException invalid) {
            invalid(form, null, invalid.getMessage());
        } else if (refusal instanceof RuntimeException runtime) {
            throw runtime;
        } else {
            throw new IllegalStateException(refusal);
        }
    }

    /**
     * A value the registry could not take, beside its field when the form has it ("Beløb: ugyldig værdi."); the
     * registry's English sentence is the last argument, which only an English page shows (fields.html).
     */
    private static void invalid(BindingResult form, String field, String detail) {
        String property = property(form, field);
        if (property != null && !form.hasFieldErrors(property)) {
            form.rejectValue(
                    property, "invalidValue", new Object[] {AdmissibleFormText.label(property), detail}, detail);
        } else if (property == null) {
            form.reject("invalid", new Object[] {detail}, detail);
        }
    }

    /** The form's field for a field the registry named, or null when the form has none of that name. */
    private static String property(BindingResult form, String field) {
        String property =
                field == null ? null : field.replaceFirst("^values\\.", "").replaceAll("\\[\\d+]$", "");
        if (property != null
                && CITATION_FIELDS.containsKey(property)
                && form.getTarget() instanceof CommandForms.Cited) {
            property = CITATION_FIELDS.get(property);
        } else if (property != null && form.getFieldType(property) == null) {
            property = FORM_FIELDS.get(property);
        }
        return property != null && form.getTarget() != null && form.getFieldType(property) != null ? property : null;
    }

    private static void reject(BindingResult form, String field, String code, Object detail) {
        String property = property(form, field);
        if (property != null) {
            if (!form.hasFieldErrors(property)) {
                form.rejectValue(property, code, new Object[] {detail}, detail.toString());
            }
        } else {
            form.reject(code, new Object[] {detail}, detail.toString());
        }
    }
}
