package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.http.AdmissibleText;
import java.beans.PropertyEditorSupport;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * {@link AdmissibleText} for the UI: every text bound from a request to a form, a parameter or a path variable of a
 * page. A form field that breaks the rule is a field error beside it, in the user's language
 * ({@code typeMismatch.java.lang.String}), like the form's other errors; anything else that breaks it is the 400 page.
 * Every value a form field cannot hold is reported the same way, naming the field by its label (see
 * {@link FieldNamingErrors}).
 */
@ControllerAdvice(basePackageClasses = AdmissibleFormText.class)
class AdmissibleFormText {

    @InitBinder
    void admissibleText(WebDataBinder binder) {
        Class<?> form = binder.getTarget() != null
                ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        if (form != null
                && (form.getEnclosingClass() == CommandForms.class || form.getEnclosingClass() == PlanForms.class)) {
            // The command and plan forms are public fields; the binder must know before an editor is registered, and
            // the
            // controllers' own @InitBinder methods run after this one.
            binder.initDirectFieldAccess();
        }
        binder.registerCustomEditor(String.class, new Editor());
        binder.setBindingErrorProcessor(new FieldNamingErrors());
    }

    /**
     * The field a value could not be read for, named by its label ({@code field.<name>}) as the message's argument,
     * so that "Ugyldig værdi" says where; Spring's own argument is the Java field's name, and its default message
     * the converter's English.
     */
    static final class FieldNamingErrors extends DefaultBindingErrorProcessor {

        @Override
        protected Object[] getArgumentsForBindError(String objectName, String field) {
            return new Object[] {label(field)};
        }
    }

    /** A form field's label in the user's language: {@code field.<name>}, its index or nesting left out. */
    static MessageSourceResolvable label(String field) {
        String name = field.replaceAll("\\[[^]]*]", "");
        name = name.substring(name.lastIndexOf('.') + 1);
        return new DefaultMessageSourceResolvable(new String[] {"field." + name}, name);
    }

    /** The rule as Spring's binding understands a refusal: an {@link IllegalArgumentException}. */
    static final class Editor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            String violation = AdmissibleText.violation(text);
            if (violation != null) {
                throw new IllegalArgumentException(violation);
            }
            setValue(AdmissibleText.nfc(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
