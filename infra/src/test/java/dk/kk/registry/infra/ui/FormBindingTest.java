package dk.kk.registry.infra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.http.BadInput;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every value a form of the UI cannot take reads in the user's language and names its field: each form that a page
 * binds (found on the UI's controllers), each of its fields given a value it cannot hold, the binder set up as the
 * pages set it up; the message in Danish and in English carries the field's label and nothing of Java's English.
 */
class FormBindingTest {

    private static final List<String> JAVA_WORDS =
            List.of("Failed", "convert", "java.", "property", "exception", "Exception", "null");

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void everyValueAFormCannotTakeNamesItsFieldInTheUsersLanguage() throws Exception {
        Map<String, Class<?>> forms = forms();
        assertThat(forms).as("the forms the pages bind").hasSizeGreaterThan(10);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Class<?>> form : forms.entrySet()) {
            Object target = instance(form.getValue());
            WebDataBinder binder =
                    binder(target, form.getKey().substring(form.getKey().indexOf(' ') + 1));
            Map<String, Class<?>> fields = fields(form.getValue());
            MutablePropertyValues values = new MutablePropertyValues();
            fields.forEach((name, type) -> values.add(name, unfit(type)));
            binder.bind(values);
            for (String name : fields.keySet()) {
                String what = form.getKey() + "." + name;
                FieldError error = binder.getBindingResult().getFieldError(name);
                if (error == null) {
                    problems.add(what + " took " + unfit(fields.get(name)));
                    continue;
                }
                for (Locale locale : List.of(Locale.forLanguageTag("da"), Locale.ENGLISH)) {
                    String label = messages.getMessage("field." + name.replaceAll("\\[.*", ""), null, null, locale);
                    String message = messages.getMessage(error, locale);
                    checked++;
                    if (label == null) {
                        problems.add(what + ": no label field." + name + " in " + locale);
                    } else if (!message.startsWith(label + ": ")) {
                        problems.add(what + " in " + locale + " does not name its field: " + message);
                    }
                    JAVA_WORDS.stream()
                            .filter(message::contains)
                            .forEach(word -> problems.add(what + " in " + locale + " says " + word + ": " + message));
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("messages checked").isGreaterThan(100);
    }

    @Test
    void aValueTheRegistryRefusesNamesItsFieldAndKeepsItsEnglishOffADanishPage() {
        CommandForms.GrantFunding form = new CommandForms.GrantFunding();
        DirectFieldBindingResult errors = new DirectFieldBindingResult(form, "form");
        FormErrors.attempt(errors, () -> {
            throw new BadInput("amount", "amount must be an exact amount");
        });
        FormErrors.attempt(errors, () -> {
            throw new IllegalArgumentException("years must not be empty");
        });

        assertThat(messages.getMessage(errors.getFieldError("amount"), Locale.forLanguageTag("da")))
                .isEqualTo("Beløb: ugyldig værdi.");
        assertThat(messages.getMessage(errors.getGlobalError(), Locale.forLanguageTag("da")))
                .isEqualTo("Ugyldig værdi.");
        assertThat(messages.getMessage(errors.getFieldError("amount"), Locale.ENGLISH))
                .isEqualTo("Amount: not a valid value.");
        // The English sentence is the last argument, for the English page's detail (fields.html).
        Object[] arguments = errors.getFieldError("amount").getArguments();
        assertThat(arguments[arguments.length - 1]).isEqualTo("amount must be an exact amount");
    }

    /** The binder as the pages have it: the registry's conversions, the form's editors and the UI's binder advice. */
    private static WebDataBinder binder(Object target, String objectName) {
        WebDataBinder binder = new WebDataBinder(target, objectName);
        DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
        conversions.addConverter(new StatedDateConverter());
        binder.setConversionService(conversions);
        new AdmissibleFormText().admissibleText(binder);
        binder.registerCustomEditor(BigDecimal.class, new AmountEditor());
        return binder;
    }

    /** A value the field's type cannot hold: a control character in a text, a sign in anything else. */
    private static String unfit(Class<?> type) {
        return type == String.class || type == List.class ? "a\u0007b" : "§";
    }

    /** The forms the UI's controllers bind with {@code @ModelAttribute}, as "Form objectName". */
    private static Map<String, Class<?>> forms() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(Controller.class));
        Map<String, Class<?>> forms = new LinkedHashMap<>();
        for (BeanDefinition bean : scanner.findCandidateComponents(FormBindingTest.class.getPackageName())) {
            Class<?> controller = Class.forName(bean.getBeanClassName());
            for (Method method : controller.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    ModelAttribute attribute = parameter.getAnnotation(ModelAttribute.class);
                    if (attribute != null) {
                        String name = attribute.value().isEmpty()
                                ? ClassUtils.getShortNameAsProperty(parameter.getType())
                                : attribute.value();
                        forms.put(parameter.getType().getSimpleName() + " " + name, parameter.getType());
                    }
                }
            }
        }
        return forms;
    }

    /** The fields the form binds: its public fields (the command forms) or its bean properties. */
    private static Map<String, Class<?>> fields(Class<?> form) {
        Map<String, Class<?>> fields = new LinkedHashMap<>();
        if (form.getEnclosingClass() == CommandForms.class) {
            for (Class<?> type = form; type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isPublic(field.getModifiers()) && !Modifier.isStatic(field.getModifiers())) {
                        fields.putIfAbsent(name(field.getName(), field.getType()), field.getType());
                    }
                }
            }
        } else {
            for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(form)) {
                if (property.getWriteMethod() != null) {
                    fields.put(name(property.getName(), property.getPropertyType()), property.getPropertyType());
                }
            }
        }
        return fields;
    }

    /** A list of texts is bound element by element; the element is what can be refused. */
    private static String name(String field, Class<?> type) {
        return type == List.class ? field + "[0]" : field;
    }

    private static Object instance(Class<?> form) throws Exception {
        Constructor<?> constructor = form.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "analysis");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
