package dk.kk.registry.infra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class UiFormatTest {

    private final UiFormat format = new UiFormat();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private String danish(String notation) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("da"));
        return format.date(UncertainDate.parse(notation));
    }

    @Test
    void uncertainDatesReadTheDanishWay() {
        assertThat(danish("2018-05-14")).isEqualTo("14/5 2018");
        assertThat(danish("2018")).isEqualTo("2018");
        assertThat(danish("2011-09")).isEqualTo("september 2011");
        assertThat(danish("../2018")).isEqualTo("2018 eller før");
        assertThat(danish("../2011-09")).isEqualTo("senest september 2011");
        assertThat(danish("2018/..")).isEqualTo("2018 eller senere");
        assertThat(danish("2011/2014")).isEqualTo("mellem 2011 og 2014");
        assertThat(danish("2018~")).isEqualTo("ca. 2018");
        assertThat(danish("2018?")).isEqualTo("2018 (usikkert)");
        assertThat(danish("unknown")).isEqualTo("ukendt");
    }

    @Test
    void englishToo() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(format.date(UncertainDate.parse("../2018"))).isEqualTo("2018 or earlier");
        assertThat(format.date(UncertainDate.parse("2018~"))).isEqualTo("circa 2018");
        assertThat(format.date(UncertainDate.UNKNOWN)).isEqualTo("unknown");
    }

    @Test
    void valuesAsTheSourceGaveThem() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("da"));
        assertThat(format.value(UncertainValue.exact(new BigDecimal("0.6")))).isEqualTo("0,6");
        assertThat(format.value(UncertainValue.range(new BigDecimal("67"), new BigDecimal("72"))))
                .isEqualTo("67–72");
        assertThat(format.value(UncertainValue.below(new BigDecimal("60")))).isEqualTo("under 60");
        assertThat(format.value(UncertainValue.range(null, new BigDecimal("-8"))))
                .isEqualTo("højst -8");
    }
}
