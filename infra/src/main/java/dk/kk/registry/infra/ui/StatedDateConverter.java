package dk.kk.registry.infra.ui;

import dk.kk.registry.shared.common.UncertainDate;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * A date typed into a form as its source states it, in the notation API.md gives ({@code 2018}, {@code 2018-05},
 * {@code ../2011-09}, {@code 2018~}), where staff may write "ukendt" for unknown. An empty field is no date (a required
 * one says so); a text that is no date is refused as a type mismatch, shown beside the field that holds it.
 */
@Component
class StatedDateConverter implements Converter<String, UncertainDate> {

    @Override
    public UncertainDate convert(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        return UncertainDate.parse(value.equalsIgnoreCase("ukendt") ? "unknown" : value);
    }
}
