package dk.kk.registry.infra.demo;

import dk.kk.registry.infra.config.EmbeddedProfile;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * On the embedded default the demo history is loaded at start (unless {@code registry.demo.load=false}); against any
 * database, {@code java -jar registry.jar load-demo} loads it and exits.
 */
@Component
@Order(10)
class DemoHistoryStartup implements ApplicationRunner {

    static final String COMMAND = "load-demo";

    private final DemoHistoryLoader loader;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    DemoHistoryStartup(DemoHistoryLoader loader, Environment environment, ConfigurableApplicationContext context) {
        this.loader = loader;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<String> commands = Set.copyOf(args.getNonOptionArgs());
        if (commands.contains(COMMAND)) {
            int recorded = loader.load();
            System.out.println("demo history: " + recorded + " commands recorded");
            int code = SpringApplication.exit(context, (ExitCodeGenerator) () -> 0);
            System.exit(code);
        }
        boolean embedded = environment.acceptsProfiles(Profiles.of(EmbeddedProfile.NAME));
        if (embedded && environment.getProperty("registry.demo.load", Boolean.class, true)) {
            loader.load();
        }
    }
}
