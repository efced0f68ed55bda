package dk.kk.registry.infra;

import dk.kk.registry.infra.imports.MeasurementImport;
import dk.kk.registry.infra.operations.Backup;
import dk.kk.registry.infra.operations.ProjectionCommands;
import dk.kk.registry.infra.operations.Restore;
import dk.kk.registry.infra.security.HashPassword;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The registry of interventions in Copenhagen's vulnerable urban areas. */
@SpringBootApplication(scanBasePackages = "dk.kk.registry")
public class RegistryApplication {

    public static void main(String[] args) {
        if (HashPassword.requested(args)) {
            // Hashing a password needs nothing of the registry: no database, no Spring context.
            System.exit(HashPassword.run(args));
        }
        SpringApplication application = new SpringApplication(RegistryApplication.class);
        if (Restore.requested(args)) {
            // A restore goes into an empty database: nothing may be recorded before it, not even the reference data.
            args = Stream.concat(
                            Arrays.stream(args),
                            Stream.of("--registry.reference-data.record-at-start=false", "--registry.demo.load=false"))
                    .toArray(String[]::new);
        }
        if (MeasurementImport.requested(args)
                || ProjectionCommands.requested(args)
                || Restore.requested(args)
                || Backup.requested(args)) {
            // A command-line import, rebuild, verification, restore or backup needs no web server, and ends when it is
            // done, with its exit status.
            application.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
