package dk.kk.registry.infra.support;

import dk.kk.registry.infra.RegistryApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the integration tests: the whole registry on a random port, on the embedded PostgreSQL that every test
 * of the JVM shares (one Spring context, one throwaway server). Tests create their own data with unique ids.
 * Metrics export is on as in production (Spring Boot's tests turn it off by default), on this base class so that the
 * operator tests do not need a context of their own.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(
        classes = RegistryApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "registry.embedded.ephemeral=true",
            RegistryIT.GRACE_PERIOD,
            "registry.deadlines.polling-interval=PT1S"
        })
public abstract class RegistryIT {

    /**
     * Ten years: the fixtures' interventions (planned end 2023) are not overdue while a test works on them, so no
     * event of the registry's own changes their versions; one planned to end before about 2015 becomes overdue at once
     * (see {@code OverdueEvaluationIT}).
     */
    public static final String GRACE_PERIOD = "registry.evaluations.grace-period=3650d";

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected Api api() {
        return new Api("http://localhost:" + port);
    }

    protected Fixtures fixtures() {
        return new Fixtures(api());
    }
}
