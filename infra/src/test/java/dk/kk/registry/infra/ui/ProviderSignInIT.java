package dk.kk.registry.infra.ui;

import static dk.kk.testprovider.TestOpenIdProvider.client;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.BrowserIT;
import dk.kk.testprovider.TestOpenIdProvider;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web UI signed in through an OpenID provider the registry did not write ({@link TestOpenIdProvider}): the
 * login page offers only the provider, a person signs in on the provider's own login form, works as the project
 * manager the provider's claims make them, and signs out of the registry and the provider at once. A person the
 * provider knows but whose claims give no registry role is told so in plain words.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProviderSignInIT extends BrowserIT {

    private static final String AUDIENCE = "https://registry.kk.example";
    private static final String PROVIDER_NAME = "Københavns Kommune (test)";

    private static final TestOpenIdProvider PROVIDER = TestOpenIdProvider.start(
            List.of(client("admin", Map.of("registry_role", "ADMIN")).forAudience(AUDIENCE)),
            List.of(
                    new TestOpenIdProvider.Person(
                            "kari.nielsen",
                            "hemmelig-og-lang",
                            Map.of("registry_role", "PROJECT_MANAGER", "administration", "TMF")),
                    new TestOpenIdProvider.Person("ole.jensen", "hemmelig-og-lang", Map.of("groups", "staff"))),
            List.of());

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("registry.security.oidc.issuer-uri", PROVIDER::issuer);
        registry.add("registry.security.oidc.audience", () -> AUDIENCE);
        registry.add("registry.security.oidc.role-claim", () -> "registry_role");
        registry.add("registry.security.oidc.client-id", () -> "registry-web");
        registry.add("registry.security.oidc.client-secret", () -> "web-hemmelighed");
        registry.add("registry.security.oidc.provider-name", () -> PROVIDER_NAME);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @BeforeEach
    void registerTheWebUiAtTheProvider() {
        PROVIDER.register(new TestOpenIdProvider.BrowserClient(
                "registry-web",
                "web-hemmelighed",
                "http://localhost:" + port + "/login/oauth2/code/registry",
                "http://localhost:" + port + "/login?logout"));
    }

    @Test
    void aProjectManagerSignsInAtTheProviderRegistersAnInterventionAndSignsOutThereToo() {
        String area = area();
        go("/");
        assertThat(browser.findElements(By.id("password")))
                .as("no local login form")
                .isEmpty();
        follow("Log ind med " + PROVIDER_NAME);
        assertThat(URI.create(browser.getCurrentUrl()).getPort())
                .as("the provider's own login page")
                .isEqualTo(URI.create(PROVIDER.issuer()).getPort());
        signInAtTheProvider("kari.nielsen");

        waitFor(By.cssSelector("form[action$='/logout']"));
        assertThat(text(By.cssSelector(".who"))).contains("kari.nielsen").contains("TMF");
        follow("Registrér indsats");
        assertThat(value("leadAdministration")).isEqualTo("TMF");
        String title = "Lektiecafé i " + area;
        type("title", title);
        type("description", "Lektiehjælp for børn og unge to eftermiddage om ugen.");
        choose("kind", "AREA_BASED");
        choose("category", "EDUCATION_GUIDANCE");
        tick("areas", area);
        tick("targetGroups", "CHILDREN");
        date("plannedStart", "2024-01-01");
        date("plannedEnd", "2026-12-31");
        press("Registrér indsatsen");
        assertThat(text(By.cssSelector(".alert.ok"))).isEqualTo("Indsatsen er registreret.");
        assertThat(text(By.cssSelector(".timeline li .meta"))).contains("af kari.nielsen (TMF)");

        press("Log ud");
        waitFor(By.cssSelector(".alert.info"));
        assertThat(browser.getCurrentUrl()).startsWith("http://localhost:" + port + "/login?logout");
        assertThat(text(By.cssSelector(".alert.info"))).isEqualTo("Du er logget ud.");
        follow("Log ind med " + PROVIDER_NAME);
        assertThat(browser.findElements(By.id("password")))
                .as("signed out at the provider: it asks again")
                .isNotEmpty();
    }

    @Test
    void aPersonWithoutARegistryRoleIsToldSoInDanishAndEnglish() {
        go("/login");
        follow("Log ind med " + PROVIDER_NAME);
        signInAtTheProvider("ole.jensen");

        waitFor(By.tagName("h1"));
        assertThat(browser.getCurrentUrl()).endsWith("/login/no-role");
        assertThat(text(By.tagName("h1"))).isEqualTo("Ingen rolle i registret");
        go("/login/no-role?lang=en");
        assertThat(text(By.tagName("h1"))).isEqualTo("No role in the registry");
        go("/interventions");
        assertThat(browser.getCurrentUrl()).as("not signed in").contains("/login");
    }

    private void signInAtTheProvider(String username) {
        type("username", username);
        type("password", "hemmelig-og-lang");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private String area() {
        String id = "sso-" + UUID.randomUUID().toString().substring(0, 8);
        Api admin = api().anonymous().header("Authorization", "Bearer " + PROVIDER.token("admin"));
        Api.Response created =
                admin.post("/api/areas", Map.of("id", id, "name", "Område " + id, "kind", "MUNICIPAL_DESIGNATED"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id;
    }
}
