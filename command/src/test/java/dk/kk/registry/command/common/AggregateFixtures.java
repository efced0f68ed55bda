package dk.kk.registry.command.common;

import org.axonframework.test.aggregate.AggregateTestFixture;

/** Axon's test fixture for one aggregate, given the resources its command handlers are injected with. */
public final class AggregateFixtures {

    private AggregateFixtures() {}

    public static <A> AggregateTestFixture<A> fixtureFor(Class<A> aggregate, Object... resources) {
        AggregateTestFixture<A> fixture = new AggregateTestFixture<>(aggregate);
        for (Object resource : resources) {
            fixture.registerInjectableResource(resource);
        }
        return fixture;
    }
}
