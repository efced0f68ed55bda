package dk.kk.registry.infra.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
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
 * taken as a whole number, and money only as {@code {"amount": "1250000.00", "currency": "DKK"}}.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJson() {
        SimpleModule strict = new SimpleModule("registry-strict-json")
                .addDeserializer(LocalDate.class, new TextDateDeserializer())
                .addDeserializer(Money.class, new TextMoneyDeserializer());
        return builder -> builder
                .modulesToInstall(modules -> modules.add(strict))
                .featuresToEnable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .postConfigurer(mapper -> {
                    mapper.configOverride(BigDecimal.class)
                            .setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
                    for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                            CoercionInputShape.Float, CoercionInputShape.Boolean}) {
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
    static final class InputRefused extends JsonMappingException {

        InputRefused(JsonParser parser, String message) {
            super(parser, message);
        }
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
                throw new InputRefused(parser, "money is an object such as {\"amount\": \"1250000.00\", "
                        + "\"currency\": \"DKK\"}");
            }
            String amount = null;
            String currency = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "amount" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw JsonMappingException.wrapWithPath(new InputRefused(parser,
                                    "a decimal string such as \"1250000.00\", not a number"), Money.class, "amount");
                        }
                        amount = parser.getText();
                    }
                    case "currency" -> {
                        if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                            throw JsonMappingException.wrapWithPath(new InputRefused(parser,
                                    "a currency code such as \"DKK\""), Money.class, "currency");
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
                throw JsonMappingException.wrapWithPath(new InputRefused(parser,
                        "'" + amount + "' is not a decimal number"), Money.class, "amount");
            }
            try {
                return new Money(value, currency);
            } catch (IllegalArgumentException e) {
                throw new InputRefused(parser, e.getMessage());
            }
        }
    }
}
