package dk.kk.registry.infra.ui;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The list above a form that was not saved (fields.html, {@code summaryList}): each field in error by its label in the
 * user's language ({@code field.<name>}, as beside the field), linked to the field.
 */
@Component("formSummary")
public class FormSummary {

    private final MessageSource messages;

    FormSummary(MessageSource messages) {
        this.messages = messages;
    }

    /** The field's label ({@code field.<name>}, an index or nesting left out), or its name where none is known. */
    public String label(String field) {
        String name = field.replaceAll("\\[[^]]*]", "");
        name = name.substring(name.lastIndexOf('.') + 1);
        return messages.getMessage("field." + name, null, name, LocaleContextHolder.getLocale());
    }

    /** The id of the field's element as Thymeleaf's {@code th:field} gives it (a checkbox group's is its fieldset's). */
    public String anchor(String field) {
        return field.replaceAll("[\\[\\]]", "");
    }

    /** The message without the label it begins with ("Beløb: skriv et beløb" → "skriv et beløb"), the label shown beside. */
    public String withoutLabel(String message, String label) {
        if (message != null && label != null && message.startsWith(label + ":")) {
            return message.substring(label.length() + 1).strip();
        }
        return message;
    }
}
