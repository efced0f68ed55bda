package dk.kk.registry.infra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dk.kk.registry.shared.intervention.DecisionType;
import dk.kk.registry.shared.intervention.EvaluationMethod;
import dk.kk.registry.shared.intervention.EvaluationResult;
import dk.kk.registry.shared.intervention.FundingSourceKind;
import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.InterventionKind;
import dk.kk.registry.shared.intervention.PartnerRole;
import dk.kk.registry.shared.intervention.Stage;
import dk.kk.registry.shared.intervention.TargetGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/** Both languages say everything: the same keys in Danish and English, and a label for every enumeration value. */
class MessagesTest {

    @Test
    void danishAndEnglishHaveTheSameKeys() throws IOException {
        Properties danish = load("/messages.properties");
        Properties english = load("/messages_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(danish.stringPropertyNames());
        danish.forEach(
                (key, text) -> assertThat(text.toString()).as(key.toString()).isNotBlank());
        english.forEach(
                (key, text) -> assertThat(text.toString()).as(key.toString()).isNotBlank());
    }

    @Test
    void everyEnumerationValueTheUiShowsHasALabel() throws IOException {
        Properties danish = load("/messages.properties");
        List<String> keys = new ArrayList<>();
        add(keys, "kind", InterventionKind.values());
        add(keys, "category", InterventionCategory.values());
        add(keys, "targetGroup", TargetGroup.values());
        add(keys, "stage", Stage.values());
        add(keys, "partnerRole", PartnerRole.values());
        add(keys, "sourceKind", FundingSourceKind.values());
        add(keys, "method", EvaluationMethod.values());
        add(keys, "result", EvaluationResult.values());
        add(keys, "decision", DecisionType.values());
        add(keys, "goalOutcome", dk.kk.registry.shared.goal.GoalOutcome.values());
        add(keys, "organisationKind", dk.kk.registry.shared.organisation.OrganisationKind.values());
        add(keys, "areaKind", dk.kk.registry.shared.area.AreaKind.values());
        assertThat(danish.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void theAnalysisPagesSayEverythingInBothLanguages() throws IOException {
        Properties danish = load("/analysis.properties");
        Properties english = load("/analysis_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(danish.stringPropertyNames());
    }

    /** The event log and the timeline name every kind of event in words, not by its class name. */
    @Test
    void everyEventHasALabelInBothLanguages() throws IOException {
        Properties danish = load("/messages.properties");
        danish.putAll(load("/analysis.properties"));
        Properties english = load("/messages_en.properties");
        english.putAll(load("/analysis_en.properties"));
        List<String> keys = new ClassFileImporter()
                .importPackages("dk.kk.registry.shared").stream()
                        .filter(type -> type.isAnnotatedWith(Revision.class))
                        .map(type -> "event." + type.getSimpleName())
                        .toList();
        assertThat(keys).hasSizeGreaterThan(30);
        assertThat(danish.stringPropertyNames()).containsAll(keys);
        assertThat(english.stringPropertyNames()).containsAll(keys);
    }

    /** The event log shows each payload as a labelled table: every field of every event, nested ones too, has one. */
    @Test
    void everyFieldOfAnEventHasALabelInBothLanguages() throws Exception {
        Properties danish = load("/messages.properties");
        Properties english = load("/messages_en.properties");
        Set<String> keys = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().importPackages("dk.kk.registry.shared")) {
            if (type.isAnnotatedWith(Revision.class)) {
                fields(Class.forName(type.getName()), keys, new HashSet<>());
            }
        }
        assertThat(keys).contains("field.title", "field.plannedStart", "field.amount");
        assertThat(danish.stringPropertyNames()).containsAll(keys);
        assertThat(english.stringPropertyNames()).containsAll(keys);
    }

    private static void fields(Class<?> type, Set<String> keys, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            keys.add("field." + component.getName());
            List<Type> parts = new ArrayList<>(List.of(component.getGenericType()));
            if (component.getGenericType() instanceof ParameterizedType generic) {
                parts.addAll(List.of(generic.getActualTypeArguments()));
            }
            parts.stream()
                    .filter(Class.class::isInstance)
                    .map(Class.class::cast)
                    .filter(part -> part.getName().startsWith("dk.kk.registry.shared"))
                    .forEach(part -> fields(part, keys, seen));
        }
    }

    /**
     * Every rule the registry judges commands by has its message in both languages: a refusal on a page says what was
     * wrong in the user's words, never by the rule's name. The rules are read from the command module's sources.
     */
    @Test
    void everyRuleHasAMessageInBothLanguages() throws IOException {
        Properties danish = load("/messages.properties");
        Properties english = load("/messages_en.properties");
        Pattern named = Pattern.compile("new RuleViolation\\(\\s*\"(\\w+)\"|RULE = \"(\\w+)\"");
        Set<String> rules = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("..", "command", "src", "main", "java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher found = named.matcher(Files.readString(source));
                while (found.find()) {
                    rules.add(found.group(1) != null ? found.group(1) : found.group(2));
                }
            }
        }
        assertThat(rules).hasSizeGreaterThan(50);
        List<String> keys = rules.stream().map(rule -> "rule." + rule).toList();
        assertThat(danish.stringPropertyNames()).containsAll(keys);
        assertThat(english.stringPropertyNames()).containsAll(keys);
    }

    /** Every sentence of a rule that a page translates has its translation in both languages. */
    @Test
    void everyTranslatedRuleSentenceHasItsMessageInBothLanguages() throws IOException {
        List<String> keys =
                RuleDetails.SENTENCES.stream().map(RuleDetails.Sentence::key).toList();
        assertThat(load("/messages.properties").stringPropertyNames()).containsAll(keys);
        assertThat(load("/messages_en.properties").stringPropertyNames()).containsAll(keys);
    }

    private static void add(List<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            keys.add(prefix + "." + value.name());
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
