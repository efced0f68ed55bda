package dk.kk.registry.infra.ui;

/**
 * What a rule of the registry said about a refused command: the rule's name and its sentence, in English as the API
 * gives it. A page shows it through {@link RuleDetails}, in the user's language.
 */
public record RuleDetail(String rule, String message) {

    @Override
    public String toString() {
        return message;
    }
}
