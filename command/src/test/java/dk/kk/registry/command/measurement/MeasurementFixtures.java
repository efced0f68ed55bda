package dk.kk.registry.command.measurement;

import static dk.kk.registry.command.common.AggregateFixtures.fixtureFor;

import dk.kk.registry.command.common.KnownReferences;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** A fixture for the {@link Measurement} aggregate with the indicators and areas the builders name. */
final class MeasurementFixtures {

    private MeasurementFixtures() {}

    /** Indicators and their current versions, as a test says. */
    static final class KnownIndicators implements IndicatorVersions {

        private final Map<String, Integer> versions = new HashMap<>();

        KnownIndicators version(String indicator, int version) {
            versions.put(indicator, version);
            return this;
        }

        @Override
        public OptionalInt current(String indicatorId) {
            Integer version = versions.get(indicatorId);
            return version == null ? OptionalInt.empty() : OptionalInt.of(version);
        }
    }

    static AggregateTestFixture<Measurement> measurementFixture() {
        return measurementFixture(new KnownIndicators().version(Measurements.INDICATOR, 1));
    }

    static AggregateTestFixture<Measurement> measurementFixture(KnownIndicators indicators) {
        return fixtureFor(
                Measurement.class,
                KnownReferences.none()
                        .area(Measurements.AREA, "copenhagen", "rest-of-copenhagen")
                        .indicator(Measurements.INDICATOR, "perceived-safety"),
                indicators);
    }

    /** An evaluator's command metadata, with the reason given (or none when null). */
    static MetaData evaluator(String reason) {
        MetaData meta = MetaData.with(AuditMetadata.USER, "evaluator").and(AuditMetadata.ROLE, Role.EVALUATOR.name());
        return reason == null ? meta : meta.and(AuditMetadata.REASON, reason);
    }
}
