package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.common.AggregateFixtures.fixtureFor;
import static dk.kk.registry.command.intervention.Registrations.ID;

import dk.kk.registry.command.common.KnownReferences;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** A fixture for the {@link Intervention} aggregate with the reference data the builders name. */
final class InterventionFixtures {

    /** The grace period the fixtures run with: the default, 90 days. */
    static final java.time.Duration GRACE = java.time.Duration.ofDays(90);

    private InterventionFixtures() {}

    static KnownReferences references() {
        return KnownReferences.none()
                .administration("TMF", "SOF", "BUF", "BIF", "SUF", "KFF")
                .area(Registrations.AREA, "bispebjerg-nordvest", "amager-sundby", "norrebro", "copenhagen")
                .organisation(
                        "copenhagen-police",
                        "bl-1-kreds",
                        "landsbyggefonden",
                        "region-hovedstaden",
                        Evaluations.EVALUATOR)
                .goal("sof-eviction-warnings")
                .policy("policy-2011")
                .indicator("perceived-safety", "eviction-warnings")
                .intervention("safety-partnerships");
    }

    /**
     * Axon's check that event sourcing reproduces the working state compares collections with {@code equals}, and
     * {@link Span} and {@link Funding} have none; those fields are compared by {@code ReplayingHistoryTest} instead.
     */
    static AggregateTestFixture<Intervention> interventionFixture() {
        AggregateTestFixture<Intervention> fixture =
                fixtureFor(Intervention.class, references(), new EvaluationGracePeriod(GRACE));
        fixture.registerIgnoredField(Intervention.class, "areas");
        fixture.registerIgnoredField(Intervention.class, "partners");
        fixture.registerIgnoredField(Intervention.class, "funding");
        return fixture;
    }

    /**
     * The identifier of the {@code nth} given event of a type. The fixture gives every given event a fresh identifier
     * (one set on a given message is not kept), so a correction test reads it back from the fixture's event store.
     */
    static String givenEventId(FixtureConfiguration<Intervention> fixture, Class<?> eventType, int nth) {
        return fixture.getEventStore()
                .readEvents(ID)
                .asStream()
                .filter(event -> eventType.isInstance(event.getPayload()))
                .skip(nth)
                .findFirst()
                .map(DomainEventMessage::getIdentifier)
                .orElseThrow(() -> new AssertionError("no given " + eventType.getSimpleName() + " #" + nth));
    }

    static String givenEventId(FixtureConfiguration<Intervention> fixture, Class<?> eventType) {
        return givenEventId(fixture, eventType, 0);
    }
}
