package dk.kk.registry.infra.ui;

/** What a form's text field means: a field left blank (or only spaces) is no value, a value has no outer spaces. */
final class FormValues {

    private FormValues() {}

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
