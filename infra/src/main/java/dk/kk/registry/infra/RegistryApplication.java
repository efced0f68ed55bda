package dk.kk.registry.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The registry of interventions in Copenhagen's vulnerable urban areas. */
@SpringBootApplication(scanBasePackages = "dk.kk.registry")
public class RegistryApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegistryApplication.class, args);
    }
}
