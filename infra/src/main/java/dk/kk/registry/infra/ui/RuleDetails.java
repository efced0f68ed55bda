package dk.kk.registry.infra.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The detail of a rule's refusal in the user's language. The API keeps the rules' English sentences (API.md); a page
 * translates one by its rule and its parameters: each known sentence has a message {@code ruleDetail.<rule>.<form>},
 * and its parameters are shown as the page shows them (a field by its label, a date the Danish way, a stage by its
 * name, an area or organisation by its name), in English too. A sentence not known here is not shown on a Danish
 * page: the rule's own message, before it, says what was wrong.
 */
@Component("ruleDetails")
public class RuleDetails {

    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";
    private static final String FIELD = "([a-zA-Z]+)";

    /** The rules' sentences that a form can meet, by their form; each group is a parameter of the given kind. */
    static final List<Sentence> SENTENCES = List.of(
            new Sentence("before", FIELD + " " + DATE + " is before " + FIELD + " " + DATE, "fdfd"),
            new Sentence(
                    "beforeStart", FIELD + " " + DATE + " is before the intervention's planned start " + DATE, "fdd"),
            new Sentence("fundingYears", "the funding ends \\((\\d{4})\\) before it starts \\((\\d{4})\\)", "nn"),
            new Sentence(
                    "evaluatedPeriod",
                    "the evaluated period ends \\(" + DATE + "\\) before it starts \\(" + DATE + "\\)",
                    "dd"),
            new Sentence(
                    "evaluationStarts",
                    "the evaluated period starts \\(" + DATE + "\\) before the intervention \\(" + DATE + "\\)",
                    "dd"),
            new Sentence(
                    "evaluationEnds",
                    "the evaluated period ends \\(" + DATE + "\\) after the intervention ended \\(" + DATE + "\\)",
                    "dd"),
            new Sentence(
                    "correctedPeriod",
                    "the corrected period would end \\(" + DATE + "\\) before it starts \\(" + DATE + "\\)",
                    "dd"),
            new Sentence(
                    "extension", "the new planned end " + DATE + " is not after the current planned end " + DATE, "dd"),
            new Sentence("alreadyStage", "the intervention is already ([A-Z_]+)", "s"),
            new Sentence("fromDecision", "([A-Z_]+) follows from a decision, not from a stage change", "s"),
            new Sentence(
                    "closed",
                    "the intervention is ([A-Z_]+); only evaluations, expenditures, funding "
                            + "adjustments and corrections can still be recorded",
                    "s"),
            new Sentence("runsInArea", "the intervention already runs in area '([^']+)'", "r"),
            new Sentence("notInArea", "the intervention does not run in area '([^']+)'", "r"),
            new Sentence("isPartner", "organisation '([^']+)' is already a partner", "r"),
            new Sentence("notPartner", "organisation '([^']+)' is not a current partner", "r"),
            new Sentence("unknown", "unknown [a-z ]+ '([^']+)'", "r"),
            new Sentence("required", FIELD + " is required", "f"),
            new Sentence("tooLong", FIELD + " is longer than (\\d+) characters", "fn"),
            new Sentence("negative", FIELD + " must not be negative", "f"),
            new Sentence("yearRange", FIELD + "(?:\\[\\d])? must lie between (\\d{4}) and (\\d{4})", "fnn"),
            new Sentence("noLetter", FIELD + " has no letter or digit", "f"),
            new Sentence(
                    "personalData",
                    FIELD + " looks like it holds a CPR number; the registry holds no " + "personal data",
                    "f"),
            new Sentence(
                    "lastArea",
                    "an intervention keeps at least one area; add the new area before removing the " + "last one",
                    ""),
            new Sentence(
                    "noArea",
                    "an intervention runs in at least one area \\(use 'copenhagen' for the whole " + "city\\)",
                    ""));

    private final MessageSource messages;
    private final UiFormat format;
    private final ReferenceLists references;

    RuleDetails(MessageSource messages, UiFormat format, ReferenceLists references) {
        this.messages = messages;
        this.format = format;
        this.references = references;
    }

    /**
     * The detail as a page in the current language shows it, translated with its parameters as the page shows them;
     * where no translation is known, the registry's own sentence on an English page and nothing on a Danish one.
     */
    public String text(Object detail) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean english = "en".equals(locale.getLanguage());
        String translated = detail instanceof RuleDetail rule ? translated(rule, locale) : null;
        return translated != null || !english || detail == null ? translated : detail.toString();
    }

    String translated(RuleDetail rule, Locale locale) {
        for (Sentence sentence : SENTENCES) {
            Matcher matcher = sentence.pattern().matcher(rule.message());
            if (matcher.matches()) {
                return arguments(sentence, matcher, locale)
                        .map(arguments -> messages.getMessage(sentence.key(), arguments.toArray(), null, locale))
                        .orElse(null);
            }
        }
        return null;
    }

    private java.util.Optional<List<Object>> arguments(Sentence sentence, Matcher matcher, Locale locale) {
        List<Object> arguments = new ArrayList<>();
        Map<String, String> names = sentence.kinds().contains("r") ? references.names(null) : Map.of();
        for (int i = 0; i < sentence.kinds().length(); i++) {
            String value = matcher.group(i + 1);
            String shown =
                    switch (sentence.kinds().charAt(i)) {
                        case 'f' -> messages.getMessage("ruleField." + value, null, null, locale);
                        case 'd' -> format.date(LocalDate.parse(value));
                        case 's' -> messages.getMessage("stage." + value, null, null, locale);
                        case 'r' -> names.getOrDefault(value, value);
                        default -> value;
                    };
            if (shown == null) {
                return java.util.Optional.empty();
            }
            arguments.add(shown);
        }
        return java.util.Optional.of(arguments);
    }

    record Sentence(String form, Pattern pattern, String kinds) {

        Sentence(String form, String regex, String kinds) {
            this(form, Pattern.compile(regex), kinds);
        }

        String key() {
            return "ruleDetail." + form;
        }
    }
}
