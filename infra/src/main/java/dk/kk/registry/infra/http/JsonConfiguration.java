package dk.kk.registry.infra.http;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import dk.kk.registry.infra.config.UncertainJson;
import dk.kk.registry.shared.common.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API reads JSON strictly and writes decimals as text (API.md): no trailing text, no field given twice, no
 * number or boolean taken as text, dates only as {@code YYYY-MM-DD} strings within {@link DateRange}, no fraction
 * taken as a whole number, and money only as {@code {"amount": "1250000.00", "currency": "DKK"}}. Every string,
 * field name and map key is under {@link AdmissibleText}: refused naming its path when it breaks the rule, in NFC
 * when it does not.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJson() {
        SimpleModule strict = new SimpleModule("registry-strict-json")
                .addDeserializer(LocalDate.class, new TextDateDeserializer())
                .addDeserializer(Money.class, new TextMoneyDeserializer())
                .addDeserializer(String.class, new AdmissibleStringDeserializer())
                .addKeyDeserializer(String.class, new AdmissibleKeyDeserializer());
        return builder -> builder.modulesToInstall(modules -> {
                    modules.add(strict);
                    modules.add(UncertainJson.module(InputRefused::new));
                    modules.add(UncertainDateBounds.module());
                })
                .featuresToEnable(
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS, JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .postConfigurer(mapper -> {
                    mapper.addHandler(new AdmissibleFieldNames());
                    mapper.configOverride(BigDecimal.class)
                            .setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
                    for (CoercionInputShape shape : new CoercionInputShape[] {
                        CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
                    }) {
                        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
                    }
                    mapper.coercionConfigFor(LogicalType.Integer)
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Boolean)
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                });
    }

    /** Input the API refuses, with a message meant for the client; its path says which field. */
    public static final class InputRefused extends JsonMappingException {

        InputRefused(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    /**
     * Every string value, at any depth: the rule's refusal is raised where the parser stands, so that the path of
     * properties and indexes Jackson adds on its way out names the field ({@code estimates[0].indicator}).
     */
    static final class AdmissibleStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            return admit(parser, text);
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** The keys of a map are text a client chose too. */
    static final class AdmissibleKeyDeserializer extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return admit(context.getParser(), key);
        }
    }

    /**
     * A field name that breaks the rule is no field the registry knows, so Jackson would refuse it as unknown, echoing
     * what the rule refuses; here it is refused by the rule instead, named with the refused characters escaped.
     */
    static final class AdmissibleFieldNames extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(
                DeserializationContext context,
                JsonParser parser,
                JsonDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName)
                throws IOException {
            String violation = AdmissibleText.violation(propertyName);
            if (violation != null) {
                throw JsonMappingException.wrapWithPath(
                        new InputRefused(parser, "the field name " + violation),
                        beanOrClass,
                        AdmissibleText.escaped(propertyName));
            }
            return false;
        }
    }

    private static String admit(JsonParser parser, String text) throws InputRefused {
        String violation = AdmissibleText.violation(text);
        if (violation != null) {
            throw new InputRefused(parser, violation);
        }
        return AdmissibleText.nfc(text);
    }

    /** A date is a {@code YYYY-MM-DD} string, never a number of days or an array. */
    static final class TextDateDeserializer extends JsonDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new InputRefused(parser, "expected a date YYYY-MM-DD as a string");
            }
            String text = parser.getText().strip();
            try {
                return DateRange.check(LocalDate.parse(text));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new InputRefused(parser, "'" + text + "' is not a date YYYY-MM-DD " + DateRange.DATES);
            }
        }
    }

    /** Money is an object with the amount as a decimal string and an optional currency (DKK). */
    static final class TextMoneyDeserializer extends JsonDeserializer<Money> {

        @Override
        public Money deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new InputRefused(
                        parser, "money is an object such as {\"amount\": \"1250000.00\", " + "\"currency\": \"DKK\"}");
            }
            String amount = null;
            String currency = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "amount" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw JsonMappingException.wrapWithPath(
                                    new InputRefused(parser, "a decimal string such as \"1250000.00\", not a number"),
                                    Money.class,
                                    "amount");
                        }
                        amount = parser.getText();
                    }
                    case "currency" -> {
                        if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                            throw JsonMappingException.wrapWithPath(
                                    new InputRefused(parser, "a currency code such as \"DKK\""),
                                    Money.class,
                                    "currency");
                        }
                        currency = parser.getValueAsString();
                    }
                    default -> context.handleUnknownProperty(parser, this, Money.class, field);
                }
            }
            if (amount == null) {
                throw new InputRefused(parser, "money needs an amount, e.g. {\"amount\": \"1250000.00\"}");
            }
            BigDecimal value;
            try {
                value = new BigDecimal(amount.strip());
            } catch (NumberFormatException e) {
                throw JsonMappingException.wrapWithPath(
                        new InputRefused(parser, "'" + amount + "' is not a decimal number"), Money.class, "amount");
            }
            try {
                return new Money(value, currency);
            } catch (IllegalArgumentException e) {
                throw new InputRefused(parser, e.getMessage());
            }
        }
    }
}
