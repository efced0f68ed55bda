package dk.kk.registry.infra.imports;

import dk.kk.registry.infra.support.RegistryIT;
import org.junit.jupiter.api.BeforeEach;

/** Base of the measurement tests: before each test, an indicator and an area of its own, with unique ids. */
abstract class MeasurementIT extends RegistryIT {

    private final String indicatorPrefix;
    private final String areaPrefix;

    protected MeasurementData data;
    protected String indicator;
    /** The area measured in, or null where the test measures nothing in an area. */
    protected String area;

    MeasurementIT(String indicatorPrefix, String areaPrefix) {
        this.indicatorPrefix = indicatorPrefix;
        this.areaPrefix = areaPrefix;
    }

    @BeforeEach
    void defineIndicatorAndArea() {
        data = new MeasurementData(api());
        indicator = data.indicator(indicatorPrefix);
        area = areaPrefix == null ? null : fixtures().area(areaPrefix);
    }
}
