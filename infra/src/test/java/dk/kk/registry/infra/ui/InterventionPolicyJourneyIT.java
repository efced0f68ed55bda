package dk.kk.registry.infra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.BrowserIT;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A project manager links an intervention registered without its policy to the policy it belongs to, on the
 * intervention's page; the page then shows the policy. The same link again changes nothing (API, 422 NothingChanged), and a form sent
 * without a policy is refused beside its field. Both pages pass the Nu checker and axe-core.
 */
class InterventionPolicyJourneyIT extends BrowserIT {

    @Test
    void aProjectManagerLinksAnInterventionToItsPolicyOnItsPage() {
        String area = fixtures().area("policy-link-ui");
        String intervention =
                fixtures().intervention(fixtures().registration("Lektiecafé uden politik i " + area, area));

        signIn("pm.tmf");
        go("/interventions/" + intervention);
        assertThat(browser.findElements(By.id("intervention-policy"))).isEmpty();
        follow("Knyt til politik");
        checkPage("link-policy-da");
        press("Knyt til politik");
        assertThat(errorBeside("policy")).isNotBlank();

        choose("policy", "policy-2017");
        type("reason", "Hører under politikken for 2017");
        press("Knyt til politik");
        assertThat(browser.getCurrentUrl()).endsWith("/interventions/" + intervention);
        assertThat(text(By.id("intervention-policy"))).isNotBlank();
        checkPage("linked-policy-da");

        Api.Response again = api().as("pm.tmf")
                .post("/api/interventions/" + intervention + "/policy", Map.of("policy", "policy-2017"));
        assertThat(again.status()).as(again.toString()).isEqualTo(422);
        assertThat(again.json().get("rule").asText()).isEqualTo("NothingChanged");
        Api.Response unknown = api().as("pm.tmf")
                .post("/api/interventions/" + intervention + "/policy", Map.of("policy", "policy-1999"));
        assertThat(unknown.status()).as(unknown.toString()).isIn(400, 422);
        assertThat(api().as("evaluator")
                        .get("/api/interventions/" + intervention)
                        .json()
                        .get("policy")
                        .asText())
                .isEqualTo("policy-2017");
    }
}
